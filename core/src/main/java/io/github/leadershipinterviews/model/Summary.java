package io.github.leadershipinterviews.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * The body of an episode summary: its text exactly as given, its sentences, and whether it was cut short.
 *
 * <p>All {@link Span}s in an {@link Episode} are offsets into {@link #text()}.
 *
 * <pre>{@code
 * Summary s = Summary.builder()
 *     .text("She leads. She listens...")
 *     .addSentences(Span.of(0, 10), Span.of(11, 25))
 *     .truncated(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Summary {

  Summary() {}

  /** The body text, unchanged (header lines removed, nothing rewritten). */
  public abstract String text();

  /** The sentences of the text, in order. */
  public abstract List<Span> sentences();

  /** {@code true} when the text is cut short (an unfinished sentence, {@code ...}, or a cut mid-word). */
  @Value.Default
  public boolean truncated() {
    return false;
  }

  /** Where {@link #text()} starts in the input the parser was given. */
  @Value.Default
  public int inputOffset() {
    return 0;
  }

  /** An empty summary. */
  public static Summary empty() {
    return builder().text("").build();
  }

  /** A builder; {@code text} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Summary}. */
  public static final class Builder extends ImmutableSummary.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.spansWithin("Summary", "sentences", sentences(), text().length());
    if (inputOffset() < 0) {
      throw new IllegalArgumentException("Summary.inputOffset must be >= 0 but was " + inputOffset());
    }
  }

  @Override
  public final String toString() {
    return "Summary{text=" + Checks.quote(text()) + ", sentences=" + sentences().size()
        + ", truncated=" + truncated() + "}";
  }
}
