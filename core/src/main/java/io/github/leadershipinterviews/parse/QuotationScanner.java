package io.github.leadershipinterviews.parse;

import java.util.List;

/** Stage 3: pairs quote marks in the body and classifies each quoted passage. */
final class QuotationScanner {
  private QuotationScanner() {}

  // STUB: to be replaced by the quotation stage.
  static List<QuotedPassage> scan(String body) {
    return List.of();
  }
}
