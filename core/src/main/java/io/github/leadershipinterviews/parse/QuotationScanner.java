package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Diagnostic;
import io.github.leadershipinterviews.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage 3: pairs quote marks in the body and classifies each quoted passage as speech, a title or a term.
 *
 * <pre>{@code
 * List<QuotedPassage> quotes = QuotationScanner.scan("She says “Be kind, always,” and smiles.");
 * quotes.get(0).text().in(body);   // "Be kind, always,"
 * quotes.get(0).kind();            // SPEECH
 * }</pre>
 *
 * <p>Pairing is {@link MarkPairer}'s (one linear pass), classification {@link QuoteClassifier}'s.
 */
final class QuotationScanner {
  private QuotationScanner() {}

  /** Every quoted passage of {@code body}, in text order. */
  static List<QuotedPassage> scan(String body) {
    return scan(body, Optional.empty());
  }

  /**
   * Every quoted passage of {@code body}, in text order; a passage that repeats {@code episodeTitle} is a title.
   */
  static List<QuotedPassage> scan(String body, Optional<String> episodeTitle) {
    QuoteClassifier classifier = new QuoteClassifier(body, episodeTitle);
    List<QuotedPassage> out = new ArrayList<>();
    QuotedPassage previous = null;
    for (MarkPairer.Pair pair : MarkPairer.pair(body)) {
      QuotedPassage.Kind kind = classifier.classify(pair.text(), pair.marks());
      boolean run = previous != null && classifier.continuesTitleRun(previous.marks(), pair.marks());
      if (run && previous.kind() == QuotedPassage.Kind.TITLE) {
        kind = QuotedPassage.Kind.TITLE;
      } else if (run && kind == QuotedPassage.Kind.TITLE && classifier.couldBeTitle(previous.text())) {
        // "reading list: “The Second Chair,” “Unfinished Founders” and ...": the colon made the first read as
        // speech, but it heads a run of titles
        out.set(out.size() - 1, new QuotedPassage(previous.text(), previous.marks(), kind, previous.closed()));
      }
      previous = new QuotedPassage(pair.text(), pair.marks(), kind, pair.closed());
      out.add(previous);
    }
    return out;
  }

  /** One {@code unclosed-quote} diagnostic per passage no mark closed; spans shifted by {@code inputOffset}. */
  static List<Diagnostic> diagnostics(List<QuotedPassage> passages, int inputOffset) {
    List<Diagnostic> out = new ArrayList<>();
    for (QuotedPassage p : passages) {
      if (!p.closed()) {
        Span where = Span.of(p.marks().start() + inputOffset, p.marks().end() + inputOffset);
        out.add(Diagnostic.of("unclosed-quote",
            "the quote mark opened here is never closed; the passage was ended at its line break or the end of "
                + "the text",
            where));
      }
    }
    return out;
  }
}
