package io.github.leadershipinterviews;

import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.parse.SummaryParser;

/**
 * The library's front door: parse an episode summary with the default configuration.
 *
 * <pre>{@code
 * Episode episode = LeadershipInterviews.parse(text);
 * episode.title().ifPresent(System.out::println);
 * episode.guests().forEach(g -> System.out.println(g.name() + " " + g.roles()));
 * episode.quotations().forEach(q -> System.out.println(q.speaker().orElse("?") + ": " + q.text()));
 * }</pre>
 *
 * <p>For a custom theme taxonomy or input limit, build a {@link SummaryParser} once and reuse it.
 */
public final class LeadershipInterviews {

  private LeadershipInterviews() {}

  /**
   * Parses one episode summary, exactly as copied from a podcast page, with {@link SummaryParser#defaults()}.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws io.github.leadershipinterviews.parse.InputTooLongException if {@code text} exceeds the default limit
   */
  public static Episode parse(String text) {
    return SummaryParser.defaults().parse(text);
  }
}
