package io.github.leadershipinterviews.parse;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

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
  /** Each word's index plus one (a {@link LowerCaseTable} keeps 0 for "absent"). */
  private final LowerCaseTable indexesPlusOne;

  /** The table of {@code words}, each at its index in iteration order; a repeated word keeps its first index. */
  FoldedWordTable(Collection<String> words) {
    Map<String, Integer> entries = new LinkedHashMap<>();
    int index = 0;
    for (String word : words) {
      entries.putIfAbsent(word, ++index);
    }
    indexesPlusOne = new LowerCaseTable(entries);
  }

  /** The index of the word {@code text[start, end)}, ASCII capitals folded, or -1 if the table lacks it. */
  int indexOf(String text, int start, int end) {
    if (!indexesPlusOne.hasKeyOfLength(end - start)) {
      return -1;   // most words of a sentence, for a table of short function words: no hash to compute
    }
    return indexOf(text, start, end, hash(text, start, end));
  }

  /**
   * {@link #indexOf(String, int, int)} given the stretch's hash {@code h}: {@code h = 31 * h + c} over its
   * characters {@code c} folded by {@link #lower}, from 0 (the caller may have read them already).
   */
  int indexOf(String text, int start, int end, int h) {
    return indexesPlusOne.get(text, start, end, h) - 1;
  }

  boolean contains(String text, int start, int end) {
    return indexOf(text, start, end) >= 0;
  }

  /** {@link String#hashCode} of {@code text[start, end)} with its ASCII capitals folded: a key's own hash. */
  private static int hash(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + lower(text.charAt(i));
    }
    return h;
  }

  /** An ASCII capital in lower case; any other character as it is (a folded word has no capital left). */
  static char lower(char c) {
    return LowerCaseTable.lower(c);
  }
}
