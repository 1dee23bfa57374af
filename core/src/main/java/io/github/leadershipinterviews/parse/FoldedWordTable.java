package io.github.leadershipinterviews.parse;

import java.util.Collection;

/**
 * An immutable set of folded words ({@link ThemeWords#fold}), each with its index, looked up straight from a
 * stretch of text: a word of the text needs no String of its own. The text side is folded on the fly for ASCII
 * letters only ({@code A-Z} to {@code a-z}), so a stretch must be ASCII or already folded; the table's own words
 * are compared as they are.
 *
 * <pre>{@code
 * FoldedWordTable t = new FoldedWordTable(List.of("und", "der"));
 * t.indexOf("Der Rat", 0, 3);   // 1
 * }</pre>
 */
final class FoldedWordTable {
  private final String[] keys;
  /** Each key's hash before {@link #mix}: compared first, so that a miss rarely reads a key. */
  private final int[] hashes;
  private final int[] indexes;
  private final int mask;

  /** The table of {@code words}, each at its index in iteration order; a repeated word keeps its first index. */
  FoldedWordTable(Collection<String> words) {
    int capacity = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;   // at most a third full
    keys = new String[capacity];
    hashes = new int[capacity];
    indexes = new int[capacity];
    mask = capacity - 1;
    int index = 0;
    for (String word : words) {
      put(word, index++);
    }
  }

  private void put(String word, int index) {
    int h = hash(word, 0, word.length());
    int slot = mix(h) & mask;
    while (keys[slot] != null) {
      if (keys[slot].equals(word)) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = word;
    hashes[slot] = h;
    indexes[slot] = index;
  }

  /** The index of the word {@code text[start, end)}, ASCII capitals folded, or -1 if the table lacks it. */
  int indexOf(String text, int start, int end) {
    return indexOf(text, start, end, hash(text, start, end));
  }

  /**
   * {@link #indexOf(String, int, int)} given the stretch's hash {@code h}: {@code h = 31 * h + c} over its
   * characters {@code c} folded by {@link #lower}, from 0 (the caller may have read them already).
   */
  int indexOf(String text, int start, int end, int h) {
    int slot = mix(h) & mask;
    for (String key = keys[slot]; key != null; key = keys[slot]) {
      if (hashes[slot] == h && matches(key, text, start, end)) {
        return indexes[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  boolean contains(String text, int start, int end) {
    return indexOf(text, start, end) >= 0;
  }

  private static boolean matches(String key, String text, int start, int end) {
    if (key.length() != end - start) {
      return false;
    }
    for (int k = 0; k < key.length(); k++) {
      if (key.charAt(k) != lower(text.charAt(start + k))) {
        return false;
      }
    }
    return true;
  }

  private static int hash(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + lower(text.charAt(i));
    }
    return h;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }

  /** An ASCII capital in lower case; any other character as it is (a folded word has no capital left). */
  static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
  }
}
