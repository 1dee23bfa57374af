package io.github.leadershipinterviews.parse;

/** Decides whether a summary body was cut short. */
final class Truncation {
  private Truncation() {}

  // STUB: to be replaced by the sentence stage.
  static boolean isTruncated(String body) {
    String t = body.strip();
    return t.endsWith("...") || t.endsWith("…");
  }
}
