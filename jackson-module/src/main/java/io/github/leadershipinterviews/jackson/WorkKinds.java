package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.WorkKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/** A {@link WorkKind} in JSON: its constant's name in lower case ({@code "report"}). */
final class WorkKinds {

  /** What a kind must be, for messages: {@code one of "book", "report", ...}. */
  static final String EXPECTED = Arrays.stream(WorkKind.values())
      .map(kind -> '"' + name(kind) + '"')
      .collect(Collectors.joining(", ", "one of ", ""));

  private WorkKinds() {}

  static String name(WorkKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** The kind named {@code text}; lower case only, so that every kind has exactly one spelling. */
  static WorkKind parse(String text) {
    for (WorkKind kind : WorkKind.values()) {
      if (name(kind).equals(text)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("not a work kind: " + text);
  }

  /** Writes a kind on its own, as in {@code mapper.writeValueAsString(WorkKind.BOOK)}. */
  static final class Serializer extends StdScalarSerializer<WorkKind> {
    Serializer() {
      super(WorkKind.class);
    }

    @Override
    public void serialize(WorkKind kind, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(name(kind));
    }
  }

  /** Reads a kind on its own, as in {@code mapper.readValue("\"book\"", WorkKind.class)}. */
  static final class Deserializer extends StdScalarDeserializer<WorkKind> {
    Deserializer() {
      super(WorkKind.class);
    }

    @Override
    public WorkKind deserialize(JsonParser p, DeserializationContext ctxt) {
      String where = " at " + FieldReader.path(p.streamReadContext());
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw MismatchedInputException.from(p, WorkKind.class,
            "WorkKind must be a string but was " + FieldReader.describe(p) + where);
      }
      String text = p.getString();
      try {
        return parse(text);
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(p,
            "WorkKind must be " + EXPECTED + " but was " + FieldReader.quote(text) + where, text, WorkKind.class);
      }
    }
  }
}
