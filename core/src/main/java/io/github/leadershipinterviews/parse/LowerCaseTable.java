package io.github.leadershipinterviews.parse;

import java.util.Map;

/**
 * Lower-case words to int bits, looked up by an ASCII word <em>as if</em> it were lower-cased: the hash and the
 * comparison fold each character on the fly, so that the look-up of a capitalised word ({@code Episode}) makes no
 * lower-case copy. Only for ASCII words, whose lower case ({@link java.util.Locale#ROOT}) is {@code A-Z} to
 * {@code a-z} and nothing else. Open addressing with linear probing; immutable once built.
 */
final class LowerCaseTable {
  private final String[] keys;
  private final int[] hashes;
  private final int[] values;
  private final int mask;

  LowerCaseTable(Map<String, Integer> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1; // load factor at most 1/4
    keys = new String[size];
    hashes = new int[size];
    values = new int[size];
    mask = size - 1;
    entries.forEach((key, value) -> {
      int slot = key.hashCode() & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      hashes[slot] = key.hashCode();
      values[slot] = value;
    });
  }

  /** The value of the lower-case form of {@code ascii} (an ASCII word), or 0 if it has none. */
  int get(String ascii) {
    return get(ascii, 0, ascii.length());
  }

  /** The value of the lower-case form of {@code s[from, to)} (ASCII characters only), or 0 if it has none. */
  int get(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + lower(s.charAt(i)); // String.hashCode of the lower-case form
    }
    for (int slot = h & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == h && equalsLowered(keys[slot], s, from, to)) {
        return values[slot];
      }
    }
    return 0;
  }

  private static boolean equalsLowered(String key, String s, int from, int to) {
    if (key.length() != to - from) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != lower(s.charAt(from + i))) {
        return false;
      }
    }
    return true;
  }

  static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** Whether every character of {@code s} is ASCII. */
  static boolean isAscii(String s) {
    return isAscii(s, 0, s.length());
  }

  /** Whether every character of {@code s[from, to)} is ASCII. */
  static boolean isAscii(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
