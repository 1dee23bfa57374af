package io.github.leadershipinterviews.parse;

/**
 * A written name in the body: tokens {@code from..to} hold honorifics, name and post-nominals; tokens
 * {@code nameFrom..nameTo} hold the name alone.
 */
record PersonOccurrence(int from, int to, int nameFrom, int nameTo, PersonName name) {

  int nameWords() {
    return name.name().split(" ").length;
  }

  boolean hasHonorific() {
    return name.honorific().isPresent();
  }
}
