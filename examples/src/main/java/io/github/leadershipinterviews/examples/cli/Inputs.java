package io.github.leadershipinterviews.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Expands the command line's {@code FILE|DIR|-} arguments into the list of inputs, in order.
 *
 * <p>A directory stands for the summaries directly inside it: its regular files whose name ends in {@code .txt}
 * (any case), sorted by name, without descending into subdirectories. That matches how corpora are laid out
 * ({@code NAME.txt} next to {@code NAME.gold.json} and other companions). Only paths are kept here, never file
 * contents, so the list stays small even for 100,000 inputs.
 */
final class Inputs {
  static final String SUMMARY_SUFFIX = ".txt";

  private Inputs() {}

  static List<Input> expand(List<String> arguments) {
    List<Input> inputs = new ArrayList<>();
    boolean stdinSeen = false;
    for (String argument : arguments) {
      if (argument.equals(Input.STDIN) && stdinSeen) {
        inputs.add(Input.failed(argument, "standard input was already read by an earlier '-'"));
        continue;
      }
      stdinSeen |= argument.equals(Input.STDIN);
      inputs.addAll(expandOne(argument));
    }
    return inputs;
  }

  private static List<Input> expandOne(String argument) {
    if (argument.equals(Input.STDIN)) {
      return List.of(Input.stdin());
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      return List.of(Input.failed(argument, "not a valid path: " + e.getReason()));
    }
    if (Files.isDirectory(path)) {
      return summariesIn(argument, path);
    }
    return List.of(Input.file(argument, path));
  }

  private static List<Input> summariesIn(String argument, Path directory) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, Inputs::isSummaryFile)) {
      entries.forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      return List.of(Input.failed(argument, "cannot list directory: " + e.getMessage()));
    }
    if (files.isEmpty()) {
      return List.of(Input.failed(argument, "directory holds no summaries (no *" + SUMMARY_SUFFIX + " files)"));
    }
    files.sort(null);
    String prefix = argument.endsWith("/") || argument.endsWith(directory.getFileSystem().getSeparator())
        ? argument : argument + directory.getFileSystem().getSeparator();
    return files.stream().map(f -> Input.file(prefix + f.getFileName(), f)).toList();
  }

  private static boolean isSummaryFile(Path entry) {
    return entry.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SUMMARY_SUFFIX)
        && Files.isRegularFile(entry);
  }
}
