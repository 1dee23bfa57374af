package io.github.leadershipinterviews.examples.cli;

/** Text for standard error, kept free of control characters so that a log file stays readable. */
final class Messages {
  private Messages() {}

  /** {@code value} with every control character (a newline or escape in a file name) shown as {@code \\uXXXX}. */
  static String printable(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
