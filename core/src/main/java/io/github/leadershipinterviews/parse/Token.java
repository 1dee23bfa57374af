package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;

/**
 * One word or punctuation mark of the body, with its offsets. A word keeps its inner apostrophes and hyphens
 * ({@code O’Dea}, {@code Price-Jones}), dotted abbreviations ({@code Ph.D.}) and clitics ({@code Eastmere's},
 * {@code KIV:s}); {@link #bare()} strips a possessive or case clitic.
 */
record Token(int start, int end, String text) {

  boolean isWord() {
    return Character.isLetterOrDigit(text.codePointAt(0));
  }

  boolean isCapitalised() {
    return Character.isUpperCase(text.codePointAt(0));
  }

  boolean isLowerCase() {
    return Character.isLowerCase(text.codePointAt(0));
  }

  boolean is(String s) {
    return text.equals(s);
  }

  boolean isAny(String... options) {
    for (String s : options) {
      if (text.equals(s)) {
        return true;
      }
    }
    return false;
  }

  /** The word without a possessive or clitic ending: {@code Eastmere's}, {@code ECSA’s}, {@code KIV:s}. */
  String bare() {
    int n = text.length();
    if (n > 2 && (text.charAt(n - 2) == '\'' || text.charAt(n - 2) == '’') && text.charAt(n - 1) == 's') {
      return text.substring(0, n - 2);
    }
    int colon = text.indexOf(':');
    return colon > 0 ? text.substring(0, colon) : text;
  }

  /** Whether the word carries a possessive or clitic ending. */
  boolean hasClitic() {
    return bare().length() != text.length();
  }

  /** Whether the bare word is all capitals and at least two letters ({@code NHS}, {@code CQC}). */
  boolean isAcronym() {
    String b = bare();
    if (b.length() < 2) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (Character.isLowerCase(c) || Character.isDigit(c) || Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2;
  }

  Span span() {
    return Span.of(start, end);
  }
}
