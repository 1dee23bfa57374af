package io.github.leadershipinterviews.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.Organisation;
import io.github.leadershipinterviews.model.Person;
import io.github.leadershipinterviews.model.PublishedDate;
import io.github.leadershipinterviews.model.Quotation;
import io.github.leadershipinterviews.model.Role;
import io.github.leadershipinterviews.model.Show;
import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.model.Summary;
import io.github.leadershipinterviews.model.ThemeMatch;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The demo's digest of an episode built by hand, so that it does not move with the parser. */
class DemoDigestTest {
  private static final String TEXT = "Mo Reyes leads Fernhill Trust. \u201CListen first,\u201D she says. Then more\u2026";

  @Test
  void listsTitleShowDateGuestsWithRolesQuotationsWithSpeakersAndThemes() {
    Episode episode = Episode.builder()
        .title("Listen first")
        .show(Show.builder().name("Quiet Rooms").addHosts(Person.of("Ana Pike"), Person.of("Ben Holt")).build())
        .published(PublishedDate.of("May 2, 2026", LocalDate.of(2026, 5, 2)))
        .addGuests(Person.builder().name("Mo Reyes")
            .addRoles(Role.of("Chief Executive", Organisation.of("Fernhill Trust")))
            .addRoles(Role.builder().title("Ward Sister").current(false).build())
            .build())
        .addQuotations(Quotation.builder().text("Listen first,").speaker("Mo Reyes").span(Span.of(32, 45)).build())
        .addQuotations(Quotation.builder().text("Then more").span(Span.of(57, 66)).build())
        .addThemes(ThemeMatch.builder().id("growth").label("Growth").score(0.5).addEvidence(Span.of(0, 30)).build())
        .addThemes(ThemeMatch.builder().id("voice").label("Voice").score(0.75)
            .addEvidence(Span.of(0, 30), Span.of(31, 57)).build())
        .summary(Summary.builder().text(TEXT).truncated(true).build())
        .build();

    assertThat(Demo.digest(episode)).isEqualTo("""
        Title: Listen first
        Show: Quiet Rooms, hosted by Ana Pike, Ben Holt
        Published: May 2, 2026
        Guests:
          - Mo Reyes (Chief Executive, Fernhill Trust; formerly Ward Sister)
        Quotations:
          - \u201CListen first,\u201D \u2014 Mo Reyes
          - \u201CThen more\u201D \u2014 (speaker unknown)
        Themes:
          - Growth (growth, score 0.50, 1 evidence sentence)
          - Voice (voice, score 0.75, 2 evidence sentences)
        Summary: 67 characters, cut short
        """);
  }

  @Test
  void saysWhatWasNotFound() {
    Episode episode = Episode.builder().summary(Summary.builder().text("Nothing here.").build()).build();

    assertThat(Demo.digest(episode)).isEqualTo("""
        Title: (none found)
        Show: (none found)
        Guests: (none found)
        Quotations: (none found)
        Themes: (none found)
        Summary: 13 characters
        """);
  }
}
