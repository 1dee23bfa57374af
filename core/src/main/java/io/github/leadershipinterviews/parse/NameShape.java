package io.github.leadershipinterviews.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a short piece of header text is a person's full name: optional honorifics, then two to five
 * name words (capitalised, with apostrophes, hyphens and non-ASCII letters; {@code de}, {@code van} and other
 * particles inside; initials such as {@code J.}), then optional post-nominals or an appearance numeral.
 *
 * <pre>
 *   "Dr. Jo O’Hara-Vance, PhD"    a name
 *   "Ana de la Cruz"              a name
 *   "Psychological Safety"        not a name (topic word)
 *   "Jo"                          not a full name (one word)
 * </pre>
 */
final class NameShape {
  private static final NameShape DEFAULTS = new NameShape();
  private static final int MAX_LENGTH = 80;

  private final Set<String> particles = Set.copyOf(Lexicon.load("name-particles.txt"));
  private final Set<String> notNames = Set.copyOf(Lexicon.load("header-not-name-words.txt"));

  private NameShape() {}

  static NameShape defaults() {
    return DEFAULTS;
  }

  /** Whether {@code text} is a full name, honorifics and post-nominals allowed around it. */
  boolean isFullName(String text) {
    if (text.isBlank() || text.length() > MAX_LENGTH) {
      return false;
    }
    List<String> words = core(words(text));
    if (words.size() < 2 || words.size() > 5) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (!fits(words.get(i), i > 0, i < words.size() - 1)) {
        return false;
      }
    }
    return true;
  }

  /** How many of {@code words}, from {@code from}, form a run of honorifics and name words (no punctuation). */
  int nameRun(List<String> words, int from) {
    int i = from;
    while (i < words.size() && PersonNames.isHonorific(words.get(i))) {
      i++;
    }
    while (i < words.size() && fits(trimTrailing(words.get(i)), i > from, true)) {
      boolean endsClause = endsClause(words.get(i));
      i++;
      if (endsClause) {
        break;
      }
    }
    return i - from;
  }

  /**
   * Whether {@code word} can stand in a name: a capitalised word anywhere, a particle ({@code de}) only between
   * words, an initial ({@code J.}) anywhere but last.
   */
  boolean fits(String word, boolean hasBefore, boolean hasAfter) {
    if (notNames.contains(HeaderLexicon.foldWord(word))) {
      return false;
    }
    if (hasAfter && (isInitial(word) || hasBefore && particles.contains(word))) {
      return true;
    }
    return isNameWord(word);
  }

  /** The words of {@code text}, split at any white space or Unicode space ({@code U+00A0}, {@code U+202F}, ...). */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || isSpace(text.charAt(i));
      if (space && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return out;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The words without leading honorifics and trailing post-nominals/numerals (commas dropped). */
  private static List<String> core(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.add(trimTrailing(w));
    }
    while (out.size() > 1 && PersonNames.isHonorific(out.get(0))) {
      out.remove(0);
    }
    while (out.size() > 2 && (PersonNames.isPostNominal(last(out)) || PersonNames.numeral(last(out)).isPresent())) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static String last(List<String> words) {
    return words.get(words.size() - 1);
  }

  private static boolean isNameWord(String word) {
    if (word.length() < 2 || !Character.isUpperCase(word.codePointAt(0))) {
      return false;
    }
    boolean lower = false;
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        lower = true;
      } else if (!Character.isLetter(c) && c != '\'' && c != '\u2019' && c != '-') {
        return false;
      }
    }
    return lower;
  }

  /** {@code J}, {@code J.} or run-together initials such as {@code J.R.}. */
  private static boolean isInitial(String word) {
    if (word.length() == 1) {
      return Character.isUpperCase(word.charAt(0));
    }
    if (word.length() % 2 != 0 || word.length() > 6) {
      return false;
    }
    for (int i = 0; i < word.length(); i += 2) {
      if (!Character.isUpperCase(word.charAt(i)) || word.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean endsClause(String word) {
    char c = word.charAt(word.length() - 1);
    return c == ',' || c == ';' || c == ':' || (c == '.' && word.length() > 2);
  }

  private static String trimTrailing(String word) {
    int end = word.length();
    while (end > 0 && ",;:".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end > 2 && word.charAt(end - 1) == '.' && !PersonNames.isHonorific(word) && !isInitial(word.substring(0, end))) {
      end--;
    }
    return word.substring(0, end);
  }
}
