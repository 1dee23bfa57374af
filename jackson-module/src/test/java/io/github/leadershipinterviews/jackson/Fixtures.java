package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.LeadershipInterviews;
import io.github.leadershipinterviews.model.Episode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fictional episode summaries in the layouts real ones come in, and what the parser makes of them: this module's
 * own ({@code fixtures/}) and the project's held-out corpus of the examples module.
 */
final class Fixtures {

  /** The summaries in {@code fixtures/}, each a different header layout. */
  static final List<String> NAMES = List.of("directory-page.txt", "code-title.txt", "transcript.txt",
      "prose-only.txt");

  /** The project's corpus of summaries with gold annotations (tests run in the module's folder). */
  static final Path CORPUS = Path.of("..", "examples", "src", "test", "resources", "corpus");

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

  /** Every summary of the corpus; fails rather than returning nothing if the corpus has moved. */
  static List<String> corpusTexts() {
    try (Stream<Path> files = Files.list(CORPUS)) {
      List<String> texts = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
      if (texts.isEmpty()) {
        throw new IllegalStateException("no summaries in " + CORPUS.toAbsolutePath());
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every fixture and corpus summary parsed by the library, plus the parse of an empty input. */
  static List<Episode> parsedEpisodes() {
    List<Episode> episodes = new ArrayList<>();
    for (String name : NAMES) {
      episodes.add(LeadershipInterviews.parse(text(name)));
    }
    for (String text : corpusTexts()) {
      episodes.add(LeadershipInterviews.parse(text));
    }
    episodes.add(LeadershipInterviews.parse(""));
    return episodes;
  }
}
