package io.github.leadershipinterviews.model;

import org.immutables.value.Value;

/**
 * A half-open range {@code [start, end)} of character offsets (UTF-16 code units, as {@link String#substring}
 * counts them) into a {@link Summary}'s text.
 *
 * <pre>{@code
 * Span span = Span.of(4, 9);
 * String word = span.in("The quick fox");   // "quick"
 * }</pre>
 */
@Value.Immutable
public abstract class Span implements Comparable<Span> {

  Span() {}

  /** The first offset in the span. */
  @Value.Parameter
  public abstract int start();

  /** The offset just past the span's last character. */
  @Value.Parameter
  public abstract int end();

  /** Returns the span {@code [start, end)}; throws {@link IllegalArgumentException} if negative or inverted. */
  public static Span of(int start, int end) {
    return ImmutableSpan.of(start, end);
  }

  /** The number of characters covered. */
  public final int length() {
    return end() - start();
  }

  /** The text this span covers in {@code text}. */
  public final String in(CharSequence text) {
    return text.subSequence(start(), end()).toString();
  }

  /** Whether {@code other} lies wholly inside this span. */
  public final boolean contains(Span other) {
    return start() <= other.start() && other.end() <= end();
  }

  @Override
  public final int compareTo(Span other) {
    int byStart = Integer.compare(start(), other.start());
    return byStart != 0 ? byStart : Integer.compare(end(), other.end());
  }

  @Value.Check
  final void check() {
    if (start() < 0) {
      throw new IllegalArgumentException("Span.start must be >= 0 but was " + start());
    }
    if (end() < start()) {
      throw new IllegalArgumentException(
          "Span.end must be >= start but was [" + start() + ", " + end() + ")");
    }
  }

  @Override
  public final String toString() {
    return "[" + start() + ", " + end() + ")";
  }
}
