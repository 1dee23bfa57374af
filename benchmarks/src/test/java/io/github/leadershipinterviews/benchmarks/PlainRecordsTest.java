package io.github.leadershipinterviews.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.LeadershipInterviews;
import io.github.leadershipinterviews.jackson.LeadershipInterviewsModule;
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
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PlainRecordsTest {

  private static final Episode EPISODE = Episode.builder()
      .title("Leading gently")
      .show(Show.builder().name("The Kind Hour").addHosts(Person.of("Owen Hartley")).build())
      .published(PublishedDate.of("Feb 4, 2021", LocalDate.of(2021, 2, 4)))
      .duration(Duration.ofMinutes(26))
      .addGuests(Person.builder().name("Marion Keane").honorific("Dame")
          .addRoles(Role.of("Chief Executive", Organisation.of("Northfold Hospice Care", "NHC"))).build())
      .addQuotations(Quotation.builder().text("She leads.").speaker("Marion Keane").span(Span.of(0, 10)).build())
      .addThemes(ThemeMatch.builder().id("listening").label("Listening").score(0.5)
          .addEvidence(Span.of(11, 23)).build())
      .summary(Summary.builder().text("She leads. She listens.")
          .addSentences(Span.of(0, 10), Span.of(11, 23)).build())
      .build();

  private final JsonMapper mapper = JsonBenchmark.mapperSettings().build();

  @Test
  void writesTheSameDataAsTheModuleFormatWithAbsentOptionalsLeftOut() {
    String json = mapper.writeValueAsString(PlainRecords.of(EPISODE));

    assertThat(json).isEqualTo("{\"formatVersion\":1,\"title\":\"Leading gently\","
        + "\"show\":{\"name\":\"The Kind Hour\",\"hosts\":[{\"name\":\"Owen Hartley\",\"postNominals\":[],\"roles\":[]}]},"
        + "\"published\":{\"text\":\"Feb 4, 2021\",\"date\":\"2021-02-04\",\"readings\":[]},"
        + "\"duration\":\"PT26M\",\"categories\":[],"
        + "\"guests\":[{\"name\":\"Marion Keane\",\"honorific\":\"Dame\",\"postNominals\":[],"
        + "\"roles\":[{\"title\":\"Chief Executive\","
        + "\"organisation\":{\"name\":\"Northfold Hospice Care\",\"acronym\":\"NHC\"},\"current\":true}]}],"
        + "\"people\":[],\"organisations\":[],\"works\":[],"
        + "\"quotations\":[{\"text\":\"She leads.\",\"speaker\":\"Marion Keane\",\"span\":{\"start\":0,\"end\":10}}],"
        + "\"themes\":[{\"id\":\"listening\",\"label\":\"Listening\",\"score\":0.5,"
        + "\"evidence\":[{\"start\":11,\"end\":23}]}],"
        + "\"summary\":{\"text\":\"She leads. She listens.\",\"truncated\":false,"
        + "\"sentences\":[{\"start\":0,\"end\":10},{\"start\":11,\"end\":23}],\"inputOffset\":0},"
        + "\"diagnostics\":[]}");
  }

  @Test
  void writeTheSameJsonAsTheModuleForEveryCorpusEpisode() {
    JsonMapper module = JsonBenchmark.mapperSettings().addModule(new LeadershipInterviewsModule()).build();
    for (String text : Corpus.load().texts()) {
      Episode episode = LeadershipInterviews.parse(text);

      assertThat(mapper.writeValueAsString(PlainRecords.of(episode))).isEqualTo(module.writeValueAsString(episode));
    }
  }

  @Test
  void readsBackEqual() {
    PlainRecords.EpisodeRecord record = PlainRecords.of(EPISODE);

    byte[] json = mapper.writeValueAsBytes(record);

    assertThat(mapper.readValue(json, PlainRecords.EpisodeRecord.class)).isEqualTo(record);
  }
}
