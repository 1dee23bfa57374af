package io.github.leadershipinterviews.examples.cli;

import io.github.leadershipinterviews.jackson.LeadershipInterviewsModule;
import io.github.leadershipinterviews.model.Episode;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns each outcome into its output line, as UTF-8 bytes ending in a line break: the Episode JSON of
 * {@link LeadershipInterviewsModule} with a leading {@code source} field, or {@code {"source": ..., "error": ...}}.
 * Thread-safe: the workers format in parallel, so the thread that writes the lines in order only copies bytes.
 */
final class EpisodeLines {
  private static final byte[] SOURCE_NAME = "{\"source\":".getBytes(StandardCharsets.UTF_8);

  private final JsonMapper mapper = JsonMapper.builder().addModule(new LeadershipInterviewsModule()).build();
  private final ObjectWriter writer;
  private final boolean pretty;

  EpisodeLines(boolean pretty) {
    this.writer = pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer();
    this.pretty = pretty;
  }

  byte[] episode(String source, Episode episode) {
    if (pretty) {
      ObjectNode line = mapper.createObjectNode().put("source", source);
      line.setAll((ObjectNode) mapper.valueToTree(episode));
      return lineOf(writer.writeValueAsBytes(line));
    }
    return withSource(writer.writeValueAsBytes(source), writer.writeValueAsBytes(episode));
  }

  byte[] error(String source, String message) {
    return lineOf(writer.writeValueAsBytes(mapper.createObjectNode().put("source", source).put("error", message)));
  }

  /**
   * {@code {"source":SOURCE,} and the episode object's fields after its opening brace: the same bytes as writing
   * a tree of both, without building the tree (which cost as much as the writing itself, twice the garbage).
   */
  private static byte[] withSource(byte[] sourceJson, byte[] episodeJson) {
    boolean hasFields = episodeJson.length > 2;
    byte[] line = new byte[SOURCE_NAME.length + sourceJson.length + (hasFields ? 1 : 0) + episodeJson.length];
    System.arraycopy(SOURCE_NAME, 0, line, 0, SOURCE_NAME.length);
    int at = SOURCE_NAME.length;
    System.arraycopy(sourceJson, 0, line, at, sourceJson.length);
    at += sourceJson.length;
    if (hasFields) {
      line[at++] = ',';
    }
    System.arraycopy(episodeJson, 1, line, at, episodeJson.length - 1);
    line[line.length - 1] = '\n';
    return line;
  }

  private static byte[] lineOf(byte[] json) {
    byte[] line = new byte[json.length + 1];
    System.arraycopy(json, 0, line, 0, json.length);
    line[json.length] = '\n';
    return line;
  }
}
