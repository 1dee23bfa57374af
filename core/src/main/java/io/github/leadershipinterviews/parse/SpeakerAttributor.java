package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Quotation;
import io.github.leadershipinterviews.model.Span;
import java.util.ArrayList;
import java.util.List;

/** Stage 5: turns quoted speech into quotations and finds who the text says spoke each one. */
final class SpeakerAttributor {
  private SpeakerAttributor() {}

  // STUB: no speakers; to be replaced by the quotation stage.
  static List<Quotation> attribute(String body, List<Span> sentences, List<QuotedPassage> quotes, Entities entities) {
    List<Quotation> out = new ArrayList<>();
    for (QuotedPassage q : quotes) {
      if (q.kind() == QuotedPassage.Kind.SPEECH) {
        out.add(Quotation.builder().text(q.text().in(body)).span(q.text()).build());
      }
    }
    return out;
  }
}
