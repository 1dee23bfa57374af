package io.github.leadershipinterviews.model;

/**
 * What kind of work a {@link Work} is, when the text says ({@code the report ...}, {@code her book ...}).
 *
 * <pre>{@code
 * Work w = Work.builder().title("The Long Table").kind(WorkKind.BOOK).build();
 * }</pre>
 */
public enum WorkKind {
  /** A book. */
  BOOK,
  /** A report, review, evaluation or survey publication. */
  REPORT,
  /** An article, paper or piece. */
  ARTICLE,
  /** A blog or blog post. */
  BLOG,
  /** A talk, lecture or keynote. */
  TALK,
  /** A film or documentary. */
  FILM,
  /** A podcast or an episode of one. */
  PODCAST,
  /** Anything else presented as a title. */
  OTHER
}
