package io.github.leadershipinterviews.jackson;

import static io.github.leadershipinterviews.jackson.Json.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.Person;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;

/** What {@code docs/json-format.md} and the README show is what the module does. */
class DocumentationTest {

  private static String read(String... path) throws IOException {
    return Files.readString(Path.of("..", path), StandardCharsets.UTF_8);
  }

  @Test
  void theFormatDocumentsExampleIsWhatTheModuleWrites() throws IOException {
    String doc = read("docs", "json-format.md");
    int example = doc.indexOf("## Example");
    int start = doc.indexOf("```json\n", example) + "```json\n".length();
    String json = doc.substring(start, doc.indexOf("```", start));
    Episode episode = JsonShapeTest.fullEpisode();
    assertThat(MAPPER.readValue(json, Episode.class)).isEqualTo(episode);
    assertThat(Json.compact(json)).isEqualTo(MAPPER.writeValueAsString(episode));
  }

  @Test
  void theReadmesErrorExampleGivesTheMessageItShows() throws IOException {
    assertThat(read("README.md")).contains("DatabindException: Person.name must not be blank but was \" \" at $");
    assertThatThrownBy(() -> MAPPER.readValue("{\"name\":\" \"}", Person.class))
        .isInstanceOf(DatabindException.class)
        .satisfies(e -> assertThat(((DatabindException) e).getOriginalMessage())
            .isEqualTo("Person.name must not be blank but was \" \" at $"));
  }
}
