package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;

/**
 * A stretch of body text between quote marks.
 *
 * @param text the quoted words, without the outer marks
 * @param marks the same stretch with its opening and (if any) closing marks
 * @param kind what the passage is
 */
record QuotedPassage(Span text, Span marks, Kind kind) {

  enum Kind {
    /** A person's words. */
    SPEECH,
    /** The title of a work (a report, book, blog, talk). */
    TITLE,
    /** A scare-quoted word or term ({@code ‘why’}). */
    TERM
  }
}
