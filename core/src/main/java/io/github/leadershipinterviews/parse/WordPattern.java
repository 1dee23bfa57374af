package io.github.leadershipinterviews.parse;

import java.util.Objects;

/**
 * One word of a theme cue, already folded to lower case: matched against a whole word ({@code trust}), its start
 * ({@code empower*}), its end ({@code *kris}) or anywhere inside it ({@code *stress*}, for compound words).
 */
final class WordPattern {

  /** Where the stem must sit inside a word. */
  enum Kind { WHOLE, START, END, INSIDE }

  /** Wildcard stems shorter than this would match far too many words ({@code a*}). */
  static final int MIN_STEM_LENGTH = 3;

  private final Kind kind;
  private final String stem;

  WordPattern(Kind kind, String stem) {
    this.kind = kind;
    this.stem = stem;
  }

  Kind kind() {
    return kind;
  }

  String stem() {
    return stem;
  }

  /** Whether this pattern matches {@code word} (folded). */
  boolean matches(String word) {
    return switch (kind) {
      case WHOLE -> word.equals(stem);
      case START -> word.startsWith(stem);
      case END -> word.endsWith(stem);
      case INSIDE -> word.contains(stem);
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WordPattern w && w.kind == kind && w.stem.equals(stem);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, stem);
  }

  @Override
  public String toString() {
    boolean lead = kind == Kind.END || kind == Kind.INSIDE;
    boolean trail = kind == Kind.START || kind == Kind.INSIDE;
    return (lead ? "*" : "") + stem + (trail ? "*" : "");
  }
}
