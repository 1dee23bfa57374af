package io.github.leadershipinterviews.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;

/**
 * The inputs named by the command line's {@code FILE|DIR|-} arguments, in order.
 *
 * <p>A directory stands for the summaries directly inside it: its regular files whose name ends in {@code .txt}
 * (any case), sorted by name (character by character, not by locale: the same on every machine), without
 * descending into subdirectories. That matches how corpora are laid out ({@code NAME.txt} next to {@code NAME.gold.json} and other
 * companions). Sorting needs the whole listing, so a directory's file names are kept, as bare strings; the
 * {@link Input}s themselves are made one at a time while iterating, which keeps 100,000 inputs to a few megabytes.
 */
final class Inputs implements Iterable<Input> {
  static final String SUMMARY_SUFFIX = ".txt";

  /** One command-line argument: a single input, or a directory and the sorted names of its summaries. */
  private record Argument(Input single, String prefix, Path directory, String[] names) {
    int size() {
      return single != null ? 1 : names.length;
    }

    Iterator<Input> iterator() {
      if (single != null) {
        return List.of(single).iterator();
      }
      return IntStream.range(0, names.length)
          .mapToObj(i -> Input.file(prefix + names[i], directory.resolve(names[i]))).iterator();
    }
  }

  private final List<Argument> arguments;
  private final int size;

  private Inputs(List<Argument> arguments) {
    this.arguments = arguments;
    this.size = arguments.stream().mapToInt(Argument::size).sum();
  }

  static Inputs expand(List<String> commandLine) {
    List<Argument> arguments = new ArrayList<>();
    boolean stdinSeen = false;
    for (String argument : commandLine) {
      if (argument.equals(Input.STDIN) && stdinSeen) {
        arguments.add(single(Input.failed(argument, "standard input was already read by an earlier '-'")));
        continue;
      }
      stdinSeen |= argument.equals(Input.STDIN);
      arguments.add(expandOne(argument));
    }
    return new Inputs(arguments);
  }

  /** How many inputs there are, directories counted by their summaries. */
  int size() {
    return size;
  }

  /** The inputs one at a time (not {@code Stream.flatMap}, whose iterator buffers a whole directory). */
  @Override
  public Iterator<Input> iterator() {
    return new Iterator<>() {
      private int next;
      private Iterator<Input> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && next < arguments.size()) {
          current = arguments.get(next++).iterator();
        }
        return current.hasNext();
      }

      @Override
      public Input next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more inputs");
        }
        return current.next();
      }
    };
  }

  private static Argument expandOne(String argument) {
    if (argument.equals(Input.STDIN)) {
      return single(Input.stdin());
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      return single(Input.failed(argument, "not a valid path: " + e.getReason()));
    }
    return Files.isDirectory(path) ? summariesIn(argument, path) : single(Input.file(argument, path));
  }

  private static Argument summariesIn(String argument, Path directory) {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, Inputs::isSummaryFile)) {
      entries.forEach(entry -> names.add(entry.getFileName().toString()));
    } catch (IOException | UncheckedIOException e) {
      return single(Input.failed(argument, "cannot list directory: " + e.getMessage()));
    }
    if (names.isEmpty()) {
      return single(Input.failed(argument, "directory holds no summaries (no *" + SUMMARY_SUFFIX + " files)"));
    }
    String[] sorted = names.toArray(String[]::new);
    Arrays.sort(sorted);
    String separator = directory.getFileSystem().getSeparator();
    String prefix = argument.endsWith("/") || argument.endsWith(separator) ? argument : argument + separator;
    return new Argument(null, prefix, directory, sorted);
  }

  private static Argument single(Input input) {
    return new Argument(input, null, null, null);
  }

  private static boolean isSummaryFile(Path entry) {
    return entry.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SUMMARY_SUFFIX)
        && Files.isRegularFile(entry);
  }
}
