package io.github.leadershipinterviews.examples.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One input of a {@code parse} run: where to read it from, or why it cannot be read at all.
 *
 * @param source the input as the user named it (a path as given, a directory entry, or {@code -}); the
 *     {@code source} field of its output line
 * @param path the file to read; empty for standard input or for a known problem
 * @param problem why this input yields an error line without being read (e.g. a directory without summaries)
 */
record Input(String source, Optional<Path> path, Optional<String> problem) {

  static final String STDIN = "-";

  static Input file(String source, Path path) {
    return new Input(source, Optional.of(path), Optional.empty());
  }

  static Input stdin() {
    return new Input(STDIN, Optional.empty(), Optional.empty());
  }

  static Input failed(String source, String problem) {
    return new Input(source, Optional.empty(), Optional.of(problem));
  }

  boolean isStdin() {
    return path.isEmpty() && problem.isEmpty();
  }
}
