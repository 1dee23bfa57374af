package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import java.util.List;

/**
 * Benchmark-only bridge to the parser's package-private sentence stage, so it can be measured alone without
 * widening core's public API. It lives in the benchmarks module, in core's package name; it is not part of the
 * library.
 *
 * <pre>{@code
 * List<Span> sentences = SentenceSplitting.split(episode.summary().text());
 * }</pre>
 */
public final class SentenceSplitting {
  private SentenceSplitting() {}

  /** The sentences of a summary body, exactly as the parser's sentence stage finds them. */
  public static List<Span> split(String body) {
    return SentenceSplitter.split(body);
  }
}
