package io.github.leadershipinterviews.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When an episode was published, as the header states it.
 *
 * <p>A date such as {@code 11/2/2026} can be read day-first or month-first; the library never guesses:
 * {@link #date()} is then empty and {@link #readings()} holds both readings, in day-first then month-first order.
 *
 * <pre>{@code
 * PublishedDate clear = PublishedDate.of("Feb 4, 2021", LocalDate.of(2021, 2, 4));
 * PublishedDate unclear = PublishedDate.ambiguous("11/2/2026",
 *     List.of(LocalDate.of(2026, 2, 11), LocalDate.of(2026, 11, 2)));
 * }</pre>
 */
@Value.Immutable
public abstract class PublishedDate {

  PublishedDate() {}

  /** The date as written in the header. */
  public abstract String text();

  /** The date, when the text determines it. */
  public abstract Optional<LocalDate> date();

  /** The possible dates, when the text can be read more than one way; empty otherwise. */
  public abstract List<LocalDate> readings();

  /** Whether the text leaves the date open between several readings. */
  public final boolean isAmbiguous() {
    return date().isEmpty();
  }

  /** A date the text determines. */
  public static PublishedDate of(String text, LocalDate date) {
    return builder().text(text).date(date).build();
  }

  /** A date the text leaves open between {@code readings}. */
  public static PublishedDate ambiguous(String text, List<LocalDate> readings) {
    return builder().text(text).readings(readings).build();
  }

  /** A builder; {@code text} and either {@code date} or two or more {@code readings} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublishedDate}. */
  public static final class Builder extends ImmutablePublishedDate.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("PublishedDate", "text", text());
    if (date().isPresent() && !readings().isEmpty()) {
      throw new IllegalArgumentException("PublishedDate " + Checks.quote(text())
          + " has both a date and readings " + readings() + ": give one or the other");
    }
    if (date().isEmpty() && readings().size() < 2) {
      throw new IllegalArgumentException("PublishedDate " + Checks.quote(text())
          + " needs a date or at least two readings but has readings " + readings());
    }
  }
}
