package io.github.leadershipinterviews.model;

import java.util.List;
import java.util.Optional;

/** Argument checks shared by the value types' {@code @Value.Check} methods; each message names type and field. */
final class Checks {
  private Checks() {}

  static void notBlank(String type, String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(type + "." + field + " must not be blank but was " + quote(value));
    }
  }

  static void notBlank(String type, String field, Optional<String> value) {
    if (value.isPresent()) {
      notBlank(type, field, value.get());
    }
  }

  static void notBlank(String type, String field, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).isBlank()) { // the field's name with its index is made only for the message
        notBlank(type, field + "[" + i + "]", values.get(i));
      }
    }
  }

  static void spanWithin(String type, String field, Span span, int textLength) {
    if (span.end() > textLength) {
      throw new IllegalArgumentException(type + "." + field + " " + span
          + " lies beyond the summary text of length " + textLength);
    }
  }

  static void spansWithin(String type, String field, List<Span> spans, int textLength) {
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i).end() > textLength) { // the field's name with its index is made only for the message
        spanWithin(type, field + "[" + i + "]", spans.get(i), textLength);
      }
    }
  }

  /** Quotes a value for a message, cut short so that a message never carries a whole summary. */
  static String quote(String value) {
    return '"' + abbreviate(value, 60) + '"';
  }

  static String abbreviate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max) + "…(" + value.length() + " chars)";
  }
}
