package io.github.leadershipinterviews.jackson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * A cursor over the fields of one JSON object, with typed reads that fail as Jackson exceptions naming the field
 * ({@code Person.name}) and its JSON path ({@code $.guests[0].name}).
 *
 * <p>{@link ModelFormat#read} drives it: {@link #next} field by field, one typed read (or {@link #skipUnknown})
 * per field, then {@link #require} and {@link #build}. A typed read consumes exactly the current field's value.
 * {@code null} is accepted only where a field may be omitted, and means the same.
 */
final class FieldReader {

  private final JsonParser p;
  private final DeserializationContext ctxt;
  private final Class<?> type;
  /** The context that holds this object (an array, an object's field, or the root): the object's path. */
  private final TokenStreamContext container;
  private final Set<String> seen = new HashSet<>();
  private boolean started;
  private String field;
  /** Whether the current field was unknown: Jackson's own failure for it already names the field. */
  private boolean skipped;

  private FieldReader(JsonParser p, DeserializationContext ctxt, Class<?> type, TokenStreamContext container) {
    this.p = p;
    this.ctxt = ctxt;
    this.type = type;
    this.container = container;
  }

  /** Reads the object the parser stands on with {@code format}; anything but an object is a type error. */
  static <T> T readObject(JsonParser p, DeserializationContext ctxt, ModelFormat<T, ?> format) {
    JsonToken token = p.currentToken();
    TokenStreamContext context = p.streamReadContext();
    if (token == JsonToken.START_OBJECT || token == JsonToken.PROPERTY_NAME) {
      return format.read(new FieldReader(p, ctxt, format.type(), context.getParent()));
    }
    if (token == JsonToken.END_OBJECT) {
      // Jackson may hand over an empty object at its end (buffered input): the context is then the container.
      return format.read(new FieldReader(p, ctxt, format.type(), context));
    }
    String name = format.type().getSimpleName();
    throw MismatchedInputException.from(p, format.type(),
        name + " must be an object but was " + describe(p) + " at " + path(context));
  }

  /** Moves to the next field's value and returns its name, or returns {@code null} at the end of the object. */
  String next() {
    JsonToken token = started ? p.nextToken() : p.currentToken();
    if (!started && token == JsonToken.START_OBJECT) {
      token = p.nextToken();
    }
    started = true;
    skipped = false;
    if (token == JsonToken.END_OBJECT) {
      field = null;
      return null;
    }
    if (token != JsonToken.PROPERTY_NAME) {
      throw endOfInput();
    }
    field = p.currentName();
    if (!seen.add(field)) {
      throw mismatch("duplicate field " + qualified(field) + " at " + path(p.streamReadContext()));
    }
    p.nextToken();
    return field;
  }

  /** Skips the current field's value, or fails if the mapper enables {@code FAIL_ON_UNKNOWN_PROPERTIES}. */
  void skipUnknown() {
    skipped = true;
    ctxt.handleUnknownProperty(p, null, type, field);
  }

  /**
   * Adds the current field to the reference path of a failure in its value ({@code Person["name"]}), as Jackson's
   * own deserialisers do, so that {@link JacksonException#getPath()} leads from the document's root to the problem.
   */
  JacksonException withPath(JacksonException failure) {
    return skipped ? failure : failure.prependPath(type, field);
  }

  /** Fails with a "missing" message naming the first of {@code fields} the object did not have. */
  void require(String... fields) {
    for (String name : fields) {
      if (!seen.contains(name)) {
        throw mismatch(qualified(name) + " is required but missing at " + path(container));
      }
    }
  }

  /** Builds the value, turning a model invariant's failure into a Jackson exception at this object's path. */
  <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw ValueInstantiationException.from(p, e.getMessage() + " at " + path(container),
          ctxt.constructType(type), e);
    }
  }

  String string() {
    return string(field);
  }

  Optional<String> optionalString() {
    return isNull() ? Optional.empty() : Optional.of(string());
  }

  List<String> strings() {
    return list(this::string);
  }

  int integer() {
    return integer(field);
  }

  OptionalInt optionalInteger() {
    return isNull() ? OptionalInt.empty() : OptionalInt.of(integer());
  }

  double number() {
    if (p.currentToken() == null || !p.currentToken().isNumeric()) {
      throw wrongType(field, "a number");
    }
    return p.getDoubleValue();
  }

  Optional<Boolean> optionalBoolean() {
    if (isNull()) {
      return Optional.empty();
    }
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw wrongType(field, "true or false");
    }
    return Optional.of(token == JsonToken.VALUE_TRUE);
  }

  <T> T object(ModelFormat<T, ?> format) {
    return object(field, format);
  }

  <T> Optional<T> optionalObject(ModelFormat<T, ?> format) {
    return isNull() ? Optional.empty() : Optional.of(object(format));
  }

  <T> List<T> objects(ModelFormat<T, ?> format) {
    return list(label -> object(label, format));
  }

  /**
   * Reads a string and converts it with {@code parser}; a value {@code parser} rejects (with an
   * {@link IllegalArgumentException} or {@link java.time.DateTimeException}) fails as "must be {@code expected}".
   */
  <T> T parsed(String expected, Function<String, T> parser) {
    return parsed(field, expected, parser);
  }

  <T> Optional<T> optionalParsed(String expected, Function<String, T> parser) {
    return isNull() ? Optional.empty() : Optional.of(parsed(expected, parser));
  }

  <T> List<T> parsedList(String expected, Function<String, T> parser) {
    return list(label -> parsed(label, expected, parser));
  }

  /** A failure about the current field's value: {@code problem}, then its path. */
  MismatchedInputException invalid(String problem) {
    return mismatch(problem + " at " + path(p.streamReadContext()));
  }

  private boolean isNull() {
    return p.currentToken() == JsonToken.VALUE_NULL;
  }

  private String string(String label) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(label, "a string");
    }
    return p.getString();
  }

  private int integer(String label) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw wrongType(label, "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
    }
    return p.getIntValue();
  }

  private <T> T object(String label, ModelFormat<T, ?> format) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType(label, "an object");
    }
    return readObject(p, ctxt, format);
  }

  private <T> T parsed(String label, String expected, Function<String, T> parser) {
    String text = string(label);
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw InvalidFormatException.from(p, qualified(label) + " must be " + expected + " but was " + quote(text)
          + " at " + path(p.streamReadContext()), text, type);
    }
  }

  /** Reads an array whose elements {@code element} reads, given each element's label ({@code roles[2]}). */
  private <T> List<T> list(Function<String, T> element) {
    if (isNull()) {
      return List.of();
    }
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType(field, "an array");
    }
    List<T> values = new ArrayList<>();
    for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
      if (token == null) {
        throw endOfInput();
      }
      try {
        values.add(element.apply(field + "[" + values.size() + "]"));
      } catch (JacksonException e) {
        throw e.prependPath(values, values.size());
      }
    }
    return values;
  }

  /** Jackson's own parsers report a cut-off document themselves; a token source that just stops ends here. */
  private MismatchedInputException endOfInput() {
    return mismatch(type.getSimpleName() + " is cut short: the input ends inside it at " + path(container));
  }

  private MismatchedInputException wrongType(String label, String expected) {
    return mismatch(qualified(label) + " must be " + expected + " but was " + describe(p)
        + " at " + path(p.streamReadContext()));
  }

  private MismatchedInputException mismatch(String message) {
    return MismatchedInputException.from(p, type, message);
  }

  private String qualified(String label) {
    return type.getSimpleName() + "." + label;
  }

  /** The JSON path of a parser context, as {@code $.guests[0].roles[1].title}. */
  static String path(TokenStreamContext context) {
    if (context == null || context.inRoot()) {
      return "$";
    }
    String parent = path(context.getParent());
    if (context.inArray()) {
      return context.hasCurrentIndex() ? parent + "[" + context.getCurrentIndex() + "]" : parent;
    }
    String name = context.currentName();
    return name == null ? parent : parent + "." + name;
  }

  /** What the current token is, for a message: {@code the number 5}, {@code an array}, {@code null}. */
  static String describe(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case VALUE_STRING -> "the string " + quote(p.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getString();
      case VALUE_TRUE, VALUE_FALSE -> "the boolean " + p.getString();
      case VALUE_NULL -> "null";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      default -> token.toString();
    };
  }

  /** Quotes a value for a message, cut short so that a message never carries a whole summary. */
  static String quote(String value) {
    int max = 60;
    String shown = value.length() <= max ? value : value.substring(0, max) + "…(" + value.length() + " chars)";
    return '"' + shown + '"';
  }
}
