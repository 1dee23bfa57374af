package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A set of lower-case words asked whether it holds a word of a text in lower case ({@link Locale#ROOT}): an ASCII
 * word is looked up without its lower-case copy ({@link LowerCaseTable}), any other word through the copy.
 */
final class LowerCaseWords {
  private final Set<String> words;
  private final LowerCaseTable ascii;

  LowerCaseWords(Collection<String> words) {
    this.words = Set.copyOf(words);
    Map<String, Integer> present = new HashMap<>();
    words.forEach(w -> present.put(w, 1));
    this.ascii = new LowerCaseTable(present);
  }

  /** Whether the set holds {@code text[word]} in lower case. */
  boolean containsLowered(String text, Span word) {
    if (LowerCaseTable.isAscii(text, word.start(), word.end())) {
      return ascii.get(text, word.start(), word.end()) != 0;
    }
    return words.contains(word.in(text).toLowerCase(Locale.ROOT));
  }
}
