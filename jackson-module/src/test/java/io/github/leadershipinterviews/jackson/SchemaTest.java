package io.github.leadershipinterviews.jackson;

import static io.github.leadershipinterviews.jackson.Json.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schema (draft 2020-12) accepts everything the module writes and rejects what it must not. */
class SchemaTest {

  private static final String RESOURCE = "episode.schema.json";
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = LeadershipInterviewsModule.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("schema resource beside the module class").isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  private static List<Error> errors(String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  private static void assertValid(Episode episode) {
    String json = MAPPER.writeValueAsString(episode);
    assertThat(errors(json)).as(json).isEmpty();
  }

  @Test
  void everyParsedFixtureIsValid() {
    Fixtures.parsedEpisodes().forEach(SchemaTest::assertValid);
  }

  @Test
  void handWrittenEpisodesAreValid() {
    assertValid(JsonShapeTest.fullEpisode());
    assertValid(Episode.builder().summary(Summary.empty()).build());
  }

  @Test
  void generatedEpisodesAreValid() {
    for (long seed = 0; seed < 200; seed++) {
      assertValid(new RandomEpisodes(seed).episode());
    }
  }

  @Test
  void applicationFieldsAtTheTopLevelAreAllowed() {
    // The command-line tool adds "source"; an application may add its own fields beside the episode's.
    String json = MAPPER.writeValueAsString(JsonShapeTest.fullEpisode());
    assertThat(errors(json.replaceFirst("^\\{", "{\"source\":\"a.txt\","))).isEmpty();
  }

  @Test
  void rejectsWhatTheModelRejects() {
    String good = MAPPER.writeValueAsString(JsonShapeTest.fullEpisode());
    assertThat(errors(good.replace("\"score\":0.75", "\"score\":2.0"))).isNotEmpty();
    assertThat(errors(good.replace("\"formatVersion\":1", "\"formatVersion\":2"))).isNotEmpty();
    assertThat(errors(good.replace("\"kind\":\"book\"", "\"kind\":\"Book\""))).isNotEmpty();
    assertThat(errors(good.replace("\"name\":\"Callum Brierley\"", "\"name\":\"\""))).isNotEmpty();
    assertThat(errors(good.replace("\"date\":\"2022-03-09\",", ""))).as("no date and no readings").isNotEmpty();
    assertThat(errors(good.replace("\"acronym\":\"BT\"", "\"acronym\":\"BT\",\"typo\":1"))).isNotEmpty();
    assertThat(errors("{\"formatVersion\":1}")).isNotEmpty();
  }

  @Test
  void theSchemaInTheDocsIsTheOneThatShips() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", RESOURCE), StandardCharsets.UTF_8);
    try (InputStream in = LeadershipInterviewsModule.class.getResourceAsStream(RESOURCE)) {
      assertThat(docs).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
