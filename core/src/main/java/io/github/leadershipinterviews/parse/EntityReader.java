package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import java.util.List;

/** Stage 4: finds guests with their roles, other people, organisations and works, and resolves references. */
final class EntityReader {
  private EntityReader() {}

  // STUB: guests from the title only; to be replaced by the entity stage.
  static Entities read(String body, List<Span> sentences, List<QuotedPassage> quotes, Header header) {
    return new Entities(header.titleGuests().stream().map(PersonName::toPerson).toList(),
        List.of(), List.of(), List.of(), List.of());
  }
}
