package io.github.leadershipinterviews.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A parsed cue phrase: a sequence of {@link WordPattern}s and gaps. Syntax (documented for users on
 * {@link Theme}): words separated by spaces; {@code *} at the start or end of a word is a wildcard; {@code ~} stands
 * for up to {@value #MAX_GAP} words of any kind. Words are split and folded exactly as the text is
 * ({@link ThemeWords#fold}), so {@code well-being} is the two words {@code well being}.
 */
final class Cue {
  /** The most words a {@code ~} may skip. */
  static final int MAX_GAP = 2;

  /** A {@code null} element of {@link #words()} is a gap. */
  private final List<WordPattern> words;
  private final String text;

  private Cue(String text, List<WordPattern> words) {
    this.text = text;
    this.words = words;
  }

  /** The words; a {@code null} element is a gap ({@code ~}). */
  List<WordPattern> words() {
    return words;
  }

  String text() {
    return text;
  }

  /**
   * Parses a cue.
   *
   * @throws IllegalArgumentException saying what is wrong with the cue, quoting it
   */
  static Cue parse(String cue) {
    List<WordPattern> words = new ArrayList<>();
    for (String part : cue.strip().split("\\s+")) {
      if (part.equals("~")) {
        words.add(null);
      } else {
        addWords(cue, part, words);
      }
    }
    if (words.isEmpty() || words.get(0) == null || words.get(words.size() - 1) == null) {
      throw invalid(cue, "must start and end with a word, not with ~");
    }
    return new Cue(cue.strip(), Collections.unmodifiableList(words));
  }

  private static void addWords(String cue, String part, List<WordPattern> out) {
    boolean lead = part.startsWith("*");
    boolean trail = part.length() > 1 && part.endsWith("*");
    String middle = part.substring(lead ? 1 : 0, part.length() - (trail ? 1 : 0));
    if (middle.indexOf('*') >= 0) {
      throw invalid(cue, "has * inside a word; put it at the start or the end of a word");
    }
    List<String> folded = ThemeWords.foldedWords(middle);
    if (folded.isEmpty()) {
      throw invalid(cue, "has a word without letters or digits: \"" + part + "\"");
    }
    for (int i = 0; i < folded.size(); i++) {
      boolean start = lead && i == 0;
      boolean end = trail && i == folded.size() - 1;
      out.add(pattern(cue, folded.get(i), start, end));
    }
  }

  private static WordPattern pattern(String cue, String stem, boolean lead, boolean trail) {
    if ((lead || trail) && stem.length() < WordPattern.MIN_STEM_LENGTH) {
      throw invalid(cue, "has a wildcard stem shorter than " + WordPattern.MIN_STEM_LENGTH + " characters: \""
          + stem + "\"");
    }
    WordPattern.Kind kind = lead && trail ? WordPattern.Kind.INSIDE
        : lead ? WordPattern.Kind.END
        : trail ? WordPattern.Kind.START
        : WordPattern.Kind.WHOLE;
    return new WordPattern(kind, stem);
  }

  private static IllegalArgumentException invalid(String cue, String problem) {
    return new IllegalArgumentException("cue \"" + cue.strip() + "\" " + problem);
  }

  @Override
  public String toString() {
    return text;
  }
}
