package io.github.leadershipinterviews.parse;

import java.util.Map;

/**
 * Lower-case words to int bits, looked up by an ASCII word <em>as if</em> it were lower-cased: the hash and the
 * comparison fold each character on the fly, so that the look-up of a capitalised word ({@code Episode}) makes no
 * lower-case copy. Only for ASCII words, whose lower case ({@link java.util.Locale#ROOT}) is {@code A-Z} to
 * {@code a-z} and nothing else. Open addressing with linear probing; immutable once built. Each slot's hash and
 * value sit side by side in one array, so that a miss (the common case) reads no key.
 */
final class LowerCaseTable {
  private final String[] keys;
  /** Slot {@code s}: hash at {@code 2s}, value at {@code 2s + 1}; value 0 marks an empty slot. */
  private final int[] hashesAndValues;
  private final int mask;
  /** The shortest and longest key: a word of another length is looked up without reading its characters. */
  private final int minLength;
  private final int maxLength;
  /** What {@link #asciiLowerHash} answers for a word with a character outside ASCII: no hash is negative. */
  static final long NOT_ASCII = -1;

  /** {@code entries}' values must not be 0 (0 is the answer for a word not in the table). */
  LowerCaseTable(Map<String, Integer> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 2) - 1) << 1; // load factor at most 1/2
    keys = new String[size];
    hashesAndValues = new int[2 * size];
    mask = size - 1;
    minLength = entries.keySet().stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
    maxLength = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
    entries.forEach((key, value) -> {
      if (value == 0) {
        throw new IllegalArgumentException("value 0 for \"" + key + "\": 0 means absent");
      }
      int slot = key.hashCode() & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      hashesAndValues[2 * slot] = key.hashCode();
      hashesAndValues[2 * slot + 1] = value;
    });
  }

  /** The value of the lower-case form of {@code ascii} (an ASCII word), or 0 if it has none. */
  int get(String ascii) {
    return get(ascii, 0, ascii.length());
  }

  /** The value of the lower-case form of {@code s[from, to)} (ASCII characters only), or 0 if it has none. */
  int get(String s, int from, int to) {
    return hasKeyOfLength(to - from) ? get(s, from, to, (int) asciiLowerHash(s, from, to)) : 0;
  }

  /** Whether some key is {@code length} characters long, as far as the shortest and longest keys tell. */
  boolean hasKeyOfLength(int length) {
    return length >= minLength && length <= maxLength;
  }

  /**
   * As {@link #get(String, int, int)}, for a caller that knows {@code h}, the {@link #asciiLowerHash} of the word.
   * Also right for a word with other characters than ASCII when those are already in lower case (a folded word),
   * with {@code h} its {@link String#hashCode} after folding its ASCII capitals.
   */
  int get(String s, int from, int to, int h) {
    if (!hasKeyOfLength(to - from)) {
      return 0;   // no slot to read
    }
    for (int slot = h & mask; hashesAndValues[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
      if (hashesAndValues[2 * slot] == h && equalsLowered(keys[slot], s, from, to)) {
        return hashesAndValues[2 * slot + 1];
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

  /**
   * {@link String#hashCode} of the lower-case form of {@code s[from, to)} as an unsigned int, if all its
   * characters are ASCII; else {@link #NOT_ASCII}.
   */
  static long asciiLowerHash(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return NOT_ASCII;
      }
      h = 31 * h + lower(c);
    }
    return Integer.toUnsignedLong(h);
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
