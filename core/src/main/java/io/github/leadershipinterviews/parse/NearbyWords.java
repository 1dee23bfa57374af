package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import java.util.Locale;

/**
 * Small moves over words near a position, for the quotation stages: the word before or after an offset, within
 * a bounded window, so that looking around a quote mark never walks the whole text.
 *
 * <p>A word is a run of letters and digits, with apostrophes and hyphens inside it ({@code O’Leary},
 * {@code Anna-Lise}, {@code dit-elle}).
 */
final class NearbyWords {
  private NearbyWords() {}

  /** Whether {@code c} is white space, the no-break spaces included. */
  static boolean isSpace(char c) {
    if (c > ' ' && c < '\u0080') {
      return false; // printable ASCII, the common case: no table look-up
    }
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
  }

  /** Whether {@code c} may stand inside a word between two letters: an apostrophe or a hyphen. */
  static boolean isJoiner(char c) {
    return c == '\'' || c == '’' || c == '-' || c == '‐';
  }

  /**
   * The word that ends closest before {@code end}, skipping only the characters in {@code skippable} and
   * spaces; null if another character, a line break or {@code limit} comes first.
   */
  static Span before(String s, int end, int limit, String skippable) {
    int i = end;
    while (i > limit && isSkippable(s.charAt(i - 1), skippable)) {
      i--;
    }
    int wordEnd = i;
    while (i > limit && (Character.isLetterOrDigit(s.charAt(i - 1))
        || (isJoiner(s.charAt(i - 1)) && i - 1 > limit && Character.isLetterOrDigit(s.charAt(i - 2))
            && i < wordEnd))) {
      i--;
    }
    return i < wordEnd ? Span.of(i, wordEnd) : null;
  }

  /**
   * The word that starts closest after {@code start}, skipping only the characters in {@code skippable} and
   * spaces; null if another character, a line break or {@code limit} comes first.
   */
  static Span after(String s, int start, int limit, String skippable) {
    int i = start;
    while (i < limit && isSkippable(s.charAt(i), skippable)) {
      i++;
    }
    int wordEnd = wordEnd(s, i, limit);
    return wordEnd > i ? Span.of(i, wordEnd) : null;
  }

  /** Where the word starting at {@code start} ends (before {@code limit}); {@code start} if none starts there. */
  static int wordEnd(String s, int start, int limit) {
    int i = start;
    while (i < limit && (isLetterOrDigit(s.charAt(i))
        || (isJoiner(s.charAt(i)) && i > start && i + 1 < limit && isLetterOrDigit(s.charAt(i + 1))))) {
      i++;
    }
    return i;
  }

  /** {@link Character#isLetterOrDigit(char)}, ASCII answered by range tests: most text is ASCII. */
  static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }

  /** The word at {@code span} in lower case. */
  static String lower(String s, Span span) {
    return span.in(s).toLowerCase(Locale.ROOT);
  }

  /** Whether the word starts with an upper-case letter. */
  static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** The number of words in {@code text}. */
  static int count(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter || (inWord && isJoiner(text.charAt(i)));
    }
    return words;
  }

  private static boolean isSkippable(char c, String skippable) {
    return c != '\n' && c != '\r' && (isSpace(c) || skippable.indexOf(c) >= 0);
  }
}
