package io.github.leadershipinterviews.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A passage of quoted speech in the summary, who the text attributes it to, and where it stands.
 *
 * <p>{@code text} is the passage without its outer quote marks, exactly as it stands in the summary;
 * {@code span} covers exactly that text. The speaker is the person's full name even where the text says
 * {@code she} or a first name; it is absent when the text names no one.
 *
 * <pre>{@code
 * Quotation q = Quotation.builder()
 *     .text("Rest is part of the job.")
 *     .speaker("Ines Varga")
 *     .span(Span.of(120, 145))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Quotation {

  Quotation() {}

  /** The quoted words, without the enclosing quote marks. */
  public abstract String text();

  /** The full name of the person the text attributes the words to. */
  public abstract Optional<String> speaker();

  /** Where {@link #text()} stands in the summary text. */
  public abstract Span span();

  /** A builder; {@code text} and {@code span} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Quotation}. */
  public static final class Builder extends ImmutableQuotation.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Quotation", "text", text());
    Checks.notBlank("Quotation", "speaker", speaker());
    if (span().length() != text().length()) {
      throw new IllegalArgumentException("Quotation.span " + span() + " covers " + span().length()
          + " characters but Quotation.text has " + text().length() + ": " + Checks.quote(text()));
    }
  }
}
