package io.github.leadershipinterviews.parse;

/**
 * Thrown when a summary is longer than the parser's configured limit ({@link SummaryParser.Builder#maxInputLength}).
 *
 * <pre>{@code
 * try {
 *   parser.parse(text);
 * } catch (InputTooLongException e) {
 *   log.warn("skipped: {} chars over the limit of {}", e.length(), e.limit());
 * }
 * }</pre>
 */
public final class InputTooLongException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int length;
  private final int limit;

  InputTooLongException(int length, int limit) {
    super("input is " + length + " characters long, over the limit of " + limit
        + " (SummaryParser.Builder.maxInputLength)");
    this.length = length;
    this.limit = limit;
  }

  /** The length of the rejected input, in characters. */
  public int length() {
    return length;
  }

  /** The configured limit, in characters. */
  public int limit() {
    return limit;
  }
}
