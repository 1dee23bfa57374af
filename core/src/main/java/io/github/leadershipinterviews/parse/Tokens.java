package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The body as tokens, with where sentences and lines start. Sentence starts come from the sentence stage and
 * from run-together boundaries it may miss ({@code healthcare.She}, {@code [1:02]Ines}).
 */
final class Tokens {
  /** Quote marks between a full stop and the next sentence ({@code purpose.”They}): at most this many. */
  private static final int MAX_MARKS = 3;
  private static final int LANGUAGE_MIN_WORDS = 3;
  private static final int LANGUAGE_SHARE = 12;

  private final String text;
  /** {@link CapitalisedRuns#SHORT_FORMS} as a set, built once: this test runs at every full stop. */
  private static final Set<String> SHORT_FORMS = Set.of(CapitalisedRuns.SHORT_FORMS);

  private final Token[] tokens;
  private final boolean[] sentenceStart;
  private final boolean[] lineStart;
  private final int[] sentenceOf;
  private final int[] sentenceFirst;
  /**
   * Each token's start offset, for {@link #indexAt}: a binary search over an int array reads a few cache lines,
   * over the tokens one object at each step.
   */
  private final int[] starts;
  /** {@link #isRomance()}, {@link #isGerman()}: 0 not yet asked, 1 yes, -1 no. */
  private byte romance;
  private byte german;

  Tokens(String text, List<Span> sentences) {
    this.text = text;
    this.tokens = Tokenizer.tokenize(text);
    this.sentenceStart = new boolean[tokens.length];
    this.lineStart = new boolean[tokens.length];
    this.starts = new int[tokens.length];
    markStarts(sentences);
    this.sentenceOf = new int[tokens.length];
    int count = 0;
    for (int i = 0; i < tokens.length; i++) {
      count += sentenceStart[i] ? 1 : 0;
      sentenceOf[i] = count - 1;
    }
    this.sentenceFirst = new int[count + 1];
    for (int i = tokens.length - 1; i >= 0; i--) {
      sentenceFirst[sentenceOf[i]] = i;
    }
    sentenceFirst[count] = tokens.length;
  }

  private void markStarts(List<Span> sentences) {
    int[] sentenceStarts = new int[sentences.size()]; // read once: a span's start is an interface call
    for (int s = 0; s < sentenceStarts.length; s++) {
      sentenceStarts[s] = sentences.get(s).start();
    }
    int s = 0;
    for (int i = 0; i < tokens.length; i++) {
      Token t = tokens[i];
      starts[i] = t.start();
      while (s < sentenceStarts.length && sentenceStarts[s] < t.start()) {
        s++;
      }
      boolean atSentence = s < sentenceStarts.length && sentenceStarts[s] == t.start();
      lineStart[i] = i == 0 || t.afterLineBreak();
      sentenceStart[i] = atSentence || lineStart[i] || afterBoundary(i);
    }
  }

  private boolean afterBoundary(int i) {
    int p = i - 1;
    while (p >= 0 && i - p <= MAX_MARKS && tokens[p].isQuoteMark()) {
      p--;
    }
    if (p < 0) {
      return true;
    }
    Token prev = tokens[p];
    if (prev.length() != 1 || ".!?]…•".indexOf(prev.firstChar()) < 0) {
      return false;
    }
    if (prev.firstChar() == '.' && p == i - 1 && (tokens[i].isWord() && tokens[i].isLowerCase()
        || tokens[i].firstChar() == ',' || tokens[i].firstChar() == ';')) {
      return false; // "vt. toimitusjohtaja", "tf. vd", "Dube Mensah Inc., one of": an abbreviation's full stop
    }
    return !(prev.firstChar() == '.' && p > 0 && isShortForm(tokens[p - 1]) && p == i - 1);
  }

  /**
   * {@code Dr.}, {@code Prof.}, {@code St.}, the initial in {@code Rosa M. Delgado}: a full stop that ends an
   * abbreviation, not a sentence. (Where an initial does end a sentence, the sentence splitter says so.)
   */
  private static boolean isShortForm(Token word) {
    return word.isHonorific() || SHORT_FORMS.contains(word.text()) || isInitial(word.text());
  }

  private static boolean isInitial(String word) {
    return word.length() == 1 && Character.isUpperCase(word.charAt(0));
  }

  /** A quote mark that may stand between a full stop and the next sentence ({@code purpose.”They}). */
  static boolean isQuoteMark(char c) {
    return switch (c) {
      case '"', '\'', '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›' -> true;
      default -> false;
    };
  }

  String text() {
    return text;
  }

  /**
   * Whether the body is written in French, Spanish, Italian or Portuguese: at least {@value #LANGUAGE_MIN_WORDS}
   * of their function words, one word in {@value #LANGUAGE_SHARE}. Names there are written in sentence case
   * ({@code Centre hospitalier de Vauclair}), which an English text would read as a name and a description.
   */
  boolean isRomance() {
    if (romance == 0) {
      romance = (byte) (isWrittenIn(Words.ROMANCE_FUNCTION_WORD) ? 1 : -1);
    }
    return romance > 0;
  }

  /** As {@link #isRomance()}, for German: {@code Landesverband freier Pflegedienste}. */
  boolean isGerman() {
    if (german == 0) {
      german = (byte) (isWrittenIn(Words.GERMAN_FUNCTION_WORD) ? 1 : -1);
    }
    return german > 0;
  }

  private boolean isWrittenIn(int functionWords) {
    int words = 0;
    int function = 0;
    for (Token tok : tokens) {
      words += tok.isWord() ? 1 : 0;
      function += tok.isWord() && tok.isLowerCase() && tok.lowerIn(functionWords) ? 1 : 0;
    }
    return function >= LANGUAGE_MIN_WORDS && function * LANGUAGE_SHARE >= words;
  }

  int size() {
    return tokens.length;
  }

  Token get(int i) {
    return tokens[i];
  }

  /** The token at {@code i}, or null outside the body. */
  Token at(int i) {
    return i >= 0 && i < tokens.length ? tokens[i] : null;
  }

  /** The text of token {@code i} in lower case ({@link Locale#ROOT}). */
  String lower(int i) {
    return tokens[i].lower();
  }

  /** Whether the lower-case form of token {@code i} is in the list {@code list} ({@link Words#SHOW_CUE}, ...). */
  boolean lowerIn(int i, int list) {
    return tokens[i].lowerIn(list);
  }

  /** Whether token {@code i}, bare, is a word of a job title ({@link Words#isRoleWord}); asked once a token. */
  boolean isRoleWord(int i) {
    return tokens[i].isRoleWord();
  }

  boolean is(int i, String word) {
    Token t = at(i);
    return t != null && t.is(word);
  }

  boolean isAny(int i, String... words) {
    Token t = at(i);
    return t != null && t.isAny(words);
  }

  boolean isLower(int i, String word) {
    Token t = at(i);
    return t != null && t.isIgnoreCase(word);
  }

  boolean startsSentence(int i) {
    return sentenceStart[i];
  }

  boolean startsLine(int i) {
    return lineStart[i];
  }

  /** Body text from the start of token {@code from} to the end of token {@code to} (inclusive). */
  String text(int from, int to) {
    return text.substring(tokens[from].start(), tokens[to].end());
  }

  /** Index of the first token starting at or after {@code offset}. */
  int indexAt(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Which sentence (0, 1, ...) token {@code i} is in. */
  int sentenceOf(int i) {
    return sentenceOf[i];
  }

  /** Index of the last token of the sentence holding token {@code i}. */
  int sentenceEnd(int i) {
    return sentenceFirst[sentenceOf[i] + 1] - 1;
  }

  /** Index of the first token of the sentence holding token {@code i}. */
  int sentenceStartOf(int i) {
    return sentenceFirst[sentenceOf[i]];
  }
}
