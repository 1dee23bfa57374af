package io.github.leadershipinterviews.jackson;

import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/** The mapper the tests share, and a helper to write expected JSON readably. */
final class Json {

  /** A mapper with the module registered by hand and nothing else changed. */
  static final JsonMapper MAPPER = JsonMapper.builder().addModule(new LeadershipInterviewsModule()).build();

  private Json() {}

  /** The public model type of a value: Immutables' generated {@code ImmutableX} extends the model's {@code X}. */
  static Class<?> modelType(Object value) {
    Class<?> type = value.getClass();
    return type.getSimpleName().startsWith("Immutable") ? type.getSuperclass() : type;
  }

  /** Joins a text block's lines with their indentation stripped: one field per line reads well in a test. */
  static String compact(String textBlock) {
    return textBlock.lines().map(String::strip).collect(Collectors.joining());
  }
}
