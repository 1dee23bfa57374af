package io.github.leadershipinterviews.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every cue of a taxonomy, indexed so that a sentence is matched in time linear in its length: each distinct word
 * pattern gets an id; whole words are looked up in a hash map, stems are found by walking a trie from the start
 * of the word ({@code stem*}), from its end ({@code *stem}) or from every position ({@code *stem*}, bounded by the
 * longest stem). A cue is then checked word by word from the tokens whose patterns start it.
 *
 * <p>Words are looked up where they stand in the text ({@link #patternsOf(String, int, int, IntList)}): the index is
 * immutable once built, and a word needs no String of its own.
 */
final class CueIndex {
  static final double STRONG = 1.0;
  static final double WEAK = 0.5;
  private static final int GAP = -1;
  private static final int[] NONE = {};
  private static final Compiled[] NO_CUES = {};

  /** A cue (or ignored phrase) ready to match: its theme, weight, and pattern ids ({@link #GAP} for {@code ~}). */
  private record Compiled(int theme, double weight, int[] words) {}

  private final int themeCount;
  private final Map<WordPattern, Integer> ids = new LinkedHashMap<>();
  /** Whole-word stems and their pattern ids while the index is built; then {@link #wholeWords}. */
  private final Map<String, int[]> whole = new LinkedHashMap<>();
  private final FoldedWordTable wholeWords;
  /** The pattern ids of each whole word, by its index in {@link #wholeWords}. */
  private final int[][] wholeIds;
  private final Trie starts = new Trie();
  private final Trie ends = new Trie();
  private final Trie insides = new Trie();
  /** Cues and ignored phrases by the pattern id of their first word, as arrays: no boxing on the hot path. */
  private final Compiled[][] cuesByFirstWord;
  private final Compiled[][] ignoredByFirstWord;

  CueIndex(List<Theme> themes) {
    this.themeCount = themes.size();
    Map<Integer, List<Compiled>> cues = new HashMap<>();
    Map<Integer, List<Compiled>> ignored = new HashMap<>();
    for (int t = 0; t < themes.size(); t++) {
      Theme theme = themes.get(t);
      int themeIndex = t;
      theme.parsedCues().forEach(c -> addCue(cues, themeIndex, c, STRONG));
      theme.parsedWeakCues().forEach(c -> addCue(cues, themeIndex, c, WEAK));
      theme.parsedIgnored().forEach(c -> addCue(ignored, themeIndex, c, 0));
    }
    cuesByFirstWord = byId(cues);
    ignoredByFirstWord = byId(ignored);
    wholeWords = new FoldedWordTable(whole.keySet());
    wholeIds = whole.values().toArray(new int[0][]);
    starts.freezeRoot();
    ends.freezeRoot();
    insides.freezeRoot();
  }

  private Compiled[][] byId(Map<Integer, List<Compiled>> map) {
    Compiled[][] out = new Compiled[ids.size()][];
    Arrays.fill(out, NO_CUES);
    map.forEach((id, list) -> out[id] = list.toArray(NO_CUES));
    return out;
  }

  private void addCue(Map<Integer, List<Compiled>> target, int theme, Cue cue, double weight) {
    int[] words = cue.words().stream().mapToInt(w -> w == null ? GAP : idOf(w)).toArray();
    target.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Compiled(theme, weight, words));
  }

  private int idOf(WordPattern w) {
    Integer known = ids.get(w);
    if (known != null) {
      return known;
    }
    int id = ids.size();
    ids.put(w, id);
    switch (w.kind()) {
      case WHOLE -> whole.merge(w.stem(), new int[] {id}, CueIndex::concat);
      case START -> starts.add(w.stem(), id);
      case END -> ends.add(new StringBuilder(w.stem()).reverse().toString(), id);
      case INSIDE -> insides.add(w.stem(), id);
    }
    return id;
  }

  /**
   * How much each theme's cues weigh in one sentence, indexed like the taxonomy's themes: the weight of its
   * heaviest matching cue, so 1 with a strong cue, ½ with weak cues only, 0 without. A cue counts only where it
   * matches words that are neither part of a name nor covered by one of the theme's ignored phrases. The
   */
  double[] weigh(ThemeWords tokens) {
    return weigh(tokens, new double[themeCount]);
  }

  /**
   * {@link #weigh(ThemeWords)} into {@code weights} (one per theme), which it zeroes first: a caller weighing
   * sentence after sentence keeps one array.
   */
  double[] weigh(ThemeWords tokens, double[] weights) {
    Arrays.fill(weights, 0);
    int[][] patterns = new int[tokens.size()][];
    IntList scratch = new IntList();   // one for the sentence: each word's ids are copied out of it
    for (int i = 0; i < tokens.size(); i++) {
      patterns[i] = tokens.patterns(i, this, scratch);
    }
    Match match = new Match(tokens, patterns);
    match.block(ignoredByFirstWord);
    for (int i = 0; i < patterns.length; i++) {
      for (int p : patterns[i]) {
        for (Compiled cue : cuesByFirstWord[p]) {
          if (cue.weight() > weights[cue.theme()] && match.end(cue, 0, i, true) >= 0) {
            weights[cue.theme()] = cue.weight();
          }
        }
      }
    }
    return weights;
  }

  /** Matching state for one sentence: its tokens, their pattern ids, and which tokens each theme ignores. */
  private static final class Match {
    private final ThemeWords tokens;
    private final int[][] patterns;
    /**
     * Per token, a bit for each theme (of the first 64) that ignores it; created on the first ignored phrase, as
     * most sentences have none.
     */
    private long[] blockedThemes;
    /** The (theme, token) pairs blocked for a theme past the 64th; created on the first such. */
    private Set<Long> blocked;

    Match(ThemeWords tokens, int[][] patterns) {
      this.tokens = tokens;
      this.patterns = patterns;
    }

    /** Marks every token covered by an ignored phrase as blocked for that phrase's theme. */
    void block(Compiled[][] ignoredByFirstWord) {
      for (int i = 0; i < patterns.length; i++) {
        for (int p : patterns[i]) {
          for (Compiled phrase : ignoredByFirstWord[p]) {
            int end = end(phrase, 0, i, false);
            for (int k = i; k < end; k++) {
              block(phrase.theme(), k);
            }
          }
        }
      }
    }

    /**
     * Where a match of words {@code k..} of {@code cue} from token {@code pos} ends (exclusive), or -1. A
     * {@code strict} match uses no name-like or blocked token; gaps skip up to {@value Cue#MAX_GAP} tokens.
     */
    int end(Compiled cue, int k, int pos, boolean strict) {
      if (k == cue.words().length) {
        return pos;
      }
      int word = cue.words()[k];
      if (word == GAP) {
        for (int skip = 0; skip <= Cue.MAX_GAP; skip++) {
          int end = end(cue, k + 1, pos + skip, strict);
          if (end >= 0) {
            return end;
          }
        }
        return -1;
      }
      boolean ok = pos < patterns.length && contains(patterns[pos], word)
          && !(strict && (tokens.isNameLike(pos) || isBlocked(cue.theme(), pos)));
      return ok ? end(cue, k + 1, pos + 1, strict) : -1;
    }

    private void block(int theme, int token) {
      if (theme < Long.SIZE) {
        blockedThemes = blockedThemes == null ? new long[patterns.length] : blockedThemes;
        blockedThemes[token] |= 1L << theme;
      } else {
        blocked = blocked == null ? new HashSet<>() : blocked;
        blocked.add(key(theme, token));
      }
    }

    private boolean isBlocked(int theme, int token) {
      if (theme < Long.SIZE) {
        return blockedThemes != null && (blockedThemes[token] & (1L << theme)) != 0;
      }
      return blocked != null && blocked.contains(key(theme, token));
    }

    private long key(int theme, int token) {
      return ((long) theme << 32) | token;
    }
  }

  /**
   * The ids of every pattern that matches the folded word {@code text[start, end)}, each once. The stretch must be
   * ASCII or already folded: ASCII capitals are folded on the fly ({@link FoldedWordTable#lower}). The ids are
   * collected in {@code out}, emptied first and shared by a sentence's words, and copied out of it.
   */
  int[] patternsOf(String text, int start, int end, IntList out) {
    out.clear();
    if (end - start > Long.SIZE || !(starts.isFiltered() && ends.isFiltered() && insides.isFiltered())) {
      return patternsByWalking(text, start, end, out);
    }
    int hash = 0;
    char a = 0;
    char b = 0;
    long insideFrom = 0;   // bit k: a *stem* may start at start + k
    boolean startOpens = false;
    for (int i = start; i < end; i++) {
      char c = FoldedWordTable.lower(text.charAt(i));
      hash = 31 * hash + c;
      if (i - start >= 2) {
        int opening = Trie.opening(a, b, c);
        insideFrom |= insides.opensWith(opening) ? 1L << (i - 2 - start) : 0;
        startOpens |= i - start == 2 && starts.opensWith(opening);
      }
      a = b;
      b = c;
    }
    int w = wholeWords.indexOf(text, start, end, hash);
    boolean endOpens = end - start >= 3
        && ends.opensWith(Trie.opening(b, a, FoldedWordTable.lower(text.charAt(end - 3))));
    if (!startOpens && !endOpens && insideFrom == 0) {
      return w >= 0 ? wholeIds[w] : NONE;   // shared, never written: most words need no array of their own
    }
    if (w >= 0) {
      out.addAll(wholeIds[w]);
    }
    if (startOpens) {
      starts.walk(text, start, end, start, +1, out);
    }
    if (endOpens) {
      ends.walk(text, start, end, end - 1, -1, out);
    }
    for (long m = insideFrom; m != 0; m &= m - 1) {
      insides.walk(text, start, end, start + Long.numberOfTrailingZeros(m), +1, out);
    }
    return out.toArray();
  }

  /**
   * {@link #patternsOf} for a long word, or an index with a stem too short for the tries' filters: every walk is
   * taken, each checked against its trie's filter if it has one.
   */
  private int[] patternsByWalking(String text, int start, int end, IntList out) {
    int w = wholeWords.indexOf(text, start, end);
    if (w >= 0) {
      out.addAll(wholeIds[w]);
    }
    starts.walkFiltered(text, start, end, start, +1, out);
    ends.walkFiltered(text, start, end, end - 1, -1, out);
    for (int i = start; i < end; i++) {
      insides.walkFiltered(text, start, end, i, +1, out);
    }
    return out.toArray();
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /**
   * A character trie whose nodes hold the ids of the stems that end there. Built with a map per node, then
   * frozen into arrays: a node's children in a short array scanned in order, and those of a node with many
   * children (the root) also in a table by ASCII character.
   */
  private static final class Trie {
    private static final Trie[] LEAF = {};
    private static final int TABLE_FROM = 8;
    private static final int FILTER_LENGTH = 3;
    private static final int FILTER_SHIFT = 12;
    private static final int FILTER_BITS = 1 << FILTER_SHIFT;
    private Map<Character, Trie> building = new LinkedHashMap<>();
    private char[] keys;
    private Trie[] children = LEAF;
    private Trie[] ascii;
    private int[] ids = NONE;
    /**
     * At the root, when no stem is shorter than {@value #FILTER_LENGTH} characters: a small Bloom filter of the
     * first {@value #FILTER_LENGTH} characters of the stems. A walk whose first characters are not in it would
     * find nothing, and most walks (one from every position of a word for {@code *stem*}) are such.
     */
    private long[] opening;

    void add(String stem, int id) {
      Trie node = this;
      for (int i = 0; i < stem.length(); i++) {
        node = node.building.computeIfAbsent(stem.charAt(i), c -> new Trie());
      }
      node.ids = concat(node.ids, new int[] {id});
    }

    /** Freezes the trie whose root this is, and fills its {@link #opening} filter. */
    void freezeRoot() {
      freeze();
      long[] filter = new long[FILTER_BITS / 64];
      if (fillOpening(this, 0, 0, filter)) {
        opening = filter;
      }
    }

    /** Adds the openings below {@code node} at {@code depth}; false if a stem ends before the filter's length. */
    private static boolean fillOpening(Trie node, int depth, int hash, long[] filter) {
      if (depth == FILTER_LENGTH) {
        filter[hash >>> 6] |= 1L << hash;
        return true;
      }
      if (depth > 0 && node.ids.length > 0) {
        return false;
      }
      for (int k = 0; k < node.keys.length; k++) {
        if (!fillOpening(node.children[k], depth + 1, step(hash, depth, node.keys[k]), filter)) {
          return false;
        }
      }
      return true;
    }

    /** The filter hash of the first {@code depth + 1} characters, from that of the first {@code depth}. */
    private static int step(int hash, int depth, char c) {
      int h = hash * 31 + c;
      return depth + 1 == FILTER_LENGTH ? (h * 0x9E3779B9) >>> (32 - FILTER_SHIFT) : h;
    }

    /** Turns the maps into arrays, here and below; the trie is read-only from then on. */
    private void freeze() {
      keys = new char[building.size()];
      children = building.values().toArray(LEAF);
      int k = 0;
      for (char c : building.keySet()) {
        keys[k++] = c;
      }
      if (keys.length >= TABLE_FROM) {
        ascii = new Trie[128];
        for (k = 0; k < keys.length; k++) {
          if (keys[k] < 128) {
            ascii[keys[k]] = children[k];
          }
        }
      }
      building = null;
      for (Trie child : children) {
        child.freeze();
      }
    }

    /** Whether the root's {@link #opening} filter rules out any stem from {@code from}. */
    private boolean cannotStart(String text, int start, int end, int from, int direction) {
      int last = from + (FILTER_LENGTH - 1) * direction;
      if (last < start || last >= end) {
        return true;   // fewer characters left than any stem has
      }
      int hash = 0;
      for (int d = 0, i = from; d < FILTER_LENGTH; d++, i += direction) {
        hash = step(hash, d, FoldedWordTable.lower(text.charAt(i)));
      }
      return (opening[hash >>> 6] & (1L << hash)) == 0;
    }

    private Trie child(char c) {
      if (ascii != null && c < 128) {
        return ascii[c];
      }
      for (int k = 0; k < keys.length; k++) {
        if (keys[k] == c) {
          return children[k];
        }
      }
      return null;
    }

    /**
     * Walks the word {@code text[start, end)} from {@code from} in {@code step} direction, ASCII capitals folded,
     * collecting ids of every stem passed.
     */
    void walkFiltered(String text, int start, int end, int from, int step, IntList out) {
      if (opening == null || !cannotStart(text, start, end, from, step)) {
        walk(text, start, end, from, step, out);
      }
    }

    /** Whether the root has a filter: no stem shorter than {@value #FILTER_LENGTH} characters. */
    boolean isFiltered() {
      return opening != null;
    }

    /** Whether a stem may start with the characters whose {@link #opening(char, char, char)} this is. */
    boolean opensWith(int opening) {
      return (this.opening[opening >>> 6] & (1L << opening)) != 0;
    }

    /** The filter hash of three characters (folded), as {@link #step} gives it. */
    static int opening(char a, char b, char c) {
      return step(step(step(0, 0, a), 1, b), 2, c);
    }

    /** Like {@link #walkFiltered} but without a look at the filter: the caller has looked. */
    void walk(String text, int start, int end, int from, int step, IntList out) {
      Trie node = this;
      for (int i = from; i >= start && i < end; i += step) {
        node = node.child(FoldedWordTable.lower(text.charAt(i)));
        if (node == null) {
          return;
        }
        out.addAll(node.ids);
      }
    }
  }

  /**
   * A growable list of distinct ints; small, so a linear duplicate check is cheapest. Empty until first used;
   * reusable ({@link #clear}), so that a sentence's words share one.
   */
  static final class IntList {
    private int[] values = NONE;
    private int size;

    void addAll(int[] ids) {
      for (int id : ids) {
        if (!has(id)) {
          if (size == values.length) {
            values = Arrays.copyOf(values, Math.max(4, size * 2));
          }
          values[size++] = id;
        }
      }
    }

    private boolean has(int id) {
      for (int i = 0; i < size; i++) {
        if (values[i] == id) {
          return true;
        }
      }
      return false;
    }

    int[] toArray() {
      return size == 0 ? NONE : Arrays.copyOf(values, size);
    }

    void clear() {
      size = 0;
    }
  }
}
