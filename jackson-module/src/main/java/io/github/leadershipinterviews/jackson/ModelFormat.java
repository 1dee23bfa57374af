package io.github.leadershipinterviews.jackson;

import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * How one model type looks in JSON: {@link #write} emits the object with its fields in the documented order;
 * {@link #read} collects its fields into a builder, one {@link #readField} at a time, checks the required ones are
 * there and builds the value, so that the model checks its invariants.
 *
 * @param <T> the model type
 * @param <B> what collects the fields while reading: the model's builder
 */
abstract class ModelFormat<T, B> {

  private final Class<T> type;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final String[] required;

  /**
   * A format for {@code type}, reading into a fresh {@code builder} per object, then {@code build}ing the value;
   * {@code build} may throw the model's {@link IllegalArgumentException}. {@code required} fields must be there.
   */
  ModelFormat(Class<T> type, Supplier<B> builder, Function<B, T> build, String... required) {
    this.type = type;
    this.builder = builder;
    this.build = build;
    this.required = required.clone();
  }

  /** The model type this format writes and reads. */
  final Class<T> type() {
    return type;
  }

  /** Writes {@code value} as one JSON object, from its start to its end. */
  abstract void write(T value, JsonGenerator gen);

  /** Reads the value of {@code field} into {@code builder}; an unknown field goes to {@link FieldReader#skipUnknown}. */
  abstract void readField(String field, FieldReader in, B builder);

  /** Reads one JSON object; {@code in} reports every problem as a Jackson exception. */
  final T read(FieldReader in) {
    B fields = builder.get();
    for (String field = in.next(); field != null; field = in.next()) {
      try {
        readField(field, in, fields);
      } catch (JacksonException e) {
        throw in.withPath(e);
      }
    }
    in.require(required);
    return in.build(() -> build.apply(fields));
  }
}
