package io.github.leadershipinterviews.examples;

import io.github.leadershipinterviews.LeadershipInterviews;
import io.github.leadershipinterviews.jackson.LeadershipInterviewsModule;
import io.github.leadershipinterviews.model.Episode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/**
 * Example 1: the library as a dependency, in ten lines: parse a summary, read a few fields, write JSON.
 *
 * <pre>{@code
 * java -cp leadership-interviews.jar io.github.leadershipinterviews.examples.MinimalProgram summary.txt
 * }</pre>
 */
public final class MinimalProgram {
  private MinimalProgram() {}

  /**
   * Parses the summary in the file {@code args[0]} (UTF-8), or the bundled sample when there is none.
   *
   * @param args optionally, the path of a summary
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    String text = args.length > 0 ? Files.readString(Path.of(args[0])) : Demo.sampleSummary();

    Episode episode = LeadershipInterviews.parse(text);
    System.out.println("Title: " + episode.title().orElse("?"));
    episode.guests().forEach(guest -> System.out.println("Guest: " + guest.name()));
    episode.quotations().forEach(q -> System.out.println(q.speaker().orElse("?") + ": " + q.text()));

    JsonMapper mapper = JsonMapper.builder().addModule(new LeadershipInterviewsModule()).build();
    System.out.println(mapper.writeValueAsString(episode));
  }
}
