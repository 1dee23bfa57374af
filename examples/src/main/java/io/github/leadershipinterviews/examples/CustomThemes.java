package io.github.leadershipinterviews.examples;

import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.ThemeMatch;
import io.github.leadershipinterviews.parse.SummaryParser;
import io.github.leadershipinterviews.parse.Theme;
import io.github.leadershipinterviews.parse.ThemeTaxonomy;
import java.util.Locale;

/**
 * Example 4: tagging episodes with your own themes: the default taxonomy extended in code, and a taxonomy of
 * your own in the file format that {@code ThemeTaxonomy.load(Path)} and the CLI's {@code --themes FILE} read.
 *
 * <pre>{@code
 * java -cp leadership-interviews.jar io.github.leadershipinterviews.examples.CustomThemes
 * }</pre>
 *
 * <p>A taxonomy is immutable; build a {@link SummaryParser} with it once and reuse the parser.
 */
public final class CustomThemes {
  /** A taxonomy of two themes of our own, as it would be written in a {@code themes.txt} file. */
  static final String OUR_THEMES = """
      # Themes our newsroom tracks
      version = newsroom-1

      [hard-choices]
      label = Hard choices
      cues = hard choice*, difficult decision*, trade-off*
      weak = budget*

      [honesty]
      label = Honesty and candour
      cues = truth, honest*, candid*
      """;

  private CustomThemes() {}

  /**
   * Tags the bundled sample with the default taxonomy plus one theme, then with a taxonomy of our own.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ThemeTaxonomy extended = ThemeTaxonomy.defaults().toBuilder()
        .add(Theme.builder().id("trust").label("Trust").addCues("trust", "trusted", "trusting").build())
        .build();
    print("Default themes plus 'trust'", SummaryParser.builder().themes(extended).build());

    ThemeTaxonomy ours = ThemeTaxonomy.parse(OUR_THEMES);
    print("Our own themes", SummaryParser.builder().themes(ours).build());
  }

  private static void print(String heading, SummaryParser parser) {
    Episode episode = parser.parse(Demo.sampleSummary());
    System.out.println(heading + ":");
    for (ThemeMatch theme : episode.themes()) {
      System.out.printf(Locale.ROOT, "  %s (%s), score %.2f, evidence sentences: %d%n",
          theme.label(), theme.id(), theme.score(), theme.evidence().size());
    }
  }
}
