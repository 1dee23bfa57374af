package io.github.leadershipinterviews.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every cue of a taxonomy, indexed so that a sentence is matched in time linear in its length: each distinct word
 * pattern gets an id; whole words are looked up in a hash map, stems are found by walking a trie from the start
 * of the word ({@code stem*}), from its end ({@code *stem}) or from every position ({@code *stem*}, bounded by the
 * longest stem). A cue is then checked word by word from the tokens whose patterns start it.
 */
final class CueIndex {
  static final double STRONG = 1.0;
  static final double WEAK = 0.5;
  private static final int GAP = -1;
  private static final int[] NONE = {};
  private static final Compiled[] NO_CUES = {};
  /** Enough for the vocabulary of many summaries; a huge text of distinct words must not fill the memory. */
  private static final int CACHE_LIMIT = 20_000;

  /** A cue (or ignored phrase) ready to match: its theme, weight, and pattern ids ({@link #GAP} for {@code ~}). */
  private record Compiled(int theme, double weight, int[] words) {}

  private final int themeCount;
  private final Map<WordPattern, Integer> ids = new LinkedHashMap<>();
  private final Map<String, int[]> whole = new HashMap<>();
  private final Trie starts = new Trie();
  private final Trie ends = new Trie();
  private final Trie insides = new Trie();
  /** Cues and ignored phrases by the pattern id of their first word, as arrays: no boxing on the hot path. */
  private final Compiled[][] cuesByFirstWord;
  private final Compiled[][] ignoredByFirstWord;
  /**
   * Each folded word's pattern ids, shared by every text this index weighs: words repeat across summaries, and
   * finding a word's stems walks a trie from every position. Concurrent, as a taxonomy may serve many threads.
   */
  private final Map<String, int[]> patternCache = new ConcurrentHashMap<>();

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
    int[][] patterns = new int[tokens.size()][];
    for (int i = 0; i < tokens.size(); i++) {
      patterns[i] = cachedPatternsOf(tokens.folded(i));
    }
    Match match = new Match(tokens, patterns);
    match.block(ignoredByFirstWord);
    double[] weights = new double[themeCount];
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
    /** Created on the first ignored phrase: most sentences have none. */
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
              if (blocked == null) {
                blocked = new HashSet<>();
              }
              blocked.add(key(phrase.theme(), k));
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

    private boolean isBlocked(int theme, int token) {
      return blocked != null && blocked.contains(key(theme, token));
    }

    private long key(int theme, int token) {
      return ((long) theme << 32) | token;
    }
  }

  /** {@link #patternsOf(String)}, remembered until the cache holds {@value #CACHE_LIMIT} words. */
  private int[] cachedPatternsOf(String word) {
    int[] known = patternCache.get(word);
    if (known != null) {
      return known;
    }
    int[] found = patternsOf(word);
    if (patternCache.size() < CACHE_LIMIT) {
      patternCache.put(word, found);
    }
    return found;
  }

  /** The ids of every pattern that matches {@code word}, each once. */
  int[] patternsOf(String word) {
    IntList out = new IntList();
    out.addAll(whole.getOrDefault(word, NONE));
    starts.walk(word, 0, +1, out);
    ends.walk(word, word.length() - 1, -1, out);
    for (int i = 0; i < word.length(); i++) {
      insides.walk(word, i, +1, out);
    }
    return out.size == 0 ? NONE : out.toArray();
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

  /** A character trie whose nodes hold the ids of the stems that end there. */
  private static final class Trie {
    private final Map<Character, Trie> next = new HashMap<>();
    private int[] ids = NONE;

    void add(String stem, int id) {
      Trie node = this;
      for (int i = 0; i < stem.length(); i++) {
        node = node.next.computeIfAbsent(stem.charAt(i), c -> new Trie());
      }
      node.ids = concat(node.ids, new int[] {id});
    }

    /** Walks {@code word} from {@code from} in {@code step} direction, collecting ids of every stem passed. */
    void walk(String word, int from, int step, IntList out) {
      Trie node = this;
      for (int i = from; i >= 0 && i < word.length(); i += step) {
        node = node.next.get(word.charAt(i));
        if (node == null) {
          return;
        }
        out.addAll(node.ids);
      }
    }
  }

  /** A growable list of distinct ints; small, so a linear duplicate check is cheapest. */
  private static final class IntList {
    private int[] values = new int[4];
    private int size;

    void addAll(int[] ids) {
      for (int id : ids) {
        if (!has(id)) {
          if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
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
      return Arrays.copyOf(values, size);
    }
  }
}
