package io.github.leadershipinterviews.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something the parser had to guess or skip: what, and where in the input it was given.
 *
 * <pre>{@code
 * for (Diagnostic d : episode.diagnostics()) {
 *   System.err.println(d);   // e.g. "unclosed-quote at 1402: quote mark opened here is never closed"
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class Diagnostic {

  Diagnostic() {}

  /** A stable, machine-readable code, e.g. {@code empty-input}, {@code unclosed-quote}, {@code ambiguous-date}. */
  public abstract String code();

  /** What happened, for a person to read. */
  public abstract String message();

  /** Where in the parser's input (not the summary text) it happened, when it has a place. */
  public abstract Optional<Span> inputSpan();

  /** A diagnostic with no particular place. */
  public static Diagnostic of(String code, String message) {
    return builder().code(code).message(message).build();
  }

  /** A diagnostic about the input range {@code where}. */
  public static Diagnostic of(String code, String message, Span where) {
    return builder().code(code).message(message).inputSpan(where).build();
  }

  /** A builder; {@code code} and {@code message} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Diagnostic}. */
  public static final class Builder extends ImmutableDiagnostic.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Diagnostic", "code", code());
    Checks.notBlank("Diagnostic", "message", message());
  }

  @Override
  public final String toString() {
    return code() + inputSpan().map(s -> " at " + s.start()).orElse("") + ": " + message();
  }
}
