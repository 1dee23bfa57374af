package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.LeadershipInterviews;
import io.github.leadershipinterviews.model.Episode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Fictional episode summaries in the layouts real ones come in, and what the parser makes of them. */
final class Fixtures {

  /** The summaries in {@code fixtures/}, each a different header layout; the empty input is the edge case. */
  static final List<String> NAMES = List.of("directory-page.txt", "code-title.txt", "transcript.txt",
      "prose-only.txt");

  private Fixtures() {}

  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every fixture parsed by the library, plus the parse of an empty input. */
  static List<Episode> parsedEpisodes() {
    List<Episode> episodes = new java.util.ArrayList<>();
    for (String name : NAMES) {
      episodes.add(LeadershipInterviews.parse(text(name)));
    }
    episodes.add(LeadershipInterviews.parse(""));
    return episodes;
  }
}
