package io.github.leadershipinterviews.parse;

import java.util.Arrays;
import java.util.Set;

/** Cuts the body into {@link Token}s in one left-to-right pass. */
final class Tokenizer {
  private static final int MAX_ABBREVIATION_PART = 2;
  /** The text of each one-character ASCII token, made once: punctuation is a third of the tokens. */
  private static final String[] ASCII_MARKS = asciiMarks();
  /** Italian prepositions with an article, elided before a vowel: {@code dell’Università}, {@code all’Istituto}. */
  private static final Set<String> ELIDED = Set.of("dell", "all", "dall", "nell", "sull",
      "degl", "quell");

  private Tokenizer() {}

  /**
   * The tokens of {@code text}, in an array made to measure. A word's text is not cut here: the token reads it in
   * {@code text} and cuts it on first use.
   */
  static Token[] tokenize(String text) {
    char[] s = text.toCharArray(); // array reads: the body is often UTF-16 (curly quotes), charAt costs more
    Token[] out = new Token[Math.max(16, text.length() / 4)];
    int count = 0;
    int i = 0;
    int n = s.length;
    boolean lineBreak = false; // in the white space since the last token
    while (i < n) {
      int c = Character.codePointAt(s, i);
      if (isSpace(c)) {
        lineBreak |= c == '\n' || c == '\r';
        i += Character.charCount(c);
        continue;
      }
      int end = isLetterOrDigit(c) ? wordEnd(s, i) : i + Character.charCount(c);
      boolean mark = end == i + 1 && c < ASCII_MARKS.length && !isLetterOrDigit(c);
      if (count == out.length) {
        out = Arrays.copyOf(out, count * 2);
      }
      long hash = mark ? c : asciiLowerHash(s, i, end);
      out[count++] = mark ? new Token(i, end, ASCII_MARKS[c], 0, ASCII_MARKS[c], hash, lineBreak)
          : new Token(i, end, text, i, null, hash, lineBreak);
      lineBreak = false;
      i = end;
    }
    return count == out.length ? out : Arrays.copyOf(out, count);
  }

  /**
   * {@link LowerCaseTable#asciiLowerHash} of {@code s[from, to)}, made here where the characters are read anyway:
   * every word is looked up in lower case once.
   */
  private static long asciiLowerHash(char[] s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      if (s[i] >= 0x80) {
        return LowerCaseTable.NOT_ASCII;
      }
      h = 31 * h + LowerCaseTable.lower(s[i]);
    }
    return Integer.toUnsignedLong(h);
  }

  private static String[] asciiMarks() {
    String[] out = new String[0x80];
    for (char c = 0; c < out.length; c++) {
      out[c] = String.valueOf(c);
    }
    return out;
  }

  /** White space or a Unicode space; printable ASCII answered without the character tables. */
  private static boolean isSpace(int c) {
    if (c > ' ' && c < 0x80) {
      return false;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** {@link Character#isLetterOrDigit(int)}, with ASCII answered by range tests: most of the body is ASCII. */
  private static boolean isLetterOrDigit(int c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }

  private static int wordEnd(char[] s, int i) {
    int j = letters(s, i);
    while (j < s.length) {
      char c = s[j];
      if (isElision(s, i, j)) {
        return j + 1;
      } else if (isJoiner(c) && j + 1 < s.length && Character.isLetterOrDigit(s[j + 1])) {
        j = letters(s, j + 1);
      } else if (c == '.' && abbreviationPart(s, j + 1) > 0) {
        j = j + 1 + abbreviationPart(s, j + 1) + 1;
      } else if (c == ':' && isClitic(s, i, j)) {
        j = letters(s, j + 1);
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * {@code l’Université}, {@code d'Occitanie}, {@code dell'Università}: a French or Italian article or preposition
   * elided before a word is a word of its own, so the name after it starts a capitalised word. {@code D’Souza} and
   * {@code O’Dea} are names: a capital {@code D} is elided only before a lower-case letter ({@code D’après}).
   */
  private static boolean isElision(char[] s, int wordStart, int apostrophe) {
    if (apostrophe + 1 >= s.length || s[apostrophe] != '\'' && s[apostrophe] != '’'
        || !Character.isLetter(s[apostrophe + 1])) {
      return false;
    }
    int length = apostrophe - wordStart;
    char first = s[wordStart];
    if (length == 1) {
      return first == 'l' || first == 'L' || first == 'd'
          || first == 'D' && Character.isLowerCase(s[apostrophe + 1]);
    }
    return length <= 5 && Character.isLowerCase(first) && ELIDED.contains(new String(s, wordStart, length));
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c == '’' || c == '-' || c == '‐';
  }

  private static int letters(char[] s, int i) {
    int j = i;
    while (j < s.length) {
      char ch = s[j];
      if (ch < 0x80) {
        if (!isLetterOrDigit(ch)) {
          break; // no ASCII character is a non-spacing mark
        }
        j++;
        continue;
      }
      int c = Character.codePointAt(s, j);
      if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
        break;
      }
      j += Character.charCount(c);
    }
    return j;
  }

  /** Length of {@code D} in {@code Ph.D.}: one or two letters closed by a full stop, or 0. */
  private static int abbreviationPart(char[] s, int i) {
    int j = i;
    while (j < s.length && j - i < MAX_ABBREVIATION_PART + 1 && Character.isLetter(s[j])) {
      j++;
    }
    int len = j - i;
    return len >= 1 && len <= MAX_ABBREVIATION_PART && j < s.length && s[j] == '.' ? len : 0;
  }

  /** {@code KIV:s}, {@code SJY:n}: an acronym with a Nordic case ending after a colon. */
  private static boolean isClitic(char[] s, int wordStart, int colon) {
    int end = colon + 1;
    while (end < s.length && Character.isLowerCase(s[end]) && end - colon <= 3) {
      end++;
    }
    boolean shortEnding = end > colon + 1 && end - colon <= 3;
    boolean followedByBreak = end == s.length || !Character.isLetterOrDigit(s[end]);
    return shortEnding && followedByBreak
        && (isUpperWord(s, wordStart, colon) || isLowerLegalForm(s, wordStart, colon));
  }

  /** {@code ry:n}, {@code rf:s}: the Finnish and Finland-Swedish association forms take their case ending so too. */
  private static boolean isLowerLegalForm(char[] s, int from, int to) {
    return to - from == 2 && s[from] == 'r' && (s[from + 1] == 'y' || s[from + 1] == 'f');
  }

  private static boolean isUpperWord(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLowerCase(s[i])) {
        return false;
      }
    }
    return to - from >= 2;
  }
}
