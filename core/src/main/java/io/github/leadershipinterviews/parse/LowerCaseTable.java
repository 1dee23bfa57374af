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
    int h = 0;
    for (int i = 0; i < ascii.length(); i++) {
      h = 31 * h + lower(ascii.charAt(i)); // String.hashCode of the lower-case form
    }
    for (int slot = h & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == h && equalsLowered(keys[slot], ascii)) {
        return values[slot];
      }
    }
    return 0;
  }

  private static boolean equalsLowered(String key, String ascii) {
    if (key.length() != ascii.length()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != lower(ascii.charAt(i))) {
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
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
