package io.github.leadershipinterviews.parse;

/** Stage 1: reads the header lines (title, show and hosts, date, duration, categories) and finds the body. */
final class HeaderReader {
  private HeaderReader() {}

  // STUB: to be replaced by the header stage.
  static Header read(String input) {
    return Header.none(input);
  }
}
