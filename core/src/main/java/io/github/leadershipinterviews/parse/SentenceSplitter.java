package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stage 2: splits the body into sentences, in one pass over its characters (no regular expressions).
 *
 * <p>A sentence ends
 * <ul>
 *   <li>after {@code . ! ? …} (and any closing quote marks and brackets right after them) when the next word does
 *       not start with a lower-case letter, or when the next sentence is run together with no space
 *       ({@code wards.She}, {@code trust.”They}, {@code said.[12:05]Next});
 *   <li>at a line break: paragraphs, list items, headings and transcript lines are sentences of their own, except
 *       a long line of prose hard-wrapped into a line that starts in lower case;
 *   <li>before a bracketed timestamp ({@code [12:05]}), which starts a transcript entry.
 * </ul>
 * A full stop does not end a sentence after an abbreviation ({@code e.g.}, {@code Dr.}, {@code z.B.}; lists in
 * {@code lexicon/abbreviations.txt}), after a one-letter word ({@code T. R. Halloway}), inside a number ({@code 3.5}),
 * after the number of a list item ({@code 2. Trust}) or the year of a reference ({@code Doe, J. (2021). Title}).
 * No mark ends a sentence when a lower-case word follows ({@code “Really?” she asked}, {@code purpose… and}), or
 * when a closed quotation is attributed by name ({@code “Really?” Ines asked}). Abbreviations that can also end
 * a sentence ({@code etc.}, {@code Ph.D.}, {@code a.m.}; {@code lexicon/abbreviations-final.txt}) end one only
 * before a capital letter.
 *
 * <pre>
 *   "She leads.She listens."          [0, 10) [10, 22)
 *   "Dr. Jo Bell (b. 1970) spoke."     one sentence
 * </pre>
 */
final class SentenceSplitter {
  private static final Set<String> NEVER_FINAL = Set.copyOf(Lexicon.load("abbreviations.txt"));
  private static final Set<String> MAY_END = Set.copyOf(Lexicon.load("abbreviations-final.txt"));
  /** Shared with the quotation stages: a quotation attributed by name continues its sentence. */
  private static final Set<String> SPEECH_VERBS = Set.copyOf(Lexicon.load("speech-verbs.txt"));
  /** How many capitalised words a name may have between a closed quotation and its speech verb. */
  private static final int MAX_NAME_WORDS = 3;
  /** Longer words than this are not looked at as names or speech verbs. */
  private static final int LONGEST_WORD = 24;
  /** Longer words than this are never looked up as abbreviations, which keeps the look-behind bounded. */
  private static final int LONGEST_ABBREVIATION = 12;
  /** A line at least this long that stops without punctuation may be prose hard-wrapped onto the next line. */
  private static final int SHORTEST_WRAPPED_LINE = 60;
  /** How many opening quote marks or brackets may stand before the word after a sentence end. */
  private static final int MAX_OPENERS = 3;
  /** {@link #mayEndSentence} for the ASCII characters up to {@code ?}, looked up instead of compared one by one. */
  private static final boolean[] ASCII_ENDINGS = asciiEndings();

  private SentenceSplitter() {}

  /** The sentences of {@code body}, in order, each without surrounding white space. */
  static List<Span> split(String body) {
    return new Pass(body).run();
  }

  private static boolean[] asciiEndings() {
    boolean[] endings = new boolean['?' + 1];
    for (char c = 0; c < endings.length; c++) {
      endings[c] = isTerminal(c) || isLineBreak(c);
    }
    return endings;
  }

  /** Whether {@code c} can end a sentence: {@code . ! ? …} and their CJK forms. */
  static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '‽' || isCjkTerminal(c);
  }

  /** Whether {@code c} is a line break (including the Unicode line and paragraph separators). */
  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
        || c == '\u000C';
  }

  /** Whether {@code c} is white space within a line, including no-break spaces. */
  static boolean isSpace(char c) {
    if (c < 0x80) {
      // The ASCII answer without the Character tables: space, tab and the four separators 0x1C-0x1F.
      return c == ' ' || c == '\t' || c >= 0x1C && c <= 0x1F;
    }
    return !isLineBreak(c) && (Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  /** Whether {@code c} can change the pass inside an open sentence: a line break, a terminal or a {@code [}. */
  private static boolean mayEndSentence(char c) {
    if (c < 0x80) {
      return c <= '?' ? ASCII_ENDINGS[c] : c == '[';
    }
    return isTerminal(c) || isLineBreak(c);
  }

  /** Whether {@code c} always closes a quotation or bracket. */
  static boolean isCloser(char c) {
    return "”’»›\"')]}」』）］〕".indexOf(c) >= 0;
  }

  private static boolean isCjkTerminal(char c) {
    return c == '。' || c == '！' || c == '？' || c == '｡';
  }

  private static boolean isOpener(char c) {
    return "“‘„‚«‹\"'([{¿¡”’「『（".indexOf(c) >= 0;
  }

  /**
   * The length of a timestamp such as {@code [12:05]}, {@code (2:15)} or {@code [01:02:33]} starting at {@code i},
   * or 0 if none starts there. Looks at no more than 12 characters.
   */
  static int timestampLength(String text, int i) {
    char open = text.charAt(i);
    if (open != '[' && open != '(') {
      return 0;
    }
    int j = digits(text, i + 1, 1, 2);
    for (int groups = 0; j > 0 && groups < 2 && j < text.length() && text.charAt(j) == ':'; groups++) {
      j = digits(text, j + 1, 2, 2);
      if (j > 0 && j < text.length() && text.charAt(j) == (open == '[' ? ']' : ')')) {
        return j + 1 - i;
      }
    }
    return 0;
  }

  /** The index after {@code min..max} ASCII digits at {@code i}, or -1 if there are fewer than {@code min}. */
  private static int digits(String text, int i, int min, int max) {
    int j = i;
    while (j < text.length() && j - i < max && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
      j++;
    }
    return j - i >= min ? j : -1;
  }

  /** One left-to-right pass over the text; the open sentence starts at {@code start}. */
  private static final class Pass {
    private final String text;
    private final int length;
    private final List<Span> sentences = new ArrayList<>();
    private int start = -1;
    private int lineStart;

    Pass(String text) {
      this.text = text;
      this.length = text.length();
    }

    List<Span> run() {
      int i = 0;
      while (i < length) {
        i = step(start < 0 ? i : skipWithinSentence(i));
      }
      close(length);
      return sentences;
    }

    /**
     * Where, from {@code i} in an open sentence, the next character that can change anything stands (or the
     * length): most characters are letters, and skipping them in a tight loop is what makes the pass fast.
     */
    private int skipWithinSentence(int i) {
      int j = i;
      while (j < length && !mayEndSentence(text.charAt(j))) {
        j++;
      }
      return j;
    }

    /** Reads the character at {@code i} (nothing at the end of the text); returns where to continue. */
    private int step(int i) {
      if (i >= length) {
        return i;
      }
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        return atLineBreak(i);
      }
      if (start < 0) {
        if (isSpace(c)) {
          return i + 1;
        }
        start = i;
      }
      if (isTerminal(c)) {
        return atTerminal(i);
      }
      if (c == '[' && i > start && timestampLength(text, i) > 0) {
        close(i);
        start = i;
      }
      return i + 1;
    }

    /** Ends the open sentence at {@code end} (trailing white space excluded). */
    private void close(int end) {
      if (start < 0) {
        return;
      }
      int e = end;
      while (e > start && (isSpace(text.charAt(e - 1)) || isLineBreak(text.charAt(e - 1)))) {
        e--;
      }
      sentences.add(Span.of(start, e));
      start = -1;
    }

    private int atLineBreak(int i) {
      int next = text.charAt(i) == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
      if (!continuesOnNextLine(i, next)) {
        close(i);
      }
      lineStart = next;
      return next;
    }

    /** Whether the line ending at {@code i} is prose hard-wrapped onto the line starting at {@code next}. */
    private boolean continuesOnNextLine(int i, int next) {
      if (start < 0 || i - lineStart < SHORTEST_WRAPPED_LINE) {
        return false;
      }
      int last = i - 1;
      while (last > lineStart && isSpace(text.charAt(last))) {
        last--;
      }
      char end = text.charAt(last);
      if (!Character.isLetter(end) && end != ',') {
        return false;
      }
      int k = next;
      while (k < length && isSpace(text.charAt(k))) {
        k++;
      }
      return k < length && Character.isLowerCase(text.codePointAt(k));
    }

    /** At a run of sentence-ending marks starting at {@code i}; returns where to continue. */
    private int atTerminal(int i) {
      int runEnd = i;
      while (runEnd < length && isTerminal(text.charAt(runEnd))) {
        runEnd++;
      }
      int end = runEnd;
      while (end < length && closesAt(end)) {
        end++;
      }
      if (endsSentence(i, runEnd, end)) {
        close(end);
      }
      return end;
    }

    /** Whether the mark at {@code j}, right after a sentence end, closes a quotation ({@code „Ja.“} too). */
    private boolean closesAt(int j) {
      char c = text.charAt(j);
      if (isCloser(c)) {
        return true;
      }
      return (c == '“' || c == '‘') && (j + 1 == length || isSpace(text.charAt(j + 1))
          || isLineBreak(text.charAt(j + 1)));
    }

    /** Whether the marks {@code [i, runEnd)} and closers up to {@code end} end a sentence. */
    private boolean endsSentence(int i, int runEnd, int end) {
      if (end >= length || isCjkTerminal(text.charAt(i))) {
        return true;
      }
      char next = text.charAt(end);
      if (isLineBreak(next)) {
        return true;
      }
      return isSpace(next) ? endsBeforeNextWord(i, runEnd, end) : endsRunTogether(i, runEnd, end);
    }

    /** The marks are followed by white space: decide by the next word and the word before the marks. */
    private boolean endsBeforeNextWord(int i, int runEnd, int end) {
      int k = end;
      while (k < length && isSpace(text.charAt(k))) {
        k++;
      }
      if (k >= length || isLineBreak(text.charAt(k))) {
        return true;
      }
      for (int n = 0; n < MAX_OPENERS && k + 1 < length && isOpener(text.charAt(k)); n++) {
        k++;
      }
      int cp = text.codePointAt(k);
      if (Character.isLowerCase(cp) || ",;:-–—)".indexOf(cp) >= 0) {
        return false;
      }
      if (!isSingleFullStop(i, runEnd, end)) {
        return !(end > runEnd && isNamedAttribution(k));
      }
      String word = wordBefore(i);
      return !isListNumber(i) && !isCitationYear(i) && (word == null || !isAbbreviationBefore(word, cp));
    }

    /**
     * Whether the full stop at {@code dot} follows the year of a reference after the author's initials,
     * {@code Doe, J. A. (2021). Title}: the title that follows is part of the same reference.
     */
    private boolean isCitationYear(int dot) {
      int open = dot - 6;
      boolean year = open >= 3 && text.charAt(dot - 1) == ')' && text.charAt(open) == '('
          && digits(text, open + 1, 4, 4) == dot - 1;
      if (!year) {
        return false;
      }
      int initial = text.charAt(open - 1) == ' ' ? open - 2 : open - 1;
      return initial >= 1 && text.charAt(initial) == '.' && Character.isUpperCase(text.charAt(initial - 1))
          && (initial == 1 || !Character.isLetter(text.charAt(initial - 2)));
    }

    /** Whether the marks are one full stop with nothing closing after it: the case abbreviations can make. */
    private boolean isSingleFullStop(int i, int runEnd, int end) {
      return runEnd - i == 1 && end == runEnd && text.charAt(i) == '.';
    }

    /** Whether the full stop at {@code dot} ends a list number that starts the sentence ({@code 2. Trust}). */
    private boolean isListNumber(int dot) {
      if (dot - start < 1 || dot - start > 3) {
        return false;
      }
      for (int j = start; j < dot; j++) {
        if (text.charAt(j) < '0' || text.charAt(j) > '9') {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether a quotation just closed is attributed by name, {@code “Who needs help?” Ines Varga asks}: up to
     * {@link #MAX_NAME_WORDS} capitalised words, then a speech verb ({@code lexicon/speech-verbs.txt}).
     */
    private boolean isNamedAttribution(int k) {
      int at = k;
      for (int words = 0; words <= MAX_NAME_WORDS; words++) {
        int end = at;
        while (end < length && end - at < LONGEST_WORD && (Character.isLetter(text.charAt(end))
            || text.charAt(end) == '’' || text.charAt(end) == '\'' || text.charAt(end) == '-')) {
          end++;
        }
        if (end == at || end - at == LONGEST_WORD) {
          return false;
        }
        if (words > 0 && SPEECH_VERBS.contains(text.substring(at, end).toLowerCase(Locale.ROOT))) {
          return true;
        }
        if (!Character.isUpperCase(text.charAt(at)) || end >= length || text.charAt(end) != ' ') {
          return false;
        }
        at = end + 1;
      }
      return false;
    }

    /** Whether {@code word} (ending in a full stop) is an abbreviation, given the next word starts with cp. */
    private static boolean isAbbreviationBefore(String word, int cp) {
      if (word.length() == 2 || NEVER_FINAL.contains(word)) {
        return true;
      }
      boolean dotted = word.indexOf('.') < word.length() - 1;
      return (dotted || MAY_END.contains(word)) && !Character.isUpperCase(cp);
    }

    /** The marks are followed directly by text: a new sentence only if it starts like one. */
    private boolean endsRunTogether(int i, int runEnd, int end) {
      char next = text.charAt(end);
      if ((next == '[' || next == '(') && timestampLength(text, end) > 0) {
        return true;
      }
      int k = next == '“' || next == '‘' || next == '„' || next == '«' ? end + 1 : end;
      if (k >= length) {
        return false;
      }
      int cp = text.codePointAt(k);
      if (!Character.isUpperCase(cp) && !Character.isTitleCase(cp)) {
        return false;
      }
      String word = isSingleFullStop(i, runEnd, end) ? wordBefore(i) : null;
      return !continuesDottedWord(k, word) && (word == null || !NEVER_FINAL.contains(word));
    }

    /**
     * Whether the capital at {@code k}, right after a full stop, continues a dotted abbreviation: {@code Ph.D.},
     * {@code U.K}, {@code Ph.D} (a one-letter word after a word of at most two letters), but not {@code board.I}.
     */
    private boolean continuesDottedWord(int k, String wordBefore) {
      if (k + 1 >= length || text.charAt(k + 1) == '.') {
        return k + 1 < length;
      }
      return !Character.isLetter(text.charAt(k + 1)) && wordBefore != null && wordBefore.length() <= 3;
    }

    /**
     * The word of letters and inner full stops that ends with the full stop at {@code dot} ({@code "e.g."},
     * {@code "Dr."}), or null if none or longer than {@link #LONGEST_ABBREVIATION}.
     */
    private String wordBefore(int dot) {
      int from = dot;
      while (from > 0 && dot - from < LONGEST_ABBREVIATION
          && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
        from--;
      }
      boolean bounded = from == 0 || !(Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.');
      return bounded && from < dot && Character.isLetter(text.charAt(from)) ? text.substring(from, dot + 1) : null;
    }
  }
}
