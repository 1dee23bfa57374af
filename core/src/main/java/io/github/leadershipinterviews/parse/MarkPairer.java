package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Pairs opening and closing quote marks in one left-to-right pass.
 *
 * <p>Marks come in families that pair among themselves: double marks ({@code “ ” " „ ‟}, any opener closed by
 * any closer, so {@code “...”}, {@code “..."}, {@code ”...”} and {@code „...“} all pair), single marks
 * ({@code ‘ ’ ' ‚ ‛}), guillemets ({@code « »} either way round), single guillemets and corner brackets. Each
 * family has at most one open passage; single marks may stand inside double ones and the other way round.
 *
 * <p>Whether a mark opens or closes is decided by its neighbours. A single mark between letters ({@code It’s},
 * {@code O’Leary}), before a year ({@code ’90s}) or an elision ({@code ’em}) is an apostrophe; a possessive
 * {@code nurses’ } closes an open single passage only when no better closing mark follows nearby. An opening
 * double mark glued to a sentence end inside an open passage ({@code ...the end.“So we}) is a slip: the passage
 * runs on over it.
 *
 * <p>A line break ends an open passage, unless the next line reopens it with a mark of the same family: then the
 * passage runs on (the multi-paragraph quotation). A passage never closed ends at its line break or at the end of
 * the text, and is reported as not closed. Every character is looked at a bounded number of times.
 */
final class MarkPairer {

  /** A paired (or unclosed) stretch: its text without the outer marks, and the marks span. */
  record Pair(Span text, Span marks, boolean closed) {}

  private static final int DOUBLE = 0;
  private static final int SINGLE = 1;
  private static final int GUILLEMET = 2;
  private static final int SINGLE_GUILLEMET = 3;
  private static final int CORNER = 4;
  private static final int WHITE_CORNER = 5;
  private static final int FAMILIES = 6;

  /** How far ahead a possessive {@code s’} looks for a better closing mark. */
  private static final int POSSESSIVE_LOOKAHEAD = 250;

  private static final Set<String> ELISIONS = Set.copyOf(Lexicon.load("apostrophe-elisions.txt"));
  /** The ASCII characters the pass must stop at: the two ASCII marks and the line breaks. */
  private static final boolean[] ASCII_STOPS = new boolean[0x80];

  static {
    for (char c : new char[] {'"', '\'', '\n', '\r'}) {
      ASCII_STOPS[c] = true;
    }
  }

  private final String s;
  private final int[] openAt = new int[FAMILIES];
  private final char[] openChar = new char[FAMILIES];
  private final List<Pair> pairs = new ArrayList<>();

  private MarkPairer(String s) {
    this.s = s;
    Arrays.fill(openAt, -1);
  }

  /** Every quoted stretch of {@code s}, in order of the opening mark. */
  static List<Pair> pair(String s) {
    return new MarkPairer(s).run();
  }

  private List<Pair> run() {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c < 0x80 && !ASCII_STOPS[c]) {
        i++;   // most characters: ASCII other than " ' and line breaks is neither a mark nor a line break
      } else if (c == '\n' || c == '\r') {
        i = lineBreak(i);
      } else {
        int family = familyOf(c);
        if (family >= 0) {
          mark(family, i, c);
        }
        i++;
      }
    }
    for (int f = 0; f < FAMILIES; f++) {
      endUnclosed(f, s.length());
    }
    pairs.sort(Comparator.comparingInt(p -> p.marks().start()));
    return pairs;
  }

  /** Ends open passages at a line break unless the next line reopens them; returns where to go on. */
  private int lineBreak(int i) {
    int next = i;
    while (next < s.length() && NearbyWords.isSpace(s.charAt(next))) {
      next++;
    }
    if (isSoftWrap(i, next)) {
      return next;
    }
    int reopened = next < s.length() ? familyOf(s.charAt(next)) : -1;
    for (int f = 0; f < FAMILIES; f++) {
      if (openAt[f] >= 0 && !(f == reopened && reopens(f, next))) {
        endUnclosed(f, i);
      }
    }
    boolean consumed = reopened >= 0 && openAt[reopened] >= 0;
    return consumed ? next + 1 : next;
  }

  /**
   * A line break inside a sentence (a hard-wrapped line: one break, the line ending in a letter or comma, the
   * next starting in lower case) does not end an open passage.
   */
  private boolean isSoftWrap(int lineBreak, int next) {
    int breaks = 0;
    for (int k = lineBreak; k < next; k++) {
      breaks += s.charAt(k) == '\n' ? 1 : 0;
    }
    int last = lineBreak;
    while (last > 0 && NearbyWords.isSpace(s.charAt(last - 1))) {
      last--;
    }
    char end = last > 0 ? s.charAt(last - 1) : '.';
    return breaks == 1 && next < s.length() && Character.isLowerCase(s.charAt(next))
        && (Character.isLetter(end) || end == ',');
  }

  private boolean reopens(int family, int at) {
    char c = s.charAt(at);
    return switch (family) {
      case DOUBLE -> c != '"' || !NearbyWords.isSpace(after(at));
      case SINGLE -> !isApostrophe(at, c) && c != '‚';
      default -> c == openChar[family];
    };
  }

  private void mark(int family, int i, char c) {
    switch (family) {
      case DOUBLE -> doubleMark(i, c);
      case SINGLE -> singleMark(i, c);
      default -> mirroredMark(family, i, c);
    }
  }

  private void doubleMark(int i, char c) {
    boolean open = openAt[DOUBLE] >= 0;
    char prev = before(i);
    char next = after(i);
    if (c == '„') {
      restartOrOpen(DOUBLE, i, c);
    } else if (c == '“' || c == '‟') {
      boolean closes = open && (openChar[DOUBLE] == '„' || (!NearbyWords.isSpace(prev) && !Character.isLetterOrDigit(next)));
      if (open && !closes && isSentenceEnd(prev) && Character.isUpperCase(next)) {
        return; // "“...the concern.“That’s what ...,” he says": a mark glued to a sentence end runs the passage on
      }
      closeOr(DOUBLE, i, c, closes);
    } else if (open) {
      closeOr(DOUBLE, i, c, !(NearbyWords.isSpace(prev) && !NearbyWords.isSpace(next)));
    } else if (c == '"' ? !NearbyWords.isSpace(next) : opensAfter(prev) && !NearbyWords.isSpace(next)) {
      open(DOUBLE, i, c);
    }
  }

  private void singleMark(int i, char c) {
    if (isApostrophe(i, c)) {
      return;
    }
    boolean open = openAt[SINGLE] >= 0;
    char prev = before(i);
    char next = after(i);
    if (c == '‘' || c == '‛' || c == '‚') {
      closeOr(SINGLE, i, c, open && !NearbyWords.isSpace(prev) && !Character.isLetterOrDigit(next));
    } else if (open) {
      if (NearbyWords.isSpace(prev)) {
        if (!NearbyWords.isSpace(next)) {
          restartOrOpen(SINGLE, i, c);
        }
      } else if (!(isPossessive(i) && betterCloserAhead(i))) {
        close(SINGLE, i);
      }
    } else if (opensAfter(prev) && (Character.isLetterOrDigit(next) || familyOf(next) == DOUBLE)) {
      open(SINGLE, i, c);
    }
  }

  private void mirroredMark(int family, int i, char c) {
    if (openAt[family] < 0) {
      if (c != '」' && c != '』') {
        open(family, i, c);
      }
    } else if (c == mirror(openChar[family])) {
      close(family, i);
    } else if (c == openChar[family]) {
      restartOrOpen(family, i, c);
    }
  }

  private void closeOr(int family, int i, char c, boolean closes) {
    if (closes) {
      close(family, i);
    } else {
      restartOrOpen(family, i, c);
    }
  }

  private void restartOrOpen(int family, int i, char c) {
    endUnclosed(family, i);
    open(family, i, c);
  }

  private void open(int family, int i, char c) {
    openAt[family] = i;
    openChar[family] = c;
  }

  private void close(int family, int i) {
    int start = openAt[family] + 1;
    openAt[family] = -1;
    add(start, i, i + 1, true);
  }

  /** Ends an open passage of {@code family} that no mark closed, just before {@code end}. */
  private void endUnclosed(int family, int end) {
    if (openAt[family] < 0) {
      return;
    }
    int start = openAt[family] + 1;
    openAt[family] = -1;
    int e = end;
    while (e > start && NearbyWords.isSpace(s.charAt(e - 1))) {
      e--;
    }
    add(start, e, e, false);
  }

  private void add(int start, int end, int marksEnd, boolean closed) {
    int a = start;
    int b = end;
    while (a < b && NearbyWords.isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && NearbyWords.isSpace(s.charAt(b - 1))) {
      b--;
    }
    if (hasLetterOrDigit(a, b)) {
      pairs.add(new Pair(Span.of(a, b), Span.of(start - 1, marksEnd), closed));
    }
  }

  private boolean hasLetterOrDigit(int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** An apostrophe, not a quote mark: {@code It’s}, {@code O’Leary}, {@code ’90s}, {@code ’em}. */
  private boolean isApostrophe(int i, char c) {
    char prev = before(i);
    char next = after(i);
    if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
      return true;
    }
    if (c == '‚' || Character.isLetterOrDigit(prev)) {
      return false;
    }
    return (Character.isDigit(next) && Character.isDigit(after(i + 1))) || isElision(i + 1);
  }

  private boolean isElision(int from) {
    int end = from;
    while (end < s.length() && end - from <= 6 && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return end > from && end - from <= 6 && ELISIONS.contains(s.substring(from, end));
  }

  /** {@code nurses’ station}: a plural possessive that may be mid-passage rather than its end. */
  private boolean isPossessive(int i) {
    char prev = before(i);
    if (prev != 's' && prev != 'S' || !NearbyWords.isSpace(after(i))) {
      return false;
    }
    char word = after(i + 1);
    return Character.isLowerCase(word) || Character.isDigit(word);
  }

  /** Whether a closing single mark that is not itself a possessive follows before the passage could end. */
  private boolean betterCloserAhead(int i) {
    int limit = Math.min(s.length(), i + POSSESSIVE_LOOKAHEAD);
    for (int k = i + 1; k < limit; k++) {
      char c = s.charAt(k);
      if (c == '\n') {
        return nextLineReopens(k, limit);
      }
      if (c == '‘' || c == '‚') {
        return false;
      }
      if ((c == '’' || c == '\'') && !NearbyWords.isSpace(before(k)) && !isApostrophe(k, c) && !isPossessive(k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the line after the break at {@code lineBreak} reopens a single-mark passage (a quotation runs on). */
  private boolean nextLineReopens(int lineBreak, int limit) {
    int j = lineBreak;
    while (j < limit && NearbyWords.isSpace(s.charAt(j))) {
      j++;
    }
    return j < limit && familyOf(s.charAt(j)) == SINGLE && reopens(SINGLE, j);
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  /** Whether a mark after {@code prev} can open a passage: at a start, after a space or an opening bracket. */
  private static boolean opensAfter(char prev) {
    return NearbyWords.isSpace(prev) || "([{:;–—-/".indexOf(prev) >= 0;
  }

  private char before(int i) {
    return i > 0 ? s.charAt(i - 1) : ' ';
  }

  private char after(int i) {
    return i + 1 < s.length() ? s.charAt(i + 1) : ' ';
  }

  private static int familyOf(char c) {
    return switch (c) {
      case '“', '”', '"', '„', '‟' -> DOUBLE;
      case '‘', '’', '\'', '‚', '‛' -> SINGLE;
      case '«', '»' -> GUILLEMET;
      case '‹', '›' -> SINGLE_GUILLEMET;
      case '「', '」' -> CORNER;
      case '『', '』' -> WHITE_CORNER;
      default -> -1;
    };
  }

  private static char mirror(char c) {
    return switch (c) {
      case '«' -> '»';
      case '»' -> '«';
      case '‹' -> '›';
      case '›' -> '‹';
      case '「' -> '」';
      case '『' -> '』';
      default -> c;
    };
  }
}
