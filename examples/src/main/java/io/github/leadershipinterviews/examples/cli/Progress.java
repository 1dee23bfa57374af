package io.github.leadershipinterviews.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a {@code parse} run on standard error: a live bar (count, rate, ETA) on a terminal, nothing
 * otherwise.
 *
 * <p>The bar redraws itself with carriage returns, which would litter a log file, so it is drawn only when standard
 * error is a terminal. Java 17 cannot ask that directly ({@code Console.isTerminal()} arrived in Java 22, and
 * {@link System#console()} describes standard input and output, not error). So: on Linux, standard error is a
 * terminal when {@code /proc/self/fd/2} links to a terminal device ({@code /dev/pts/N}, {@code /dev/ttyN}); where
 * there is no {@code /proc}, {@code System.console() != null} stands in (both other streams are terminals, so error
 * almost surely is too). {@code TERM=dumb} turns the bar off. The progress bar library (and the JLine terminal it
 * measures the width with) is only loaded when the bar is drawn, which keeps start-up fast otherwise.
 */
abstract class Progress implements AutoCloseable {

  /** Counts one more input as done. */
  abstract void step();

  @Override
  public abstract void close();

  /** The progress display suited to where standard error goes. */
  static Progress forStandardError(long total) {
    return standardErrorIsTerminal() ? new Bar(total, System.err) : new Silent();
  }

  static boolean standardErrorIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd2 = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd2)) {
      try {
        String device = Files.readSymbolicLink(fd2).toString();
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
      } catch (IOException | SecurityException e) {
        return false;
      }
    }
    return System.console() != null;
  }

  /** Shows nothing: standard error is a file or a pipe. */
  private static final class Silent extends Progress {
    @Override
    void step() {}

    @Override
    public void close() {}
  }

  /** A live bar drawn by the progressbar library. */
  private static final class Bar extends Progress {
    private final ProgressBar bar;

    Bar(long total, PrintStream err) {
      bar = new ProgressBarBuilder()
          .setTaskName("Parsing")
          .setInitialMax(total)
          .setUnit(" inputs", 1)
          .showSpeed()
          .setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(err))
          .build();
    }

    @Override
    void step() {
      bar.step();
    }

    @Override
    public void close() {
      bar.close();
    }
  }
}
