package io.github.leadershipinterviews.parse;

/**
 * Thrown when a theme taxonomy file is malformed; the message says where and what, e.g.
 * {@code themes.txt:12: theme "x" has no label}.
 *
 * <pre>{@code
 * try {
 *   ThemeTaxonomy themes = ThemeTaxonomy.load(Path.of("themes.txt"));
 * } catch (ThemeTaxonomyException e) {
 *   System.err.println(e.getMessage());   // themes.txt:12: theme "x" has no label
 *   int line = e.line();                  // 12
 * }
 * }</pre>
 */
public final class ThemeTaxonomyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  ThemeTaxonomyException(String source, int line, String problem) {
    super(source + ":" + line + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** The name of the file or source that holds the error, as given to the loader. */
  public String source() {
    return source;
  }

  /** The 1-based line number of the error. */
  public int line() {
    return line;
  }
}
