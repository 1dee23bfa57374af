package io.github.leadershipinterviews.parse;

/**
 * The leadership themes the parser tags episodes with.
 *
 * <pre>{@code
 * SummaryParser parser = SummaryParser.builder().themes(ThemeTaxonomy.defaults()).build();
 * }</pre>
 */
public final class ThemeTaxonomy {
  private static final ThemeTaxonomy DEFAULTS = new ThemeTaxonomy();

  private ThemeTaxonomy() {}

  // STUB: to be replaced by the theme stage.
  /** The default taxonomy shipped with the library. */
  public static ThemeTaxonomy defaults() {
    return DEFAULTS;
  }
}
