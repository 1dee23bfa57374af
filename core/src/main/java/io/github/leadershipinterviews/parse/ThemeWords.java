package io.github.leadershipinterviews.parse;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words of one sentence for theme tagging, found in one pass: their offsets, their folded form (lower case,
 * NFC) and whether each looks like part of a name. An ASCII word is read where it stands, its capitals folded as
 * it is read ({@link FoldedWordTable}); only a word with another character gets a folded String of its own. A word is a run of letters, digits and combining marks; every
 * other character separates words, so {@code well-being} is two words and {@code don’t} is {@code don} + {@code t}.
 *
 * <p>A capitalised word is taken as part of a name, and so never evidence of a theme, when it stands in
 * mid-sentence ("the Trust", "the Wellbeing and Resilience Board"), or when it opens a sentence or clause and the
 * next word is capitalised too ("Compassionate Leaders Hour is ..."). An acronym in mid-sentence is a
 * name only next to another capitalised word, directly or through connectors such as {@code of} or {@code and}; so is
 * the pronoun {@code I} ("the people I serve"); so is a people or faith that English capitalises in a run that
 * ends before a lower-case noun ("Black and Asian officers", but "Black History Month"). In
 * sentences that read as German, which capitalises every noun, and in timestamped chapter headings written in
 * Title Case ("(12:30) Building Trust After a Merger"), capitals say nothing and no word is taken as a name.
 */
final class ThemeWords {
  private static final FoldedWordTable CONNECTORS =
      new FoldedWordTable(Lexicon.load("theme-name-connectors.txt"));
  /** Peoples and faiths, capitalised by convention: adjectives, not names, before a lower-case noun. */
  private static final FoldedWordTable CAPITALISED_ADJECTIVES =
      new FoldedWordTable(Lexicon.load("theme-capitalised-adjectives.txt"));
  private static final FoldedWordTable GERMAN =
      new FoldedWordTable(Lexicon.load("theme-german-function-words.txt"));
  /** Characters that, between two words, start a new sentence or clause. */
  private static final String CLAUSE_BREAKS = ".!?:;\"“”‘«»„()[]•·–—|*>";
  /** How many words past a capitalised adjective its run may span before the lower-case noun it describes. */
  private static final int MAX_ADJECTIVE_RUN = 4;
  /** How many lower-case words of four letters or more a Title Case chapter heading may have. */
  private static final int MAX_LOWER_CASE_IN_HEADING = 2;

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final int size;
  /** The folded form of each word that is not ASCII, null for an ASCII one; null if every word is ASCII. */
  private final String[] folded;
  private final boolean[] nameLike;

  private ThemeWords(String text, int[] starts, int[] ends, int n, boolean[] nonAscii) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.size = n;
    folded = nonAscii == null ? null : new String[n];
    for (int i = 0; folded != null && i < n; i++) {
      folded[i] = nonAscii[i] ? fold(text.substring(starts[i], ends[i])) : null;
    }
    nameLike = new boolean[n];
    if (markNames() && (readsAsGerman() || isChapterHeading())) {
      Arrays.fill(nameLike, false);   // capitals say nothing here; most sentences mark no name, and skip the test
    }
  }

  /** The words of {@code text} between {@code start} (inclusive) and {@code end} (exclusive). */
  static ThemeWords of(String text, int start, int end) {
    // a word and the character after it take two characters or more: rarely a sentence of more words than this
    int capacity = Math.max(16, (end - start) / 4);
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    boolean[] nonAscii = null;
    int n = 0;
    int wordStart = -1;
    boolean ascii = true;
    for (int i = start; i < end; ) {
      char ch = text.charAt(i);
      int cp = Character.isSurrogate(ch) ? text.codePointAt(i) : ch;
      boolean part = isWordPart(cp);
      if (part && wordStart < 0) {
        wordStart = i;
        ascii = true;
      } else if (!part && wordStart >= 0) {
        nonAscii = ascii ? nonAscii : markNonAscii(nonAscii, n, starts.length);
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
          nonAscii = nonAscii == null ? null : Arrays.copyOf(nonAscii, n * 2);
        }
        starts[n] = wordStart;
        ends[n++] = i;
        wordStart = -1;
      }
      ascii &= cp < 0x80;
      i += Character.charCount(cp);
    }
    if (wordStart >= 0) {
      nonAscii = ascii ? nonAscii : markNonAscii(nonAscii, n, starts.length);
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n + 1);
        ends = Arrays.copyOf(ends, n + 1);
        nonAscii = nonAscii == null ? null : Arrays.copyOf(nonAscii, n + 1);
      }
      starts[n] = wordStart;
      ends[n++] = end;
    }
    return new ThemeWords(text, starts, ends, n, nonAscii);
  }

  /** Marks word {@code n} as not ASCII, creating the marks (as long as the word arrays) on the first. */
  private static boolean[] markNonAscii(boolean[] nonAscii, int n, int length) {
    boolean[] out = nonAscii == null ? new boolean[Math.max(length, n + 1)] : nonAscii;
    if (n >= out.length) {
      out = Arrays.copyOf(out, n + 1);
    }
    out[n] = true;
    return out;
  }

  /** The folded words of a short string, e.g. a cue word: {@code "Well-Being"} gives {@code [well, being]}. */
  static List<String> foldedWords(String s) {
    ThemeWords t = of(s, 0, s.length());
    String[] out = new String[t.size()];
    Arrays.setAll(out, t::folded);
    return List.of(out);
  }

  /** Lower case (locale-independent) and NFC, so that a decomposed {@code ä} matches a composed one. */
  static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return mayNeedNormalizing(lower) ? Normalizer.normalize(lower, Normalizer.Form.NFC) : lower;
  }

  /** Below U+0300 (the first combining mark) every string is already NFC; most words never get that far. */
  private static boolean mayNeedNormalizing(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '\u0300') {
        return !Normalizer.isNormalized(s, Normalizer.Form.NFC);
      }
    }
    return false;
  }

  private static boolean isWordPart(int cp) {
    if (cp < 0x80) {
      return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || cp >= '0' && cp <= '9';
    }
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  int size() {
    return size;
  }

  /** Word {@code i}, folded. */
  String folded(int i) {
    String f = folded == null ? null : folded[i];
    return f != null ? f : text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
  }

  /** The ids of the patterns of {@code index} that match word {@code i}, collected in {@code scratch}. */
  int[] patterns(int i, CueIndex index, CueIndex.IntList scratch) {
    String f = folded == null ? null : folded[i];
    return f == null ? index.patternsOf(text, starts[i], ends[i], scratch)
        : index.patternsOf(f, 0, f.length(), scratch);
  }

  /** Whether folded word {@code i} is in {@code table}. */
  private boolean isIn(FoldedWordTable table, int i) {
    String f = folded == null ? null : folded[i];
    return f == null ? table.contains(text, starts[i], ends[i]) : table.contains(f, 0, f.length());
  }

  boolean isNameLike(int i) {
    return nameLike[i];
  }

  private boolean readsAsGerman() {
    int hits = 0;
    for (int i = 0; i < size; i++) {
      if (isIn(GERMAN, i) && ++hits >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence is a timestamped chapter heading ("(12:30) Building Trust After a Merger"), where Title
   * Case is a style, not a name.
   */
  private boolean isChapterHeading() {
    if (size() < 3 || !isNumber(0) || !isNumber(1) || text.charAt(ends[0]) != ':') {
      return false;
    }
    int capitalised = 0;
    int words = 0;
    for (int i = 2; i < size(); i++) {
      if (ends[i] - starts[i] > 3 && !isNumber(i)) {
        words++;
        capitalised += isCapitalised(i) ? 1 : 0;
      }
    }
    // Title Case leaves only a few short function words in lower case ("with", "into"); more lower-case words
    // make prose that opens with a timestamp and names many people and bodies ("[17:40] Her article with Prof.
    // ...", "and what the firm changed after it was published")
    return words > 0 && capitalised * 10 >= words * 6 && words - capitalised <= MAX_LOWER_CASE_IN_HEADING;
  }

  private boolean isNumber(int i) {
    return Character.isDigit(text.charAt(starts[i]));
  }

  /** Marks the words that look like part of a name; whether it marked any. */
  private boolean markNames() {
    boolean any = false;
    for (int i = 0; i < size(); i++) {
      if (!isCapitalised(i)) {
        continue;
      }
      if (opensClause(i)) {
        // "Compassionate Leaders Hour is ..." but not "Burnout in the NHS ..."
        nameLike[i] = i + 1 < size() && joinedBySpace(i) && isCapitalised(i + 1);
      } else {
        // the pronoun "I" is capitalised wherever it stands: a name only beside one, like an acronym
        nameLike[i] = !(isAcronym(i) || isPronounI(i)) || capitalisedNeighbour(i, -1) || capitalisedNeighbour(i, +1);
        nameLike[i] = nameLike[i] && !describesLowerCaseNoun(i);
      }
      any |= nameLike[i];
    }
    return any;
  }

  /**
   * Whether word {@code i} is a people or faith that English capitalises ("Black", "Asian") in a run of such words
   * and connectors that ends before a lower-case word: an adjective ("Black and Asian officers"), not a name
   * ("Black History Month").
   */
  private boolean describesLowerCaseNoun(int i) {
    if (!isIn(CAPITALISED_ADJECTIVES, i)) {
      return false;
    }
    for (int j = i + 1; j < size() && j <= i + MAX_ADJECTIVE_RUN && joinedBySpace(j - 1); j++) {
      if (!isCapitalised(j)) {
        if (!isIn(CONNECTORS, j)) {
          return true;
        }
      } else if (!isIn(CAPITALISED_ADJECTIVES, j)) {
        return false;
      }
    }
    return false;
  }

  /** Whether the nearest word in {@code direction}, past at most two connectors, is capitalised. */
  private boolean capitalisedNeighbour(int i, int direction) {
    int j = i;
    for (int hops = 0; hops < 3; hops++) {
      int next = j + direction;
      if (next < 0 || next >= size() || !joinedBySpace(Math.min(j, next))) {
        return false;
      }
      if (isCapitalised(next)) {
        return true;
      }
      if (!isIn(CONNECTORS, next)) {
        return false;
      }
      j = next;
    }
    return false;
  }

  /** Whether words {@code i} and {@code i + 1} are separated only by spaces, a hyphen, an apostrophe or {@code &}. */
  private boolean joinedBySpace(int i) {
    for (int k = ends[i]; k < starts[i + 1]; k++) {
      char c = text.charAt(k);
      if (!(c == ' ' || c == '\u00a0' || c == '-' || c == '&' || c == '\'' || c == '’')) {
        return false;
      }
    }
    return true;
  }

  /** Whether word {@code i} starts the sentence, a line, or a clause after a colon, a quote mark, a bracket, a dash. */
  private boolean opensClause(int i) {
    if (i == 0) {
      return true;
    }
    for (int k = ends[i - 1]; k < starts[i]; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || CLAUSE_BREAKS.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  private boolean isCapitalised(int i) {
    char c = text.charAt(starts[i]);
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z';
    }
    int cp = text.codePointAt(starts[i]);
    return Character.isUpperCase(cp) || Character.isTitleCase(cp);
  }

  /** Whether word {@code i} is the single letter {@code I}, the English first-person pronoun. */
  private boolean isPronounI(int i) {
    return ends[i] - starts[i] == 1 && text.charAt(starts[i]) == 'I';
  }

  private boolean isAcronym(int i) {
    if (ends[i] - starts[i] < 2) {
      return false;
    }
    for (int k = starts[i]; k < ends[i]; k++) {
      if (Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
