package io.github.leadershipinterviews.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of one sentence for theme tagging, found in one pass: their offsets, their folded form (lower case,
 * NFC) and whether each looks like part of a name. A word is a run of letters, digits and combining marks; every
 * other character separates words, so {@code well-being} is two words and {@code don’t} is {@code don} + {@code t}.
 *
 * <p>A capitalised word is taken as part of a name, and so never evidence of a theme, when it stands next to
 * another capitalised word (optionally through a connector such as {@code of} or {@code and}: "Health and
 * Wellbeing Board", "Compassionate Leadership Interview"), or when it stands alone in mid-sentence ("the Trust").
 * A capitalised word that opens a sentence or clause, and an acronym standing alone, stay ordinary words. In
 * sentences that read as German, which capitalises every noun, capitals say nothing and no word is taken as a name.
 */
final class Tokens {
  private static final Set<String> CONNECTORS = Set.copyOf(Lexicon.load("theme-name-connectors.txt"));
  private static final Set<String> GERMAN = Set.copyOf(Lexicon.load("theme-german-function-words.txt"));
  /** Characters that, between two words, start a new sentence or clause. */
  private static final String CLAUSE_BREAKS = ".!?:;\"“”‘«»„()[]•·–—|*>";

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final String[] folded;
  private final boolean[] nameLike;

  private Tokens(String text, List<int[]> bounds) {
    this.text = text;
    int n = bounds.size();
    starts = new int[n];
    ends = new int[n];
    folded = new String[n];
    for (int i = 0; i < n; i++) {
      starts[i] = bounds.get(i)[0];
      ends[i] = bounds.get(i)[1];
      folded[i] = fold(text.substring(starts[i], ends[i]));
    }
    nameLike = new boolean[n];
    if (!readsAsGerman()) {
      markNames();
    }
  }

  /** The words of {@code text} between {@code start} (inclusive) and {@code end} (exclusive). */
  static Tokens of(String text, int start, int end) {
    List<int[]> bounds = new ArrayList<>();
    int i = start;
    while (i < end) {
      int cp = text.codePointAt(i);
      if (isWordPart(cp)) {
        int wordStart = i;
        while (i < end && isWordPart(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
        bounds.add(new int[] {wordStart, Math.min(i, end)});
      } else {
        i += Character.charCount(cp);
      }
    }
    return new Tokens(text, bounds);
  }

  /** The folded words of a short string, e.g. a cue word: {@code "Well-Being"} gives {@code [well, being]}. */
  static List<String> foldedWords(String s) {
    Tokens t = of(s, 0, s.length());
    return List.of(t.folded);
  }

  /** Lower case (locale-independent) and NFC, so that a decomposed {@code ä} matches a composed one. */
  static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return Normalizer.isNormalized(lower, Normalizer.Form.NFC) ? lower : Normalizer.normalize(lower, Normalizer.Form.NFC);
  }

  private static boolean isWordPart(int cp) {
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
      if (GERMAN.contains(w) && ++hits >= 2) {
        return true;
      }
    }
    return false;
  }

  private void markNames() {
    for (int i = 0; i < size(); i++) {
      if (!isCapitalised(i)) {
        continue;
      }
      boolean inRun = capitalisedNeighbour(i, -1) || capitalisedNeighbour(i, +1);
      boolean alone = !opensClause(i) && !isAcronym(i);
      nameLike[i] = inRun || alone;
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
