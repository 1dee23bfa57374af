package io.github.leadershipinterviews.jackson;

import tools.jackson.core.JsonGenerator;

/**
 * How one model type looks in JSON: {@link #write} emits the object with its fields in the documented order,
 * {@link #read} builds the value through the model's builder from a {@link FieldReader} placed on the object.
 *
 * @param <T> the model type
 */
abstract class ModelFormat<T> {

  private final Class<T> type;

  ModelFormat(Class<T> type) {
    this.type = type;
  }

  /** The model type this format writes and reads. */
  final Class<T> type() {
    return type;
  }

  /** Writes {@code value} as one JSON object, from its start to its end. */
  abstract void write(T value, JsonGenerator gen);

  /** Reads the fields of one JSON object and builds the value; {@code in} reports every problem. */
  abstract T read(FieldReader in);
}
