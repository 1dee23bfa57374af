package io.github.leadershipinterviews.jackson;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/** Writes the fields of model objects: absent optionals are left out, lists are always written. */
final class FieldWriter {

  private FieldWriter() {}

  static void optionalString(JsonGenerator gen, String name, Optional<String> value) {
    if (value.isPresent()) {
      gen.writeStringProperty(name, value.get());
    }
  }

  static void optionalInteger(JsonGenerator gen, String name, OptionalInt value) {
    if (value.isPresent()) {
      gen.writeNumberProperty(name, value.getAsInt());
    }
  }

  static void strings(JsonGenerator gen, String name, List<String> values) {
    formatted(gen, name, values, Function.identity());
  }

  /** Writes {@code values} as an array of strings, each turned to text by {@code format}. */
  static <T> void formatted(JsonGenerator gen, String name, List<T> values, Function<T, String> format) {
    gen.writeName(name);
    gen.writeStartArray(values, values.size());
    for (T value : values) {
      gen.writeString(format.apply(value));
    }
    gen.writeEndArray();
  }

  static <T> void object(JsonGenerator gen, String name, T value, ModelFormat<T, ?> format) {
    gen.writeName(name);
    format.write(value, gen);
  }

  static <T> void optionalObject(JsonGenerator gen, String name, Optional<T> value, ModelFormat<T, ?> format) {
    if (value.isPresent()) {
      object(gen, name, value.get(), format);
    }
  }

  static <T> void objects(JsonGenerator gen, String name, List<T> values, ModelFormat<T, ?> format) {
    gen.writeName(name);
    gen.writeStartArray(values, values.size());
    for (T value : values) {
      format.write(value, gen);
    }
    gen.writeEndArray();
  }
}
