package io.github.leadershipinterviews.jackson;

import static io.github.leadershipinterviews.jackson.Json.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.Person;
import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.model.ThemeMatch;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Documents built to hurt a reader fail fast, with Jackson's exceptions: the module reads through the parser, so
 * the mapper's stream-read constraints (nesting depth, string, name and number length) hold for it too.
 */
class HostileInputTest {

  @Test
  void deepNestingInAnUnknownPropertyStopsAtJacksonsDefaultDepth() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThatThrownBy(() -> MAPPER.readValue("{\"name\":\"Ada\",\"extra\":" + deep + "}", Person.class))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("nesting depth")
        .hasMessageContaining("exceeds the maximum allowed (" + StreamReadConstraints.DEFAULT_MAX_DEPTH + ",");
  }

  @Test
  void aStringLongerThanTheMappersLimitIsRejectedBeforeItIsKept() {
    JsonMapper limited = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1_000).build()).build())
        .addModule(new LeadershipInterviewsModule()).build();
    String summary = "{\"formatVersion\":1,\"summary\":{\"text\":\"" + "a".repeat(5_000) + "\"}}";
    assertThatThrownBy(() -> limited.readValue(summary, Episode.class))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("exceeds the maximum allowed (1000");
    assertThat(MAPPER.readValue(summary, Episode.class).summary().text()).hasSize(5_000);
  }

  @Test
  void aHugeNumberIsRejectedByTheParserAndAnInfiniteScoreByTheModel() {
    String digits = "9".repeat(2_000);
    assertThatThrownBy(() -> MAPPER.readValue("{\"start\":" + digits + ",\"end\":1}", Span.class))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("Number value length");
    assertThatThrownBy(() -> MAPPER.readValue("{\"id\":\"x\",\"label\":\"X\",\"score\":1e400}", ThemeMatch.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageStartingWith("ThemeMatch.score must be in [0, 1] but was Infinity (theme \"x\") at $");
  }

  @Test
  void aDocumentCutShortFailsAsEndOfInput() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"name\":\"Ada\",\"roles\":[{\"title\":\"Chair\"", Person.class))
        .isInstanceOf(StreamReadException.class)
        .hasMessageContaining("end-of-input");
  }

  @Test
  void aTokenSourceThatJustStopsFailsWithThePathOfTheUnfinishedObject() {
    TokenBuffer buffer = TokenBuffer.forGeneration();
    buffer.writeStartObject();
    buffer.writeStringProperty("name", "Ada");
    buffer.writeName("roles");
    buffer.writeStartArray();
    try (JsonParser parser = buffer.asParser()) {
      assertThatThrownBy(() -> MAPPER.readValue(parser, Person.class))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageStartingWith("Person is cut short: the input ends inside it at $");
    }
  }

  @Test
  void manyDuplicateKeysFailAtTheFirstRepeat() {
    StringBuilder json = new StringBuilder("{\"name\":\"Ada\"");
    for (int i = 0; i < 10_000; i++) {
      json.append(",\"honorific\":\"Dr\"");
    }
    assertThatThrownBy(() -> MAPPER.readValue(json.append('}').toString(), Person.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("duplicate field Person.honorific at $.honorific");
  }
}
