package io.github.leadershipinterviews.model;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One interview episode, as its summary describes it: title, show and hosts, date and duration, categories,
 * guests with their roles, other people, organisations, works, quotations with speakers, themes, and the summary
 * text itself. Every {@link Span} in an episode is an offset into {@link Summary#text()}.
 *
 * <pre>{@code
 * Episode episode = LeadershipInterviews.parse(text);
 * episode.title().ifPresent(System.out::println);
 * for (Person guest : episode.guests()) {
 *   System.out.println(guest.name() + " " + guest.roles());
 * }
 * for (Quotation q : episode.quotations()) {
 *   System.out.println(q.speaker().orElse("?") + ": " + q.text());
 * }
 * }</pre>
 *
 * <p>Build one in code with {@link #builder()}; {@code summary} is required, everything else may stay empty.
 */
@Value.Immutable
public abstract class Episode {

  Episode() {}

  /** The episode title, with any episode code, without the guest's name where it stands apart. */
  public abstract Optional<String> title();

  /** An episode code that starts the title, e.g. {@code TLP490}, {@code S04-E03}, {@code Episode 14}. */
  public abstract Optional<String> episodeCode();

  /** The show and its hosts, when the text names either. */
  public abstract Optional<Show> show();

  /** The publication date from the header. */
  public abstract Optional<PublishedDate> published();

  /** The running time from the header. */
  public abstract Optional<Duration> duration();

  /** Category labels from the header (often none). */
  public abstract List<String> categories();

  /** The people interviewed in this episode. */
  public abstract List<Person> guests();

  /** Other people the summary names in full: not guests, not hosts. */
  public abstract List<Person> people();

  /** Organisations the summary names, each once. */
  public abstract List<Organisation> organisations();

  /** Titled works the summary mentions, each once. */
  public abstract List<Work> works();

  /** Quoted speech in the summary, in text order. */
  public abstract List<Quotation> quotations();

  /** Leadership themes the summary discusses, strongest first. */
  public abstract List<ThemeMatch> themes();

  /** The summary body the spans point into. */
  public abstract Summary summary();

  /** What the parser had to guess or skip; empty for a clean parse or an episode built in code. */
  public abstract List<Diagnostic> diagnostics();

  /** A builder; {@code summary} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Episode}. */
  public static final class Builder extends ImmutableEpisode.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Episode", "title", title());
    Checks.notBlank("Episode", "episodeCode", episodeCode());
    Checks.notBlank("Episode", "categories", categories());
    duration().ifPresent(d -> {
      if (d.isNegative()) {
        throw new IllegalArgumentException("Episode.duration must not be negative but was " + d);
      }
    });
    int length = summary().text().length();
    for (int i = 0; i < quotations().size(); i++) {
      if (quotations().get(i).span().end() > length) { // the field's name is made only for the message
        Checks.spanWithin("Episode", "quotations[" + i + "].span", quotations().get(i).span(), length);
      }
    }
    Set<String> themeIds = new HashSet<>();
    for (int i = 0; i < themes().size(); i++) {
      ThemeMatch theme = themes().get(i);
      if (!themeIds.add(theme.id())) {
        throw new IllegalArgumentException(
            "Episode.themes[" + i + "] repeats theme id " + Checks.quote(theme.id()));
      }
      Checks.spansWithin("Episode", "themes[" + i + "].evidence", theme.evidence(), length);
    }
  }
}
