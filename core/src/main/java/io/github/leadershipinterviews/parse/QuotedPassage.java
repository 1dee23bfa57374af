package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;

/**
 * A stretch of body text between quote marks.
 *
 * <p>A passage that runs over paragraphs, each new paragraph reopening with a mark, is one passage: its text
 * covers the whole stretch, paragraph breaks and reopening marks included. A passage whose closing mark never
 * comes ends at its paragraph (or the text) and is not {@code closed}.
 *
 * @param text the quoted words, without the outer marks
 * @param marks the same stretch with its opening and (if any) closing marks
 * @param kind what the passage is
 * @param closed whether a closing mark ends the passage
 */
record QuotedPassage(Span text, Span marks, Kind kind, boolean closed) {

  /** A passage closed by its own mark. */
  QuotedPassage(Span text, Span marks, Kind kind) {
    this(text, marks, kind, true);
  }

  enum Kind {
    /** A person's words. */
    SPEECH,
    /** The title of a work (a report, book, blog, talk). */
    TITLE,
    /** A scare-quoted word or term ({@code ‘why’}). */
    TERM
  }
}
