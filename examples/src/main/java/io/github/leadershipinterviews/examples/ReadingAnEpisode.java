package io.github.leadershipinterviews.examples;

import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.Person;
import io.github.leadershipinterviews.model.Quotation;
import io.github.leadershipinterviews.model.Role;
import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.model.ThemeMatch;
import io.github.leadershipinterviews.parse.SummaryParser;

/**
 * Example 2: parsing a summary in code and reading what the parser found: guests with their roles, quotations
 * with their speakers, and themes with the sentences that are their evidence.
 *
 * <pre>{@code
 * java -cp leadership-interviews.jar io.github.leadershipinterviews.examples.ReadingAnEpisode
 * }</pre>
 *
 * <p>Every span ({@link Span}) is an offset into {@code episode.summary().text()}: {@code span.in(text)} gives back
 * the words, e.g. to highlight a quotation or a theme's evidence in a user interface.
 */
public final class ReadingAnEpisode {
  /** A fictional summary, as copied from a podcast page. */
  static final String SUMMARY = """
      Episode 12: Priya Castellane on leading through a merger
      Leading Well Today - Podcast by Jonah Weller

      Priya Castellane is Chief Operating Officer of Northbridge Housing Association (NHA) and formerly \
      Head of Tenant Services at Larkspur Homes. She joins Jonah to talk about merging two organisations \
      with very different cultures. “You cannot merge spreadsheets and hope the people follow,” Priya says. \
      She describes how teams from both sides co-designed the new service with tenants, and why she made \
      time for difficult conversations early. “Honest feedback in the first month saved us a year of \
      quiet resentment,” she adds.
      """;

  private ReadingAnEpisode() {}

  /**
   * Parses {@link #SUMMARY} and prints guests, quotations and themes.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    SummaryParser parser = SummaryParser.defaults(); // thread-safe: build or fetch once, reuse everywhere
    Episode episode = parser.parse(SUMMARY);
    String text = episode.summary().text();

    System.out.println("Title: " + episode.title().orElse("(none)"));
    for (Person guest : episode.guests()) {
      System.out.println("Guest: " + guest.name());
      for (Role role : guest.roles()) {
        String organisation = role.organisation().map(o -> o.name() + o.acronym().map(a -> " (" + a + ")")
            .orElse("")).orElse("(no organisation)");
        System.out.println("  " + (role.current() ? "is " : "was ") + role.title() + " at " + organisation);
      }
    }
    for (Quotation quotation : episode.quotations()) {
      System.out.println("Quotation by " + quotation.speaker().orElse("an unknown speaker") + ": "
          + quotation.text() + "  [chars " + quotation.span().start() + "-" + quotation.span().end() + "]");
    }
    for (ThemeMatch theme : episode.themes()) {
      System.out.printf("Theme %s (%s), score %.2f%n", theme.label(), theme.id(), theme.score());
      for (Span evidence : theme.evidence()) {
        System.out.println("  because: " + evidence.in(text));
      }
    }
    episode.diagnostics().forEach(d -> System.out.println("Note: " + d.code() + ": " + d.message()));
  }
}
