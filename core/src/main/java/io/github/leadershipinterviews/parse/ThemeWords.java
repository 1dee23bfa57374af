package io.github.leadershipinterviews.parse;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of one sentence for theme tagging, found in one pass: their offsets, their folded form (lower case,
 * NFC) and whether each looks like part of a name. A word is a run of letters, digits and combining marks; every
 * other character separates words, so {@code well-being} is two words and {@code don’t} is {@code don} + {@code t}.
 *
 * <p>A capitalised word is taken as part of a name, and so never evidence of a theme, when it stands in
 * mid-sentence ("the Trust", "the Wellbeing and Resilience Board"), or when it opens a sentence or clause and the
 * next word is capitalised too ("Compassionate Leaders Hour is ..."). An acronym in mid-sentence is a
 * name only next to another capitalised word, directly or through connectors such as {@code of} or {@code and}. In
 * sentences that read as German, which capitalises every noun, and in timestamped chapter headings written in
 * Title Case ("(12:30) Building Trust After a Merger"), capitals say nothing and no word is taken as a name.
 */
final class ThemeWords {
  private static final Set<String> CONNECTORS = Set.copyOf(Lexicon.load("theme-name-connectors.txt"));
  private static final Set<String> GERMAN = Set.copyOf(Lexicon.load("theme-german-function-words.txt"));
  /** The shortest and longest German function word: a word of another length needs no look-up. */
  private static final int GERMAN_MIN = GERMAN.stream().mapToInt(String::length).min().orElse(0);
  private static final int GERMAN_MAX = GERMAN.stream().mapToInt(String::length).max().orElse(0);
  /** Characters that, between two words, start a new sentence or clause. */
  private static final String CLAUSE_BREAKS = ".!?:;\"“”‘«»„()[]•·–—|*>";

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final String[] folded;
  private final boolean[] nameLike;

  private ThemeWords(String text, int[] starts, int[] ends, int n) {
    this.text = text;
    this.starts = Arrays.copyOf(starts, n);
    this.ends = Arrays.copyOf(ends, n);
    folded = new String[n];
    for (int i = 0; i < n; i++) {
      folded[i] = fold(text.substring(starts[i], ends[i]));
    }
    nameLike = new boolean[n];
    if (!readsAsGerman() && !isChapterHeading()) {
      markNames();
    }
  }

  /** The words of {@code text} between {@code start} (inclusive) and {@code end} (exclusive). */
  static ThemeWords of(String text, int start, int end) {
    int[] starts = new int[16];
    int[] ends = new int[16];
    int n = 0;
    int wordStart = -1;
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      boolean part = isWordPart(cp);
      if (part && wordStart < 0) {
        wordStart = i;
      } else if (!part && wordStart >= 0) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
        }
        starts[n] = wordStart;
        ends[n++] = i;
        wordStart = -1;
      }
      i += Character.charCount(cp);
    }
    if (wordStart >= 0) {
      starts = Arrays.copyOf(starts, n + 1);
      ends = Arrays.copyOf(ends, n + 1);
      starts[n] = wordStart;
      ends[n++] = end;
    }
    return new ThemeWords(text, starts, ends, n);
  }

  /** The folded words of a short string, e.g. a cue word: {@code "Well-Being"} gives {@code [well, being]}. */
  static List<String> foldedWords(String s) {
    ThemeWords t = of(s, 0, s.length());
    return List.of(t.folded);
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
    return starts.length;
  }

  String folded(int i) {
    return folded[i];
  }

  boolean isNameLike(int i) {
    return nameLike[i];
  }

  private boolean readsAsGerman() {
    int hits = 0;
    for (String w : folded) {
      if (w.length() >= GERMAN_MIN && w.length() <= GERMAN_MAX && GERMAN.contains(w) && ++hits >= 2) {
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
    return words > 0 && capitalised * 10 >= words * 6;
  }

  private boolean isNumber(int i) {
    return Character.isDigit(text.charAt(starts[i]));
  }

  private void markNames() {
    for (int i = 0; i < size(); i++) {
      if (!isCapitalised(i)) {
        continue;
      }
      if (opensClause(i)) {
        // "Compassionate Leaders Hour is ..." but not "Burnout in the NHS ..."
        nameLike[i] = i + 1 < size() && joinedBySpace(i) && isCapitalised(i + 1);
      } else {
        nameLike[i] = !isAcronym(i) || capitalisedNeighbour(i, -1) || capitalisedNeighbour(i, +1);
      }
    }
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
      if (!CONNECTORS.contains(folded[next])) {
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
    int cp = text.codePointAt(starts[i]);
    return Character.isUpperCase(cp) || Character.isTitleCase(cp);
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
