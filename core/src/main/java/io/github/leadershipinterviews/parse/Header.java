package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Diagnostic;
import io.github.leadershipinterviews.model.PublishedDate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the lines before the prose say, and where the summary body lies in the input.
 *
 * @param title the episode title (code kept, guest name removed where it stands apart)
 * @param episodeCode a code that starts the title ({@code TLP490}, {@code S04-E03})
 * @param titleGuests people the header names as this episode's guests: the title line, then a {@code Guest:} line
 * @param showName the show, from a header line or a body phrase ("In this episode of X, ...")
 * @param hosts the hosts, from a header line or a body phrase
 * @param published the publication date from a date line (ambiguous day/month order left open)
 * @param duration the running time from a date or duration line
 * @param categories labels after a category label ({@code Categories: Business}) or a bullet category line
 * @param bodyStart input offset where the summary body starts
 * @param bodyEnd input offset where the summary body ends (before a hosting-service footer, if any)
 * @param diagnostics what the header stage skipped or guessed, with input spans
 */
record Header(
    Optional<String> title,
    Optional<String> episodeCode,
    List<PersonName> titleGuests,
    Optional<String> showName,
    List<PersonName> hosts,
    Optional<PublishedDate> published,
    Optional<Duration> duration,
    List<String> categories,
    int bodyStart,
    int bodyEnd,
    List<Diagnostic> diagnostics) {

  Header {
    titleGuests = List.copyOf(titleGuests);
    hosts = List.copyOf(hosts);
    categories = List.copyOf(categories);
    diagnostics = List.copyOf(diagnostics);
  }

  /** A header that holds nothing: the whole input is body. */
  static Header none(String input) {
    return new Header(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), List.of(),
        Optional.empty(), Optional.empty(), List.of(), 0, input.length(), List.of());
  }
}
