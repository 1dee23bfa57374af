package io.github.leadershipinterviews.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Builders, factories, defaults, equality and string forms of the model. */
class ModelValuesTest {

  private static Episode sample(String text) {
    Organisation trust = Organisation.of("Tarnside Learning Trust", "TLT");
    return Episode.builder()
        .title("Listening before leading")
        .show(Show.builder().name("The Quiet Room").addHosts(Person.of("Ines Marlow")).build())
        .published(PublishedDate.of("Mar 3, 2026", LocalDate.of(2026, 3, 3)))
        .duration(Duration.ofMinutes(41))
        .addGuests(Person.builder().name("Oren Falk").honorific("Dr")
            .addRoles(Role.of("Chief Executive", trust)).build())
        .addOrganisations(trust)
        .addQuotations(Quotation.builder().text("Listen first").speaker("Oren Falk").span(Span.of(1, 13)).build())
        .summary(Summary.builder().text(text).addSentences(Span.of(0, text.length())).build())
        .build();
  }

  @Test
  void equalValuesAreEqualAndHashAlike() {
    String text = "\"Listen first,\" he says.";
    assertThat(sample(text)).isEqualTo(sample(text)).hasSameHashCodeAs(sample(text));
    assertThat(sample(text)).isNotEqualTo(sample(text + " "));
  }

  @Test
  void defaultsAreDocumentedOnes() {
    assertThat(Role.of("Chair").current()).isTrue();
    assertThat(Role.of("Chair").organisation()).isEmpty();
    assertThat(Summary.empty().truncated()).isFalse();
    assertThat(Summary.empty().inputOffset()).isZero();
    assertThat(Person.of("Ines Marlow").appearance()).isEmpty();
  }

  @Test
  void listsAreImmutable() {
    Episode e = sample("\"Listen first,\" he says.");
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> e.guests().add(Person.of("Someone Else")));
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> e.summary().sentences().clear());
  }

  @Test
  void copyingWithAChangeLeavesTheOriginal() {
    Role ceo = Role.of("Chief Executive");
    Role former = Role.builder().from(ceo).current(false).build();
    assertThat(ceo.current()).isTrue();
    assertThat(former.current()).isFalse();
    assertThat(former.title()).isEqualTo("Chief Executive");
  }

  @Test
  void toStringNeverDumpsAWholeSummary() {
    String text = "Word ".repeat(2_000).strip() + ".";
    Episode e = Episode.builder().summary(Summary.builder().text(text).build()).build();
    assertThat(e.toString()).hasSizeLessThan(600).contains("…(" + text.length() + " chars)");
  }

  @Test
  void spanHelpersWorkOnText() {
    Span s = Span.of(4, 9);
    assertThat(s.in("The quick fox")).isEqualTo("quick");
    assertThat(s.length()).isEqualTo(5);
    assertThat(s.contains(Span.of(5, 9))).isTrue();
    assertThat(s.contains(Span.of(3, 9))).isFalse();
    assertThat(List.of(Span.of(4, 9), Span.of(1, 2), Span.of(4, 5)).stream().sorted())
        .containsExactly(Span.of(1, 2), Span.of(4, 5), Span.of(4, 9));
    assertThat(s).hasToString("[4, 9)");
  }

  @Test
  void ambiguousDateKeepsBothReadings() {
    PublishedDate d = PublishedDate.ambiguous("11/2/2026",
        List.of(LocalDate.of(2026, 2, 11), LocalDate.of(2026, 11, 2)));
    assertThat(d.isAmbiguous()).isTrue();
    assertThat(d.date()).isEmpty();
    assertThat(PublishedDate.of("Feb 4, 2021", LocalDate.of(2021, 2, 4)).isAmbiguous()).isFalse();
  }

  @Test
  void diagnosticReadsAsCodePlaceAndMessage() {
    assertThat(Diagnostic.of("unclosed-quote", "quote mark never closed", Span.of(14, 15)))
        .hasToString("unclosed-quote at 14: quote mark never closed");
    assertThat(Diagnostic.of("empty-input", "the input holds no text"))
        .hasToString("empty-input: the input holds no text");
  }
}
