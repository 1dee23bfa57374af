package io.github.leadershipinterviews.examples.cli;

import io.github.leadershipinterviews.jackson.LeadershipInterviewsModule;
import io.github.leadershipinterviews.model.Episode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns each outcome into its output text: the Episode JSON of {@link LeadershipInterviewsModule} with a leading
 * {@code source} field, or {@code {"source": ..., "error": ...}}. Thread-safe: workers format in parallel.
 */
final class EpisodeLines {
  private final JsonMapper mapper = JsonMapper.builder().addModule(new LeadershipInterviewsModule()).build();
  private final ObjectWriter writer;

  EpisodeLines(boolean pretty) {
    this.writer = pretty ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer();
  }

  String episode(String source, Episode episode) {
    ObjectNode episodeJson = mapper.valueToTree(episode);
    ObjectNode line = mapper.createObjectNode().put("source", source);
    line.setAll(episodeJson);
    return writer.writeValueAsString(line);
  }

  String error(String source, String message) {
    return writer.writeValueAsString(mapper.createObjectNode().put("source", source).put("error", message));
  }
}
