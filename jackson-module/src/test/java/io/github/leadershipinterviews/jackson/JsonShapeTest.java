package io.github.leadershipinterviews.jackson;

import static io.github.leadershipinterviews.jackson.Json.MAPPER;
import static io.github.leadershipinterviews.jackson.Json.compact;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.model.Diagnostic;
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
import io.github.leadershipinterviews.model.Work;
import io.github.leadershipinterviews.model.WorkKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON of every model type, written out by hand from {@code docs/json-format.md}: fields in the documented
 * order, absent optionals left out, lists always present. Each case is checked both ways: the value writes
 * exactly this text, and this text reads back as the value.
 */
class JsonShapeTest {

  static final String SUMMARY_TEXT = "Ada Mensah leads Brightwater Trust (BT). \"Rest is work,\" she says.";

  private static <T> void assertJson(T value, String expected) {
    assertThat(MAPPER.writeValueAsString(value)).isEqualTo(expected);
    assertThat(MAPPER.readValue(expected, Json.modelType(value))).isEqualTo(value);
  }

  @Test
  void span() {
    assertJson(Span.of(4, 9), "{\"start\":4,\"end\":9}");
  }

  @Test
  void organisationWithAndWithoutAcronym() {
    assertJson(Organisation.of("Inland Waterways Review Board", "IWRB"),
        "{\"name\":\"Inland Waterways Review Board\",\"acronym\":\"IWRB\"}");
    assertJson(Organisation.of("Brightwater Trust"), "{\"name\":\"Brightwater Trust\"}");
  }

  @Test
  void roleAtAnOrganisationAndFormerRoleWithout() {
    assertJson(Role.of("Chief Executive", Organisation.of("Kestrelmoor Hospice Care", "KHC")), compact("""
        {"title":"Chief Executive",
         "organisation":{"name":"Kestrelmoor Hospice Care","acronym":"KHC"},
         "current":true}"""));
    assertJson(Role.builder().title("Head of Estates").current(false).build(),
        "{\"title\":\"Head of Estates\",\"current\":false}");
  }

  @Test
  void personWithEveryField() {
    Person person = Person.builder()
        .name("Ifeoma Draycott").honorific("Dr").addPostNominals("Ph.D.", "CBE").appearance(2)
        .addRoles(Role.of("Chair"))
        .build();
    assertJson(person, compact("""
        {"name":"Ifeoma Draycott",
         "honorific":"Dr",
         "postNominals":["Ph.D.","CBE"],
         "appearance":2,
         "roles":[{"title":"Chair","current":true}]}"""));
  }

  @Test
  void personKnownOnlyByNameStillHasItsLists() {
    assertJson(Person.of("Callum Brierley"), "{\"name\":\"Callum Brierley\",\"postNominals\":[],\"roles\":[]}");
  }

  @Test
  void showWithNameAndHostsAndShowWithNeither() {
    Show show = Show.builder().name("Steady Hands Leadership Hour").addHosts(Person.of("Callum Brierley")).build();
    assertJson(show, compact("""
        {"name":"Steady Hands Leadership Hour",
         "hosts":[{"name":"Callum Brierley","postNominals":[],"roles":[]}]}"""));
    assertJson(Show.builder().build(), "{\"hosts\":[]}");
  }

  @Test
  void publishedDateSettledAndAmbiguous() {
    assertJson(PublishedDate.of("Mar 9, 2022", LocalDate.of(2022, 3, 9)),
        "{\"text\":\"Mar 9, 2022\",\"date\":\"2022-03-09\",\"readings\":[]}");
    assertJson(PublishedDate.ambiguous("7/3/2025", List.of(LocalDate.of(2025, 3, 7), LocalDate.of(2025, 7, 3))),
        "{\"text\":\"7/3/2025\",\"readings\":[\"2025-03-07\",\"2025-07-03\"]}");
  }

  @Test
  void workWithKindAndYearAndWorkKnownByTitle() {
    assertJson(Work.builder().title("The Borrowed Lantern").kind(WorkKind.BOOK).year(2019).build(),
        "{\"title\":\"The Borrowed Lantern\",\"kind\":\"book\",\"year\":2019}");
    assertJson(Work.of("Field Notes"), "{\"title\":\"Field Notes\"}");
  }

  @Test
  void everyWorkKindOnItsOwnIsItsLowerCaseName() {
    assertJson(WorkKind.REPORT, "\"report\"");
    assertJson(WorkKind.PODCAST, "\"podcast\"");
    for (WorkKind kind : WorkKind.values()) {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(kind), WorkKind.class)).isEqualTo(kind);
    }
  }

  @Test
  void quotationWithAndWithoutSpeaker() {
    assertJson(Quotation.builder().text("Rest is work,").speaker("Ada Mensah").span(Span.of(42, 55)).build(),
        "{\"text\":\"Rest is work,\",\"speaker\":\"Ada Mensah\",\"span\":{\"start\":42,\"end\":55}}");
    assertJson(Quotation.builder().text("Listen first.").span(Span.of(0, 13)).build(),
        "{\"text\":\"Listen first.\",\"span\":{\"start\":0,\"end\":13}}");
  }

  @Test
  void themeMatch() {
    ThemeMatch theme = ThemeMatch.builder()
        .id("wellbeing").label("Wellbeing and resilience").score(0.75).addEvidence(Span.of(41, 66))
        .build();
    assertJson(theme, compact("""
        {"id":"wellbeing",
         "label":"Wellbeing and resilience",
         "score":0.75,
         "evidence":[{"start":41,"end":66}]}"""));
  }

  @Test
  void summary() {
    Summary summary = Summary.builder()
        .text("She leads. She listens...").addSentences(Span.of(0, 10), Span.of(11, 25)).truncated(true)
        .inputOffset(37)
        .build();
    assertJson(summary, compact("""
        {"text":"She leads. She listens...",
         "truncated":true,
         "sentences":[{"start":0,"end":10},{"start":11,"end":25}],
         "inputOffset":37}"""));
  }

  @Test
  void diagnosticWithAndWithoutPlace() {
    assertJson(Diagnostic.of("ambiguous-date", "day and month may be swapped", Span.of(60, 69)), compact("""
        {"code":"ambiguous-date",
         "message":"day and month may be swapped",
         "inputSpan":{"start":60,"end":69}}"""));
    assertJson(Diagnostic.of("empty-input", "nothing to read"),
        "{\"code\":\"empty-input\",\"message\":\"nothing to read\"}");
  }

  @Test
  void emptyEpisodeWritesFormatVersionEveryListAndTheSummary() {
    assertJson(Episode.builder().summary(Summary.empty()).build(), compact("""
        {"formatVersion":1,
         "categories":[],
         "guests":[],
         "people":[],
         "organisations":[],
         "works":[],
         "quotations":[],
         "themes":[],
         "summary":{"text":"","truncated":false,"sentences":[],"inputOffset":0},
         "diagnostics":[]}"""));
  }

  @Test
  void episodeWithEveryField() {
    assertThat(Span.of(42, 55).in(SUMMARY_TEXT)).isEqualTo("Rest is work,");
    assertThat(Span.of(0, 40).in(SUMMARY_TEXT)).endsWith("(BT).");
    assertThat(SUMMARY_TEXT).hasSize(66);
    assertJson(fullEpisode(), compact("""
        {"formatVersion":1,
         "title":"Rest is work",
         "episodeCode":"SHL12",
         "show":{"name":"Steady Hands Leadership Hour",
                 "hosts":[{"name":"Callum Brierley","postNominals":[],"roles":[]}]},
         "published":{"text":"Mar 9, 2022","date":"2022-03-09","readings":[]},
         "duration":"PT26M",
         "categories":["Business"],
         "guests":[{"name":"Ada Mensah","honorific":"Dr","postNominals":["PhD"],
                    "roles":[{"title":"Chief Executive",
                              "organisation":{"name":"Brightwater Trust","acronym":"BT"},
                              "current":true}]}],
         "people":[{"name":"Tomas Reyes","postNominals":[],"roles":[]}],
         "organisations":[{"name":"Brightwater Trust","acronym":"BT"}],
         "works":[{"title":"The Borrowed Lantern","kind":"book","year":2019}],
         "quotations":[{"text":"Rest is work,","speaker":"Ada Mensah","span":{"start":42,"end":55}}],
         "themes":[{"id":"wellbeing","label":"Wellbeing and resilience","score":0.75,
                    "evidence":[{"start":41,"end":66}]}],
         "summary":{"text":"Ada Mensah leads Brightwater Trust (BT). \\"Rest is work,\\" she says.",
                    "truncated":false,
                    "sentences":[{"start":0,"end":40},{"start":41,"end":66}],
                    "inputOffset":95},
         "diagnostics":[{"code":"ambiguous-date","message":"day and month may be swapped",
                         "inputSpan":{"start":60,"end":69}}]}"""));
  }

  /** An episode that sets every field of every type once. */
  static Episode fullEpisode() {
    Organisation trust = Organisation.of("Brightwater Trust", "BT");
    return Episode.builder()
        .title("Rest is work")
        .episodeCode("SHL12")
        .show(Show.builder().name("Steady Hands Leadership Hour").addHosts(Person.of("Callum Brierley")).build())
        .published(PublishedDate.of("Mar 9, 2022", LocalDate.of(2022, 3, 9)))
        .duration(Duration.ofMinutes(26))
        .addCategories("Business")
        .addGuests(Person.builder().name("Ada Mensah").honorific("Dr").addPostNominals("PhD")
            .addRoles(Role.of("Chief Executive", trust)).build())
        .addPeople(Person.of("Tomas Reyes"))
        .addOrganisations(trust)
        .addWorks(Work.builder().title("The Borrowed Lantern").kind(WorkKind.BOOK).year(2019).build())
        .addQuotations(Quotation.builder().text("Rest is work,").speaker("Ada Mensah").span(Span.of(42, 55)).build())
        .addThemes(ThemeMatch.builder().id("wellbeing").label("Wellbeing and resilience").score(0.75)
            .addEvidence(Span.of(41, 66)).build())
        .summary(Summary.builder().text(SUMMARY_TEXT).addSentences(Span.of(0, 40), Span.of(41, 66))
            .inputOffset(95).build())
        .addDiagnostics(Diagnostic.of("ambiguous-date", "day and month may be swapped", Span.of(60, 69)))
        .build();
  }
}
