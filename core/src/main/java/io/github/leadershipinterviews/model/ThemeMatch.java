package io.github.leadershipinterviews.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A leadership theme the summary discusses: the theme's id and label, a confidence score in {@code [0, 1]}, and
 * the sentences that are its evidence.
 *
 * <pre>{@code
 * ThemeMatch m = ThemeMatch.builder()
 *     .id("wellbeing").label("Wellbeing and resilience").score(0.8)
 *     .addEvidence(Span.of(0, 57))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ThemeMatch {

  ThemeMatch() {}

  /** The theme's stable id from the taxonomy, e.g. {@code wellbeing}. */
  public abstract String id();

  /** The theme's human-readable label. */
  public abstract String label();

  /** How strongly the summary discusses the theme, from 0 (barely) to 1 (centrally). */
  public abstract double score();

  /** The spans of the sentences that discuss the theme, in text order. */
  public abstract List<Span> evidence();

  /** A builder; {@code id}, {@code label} and {@code score} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ThemeMatch}. */
  public static final class Builder extends ImmutableThemeMatch.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("ThemeMatch", "id", id());
    Checks.notBlank("ThemeMatch", "label", label());
    if (!(score() >= 0.0 && score() <= 1.0)) {
      throw new IllegalArgumentException("ThemeMatch.score must be in [0, 1] but was " + score()
          + " (theme " + Checks.quote(id()) + ")");
    }
  }
}
