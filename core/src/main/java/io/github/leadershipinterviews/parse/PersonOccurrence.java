package io.github.leadershipinterviews.parse;

/**
 * A written name in the body: tokens {@code from..to} hold honorifics, name and post-nominals; tokens
 * {@code nameFrom..nameTo} hold the name alone.
 */
record PersonOccurrence(int from, int to, int nameFrom, int nameTo, PersonName name) {

  /** How many pieces {@code name().split(" ")} gives, counted without splitting (this is asked at every name). */
  int nameWords() {
    String s = name.name();
    if (s.indexOf(' ') < 0) {
      return 1;
    }
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--; // split drops trailing empty pieces
    }
    int pieces = end == 0 ? 0 : 1;
    for (int i = 0; i < end; i++) {
      pieces += s.charAt(i) == ' ' ? 1 : 0;
    }
    return pieces;
  }

  boolean hasHonorific() {
    return name.honorific().isPresent();
  }
}
