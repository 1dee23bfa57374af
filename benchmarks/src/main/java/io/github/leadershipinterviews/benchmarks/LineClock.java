package io.github.leadershipinterviews.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads lines from standard input and says how long the ones after a mark took to arrive, for measuring the
 * command-line tool's rate once it has warmed up within one run ({@code benchmarks/cli-throughput.sh}): a rate
 * from the difference of two runs breaks down when other work on the machine changes between them. Prints
 * {@code LINES SECONDS_TO_MARK SECONDS_AFTER_MARK}, the seconds counted from this program's start.
 *
 * <pre>{@code
 * java -jar leadership-interviews.jar parse in/ in/ in/ | java -cp benchmarks.jar ...LineClock 10000
 * }</pre>
 */
public final class LineClock {
  private LineClock() {}

  /** {@code args}: the number of lines after which the clock for the rest starts. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: LineClock MARK_LINES");
      System.exit(2);
    }
    System.out.println(measure(System.in, Long.parseLong(args[0])));
  }

  /** Counts the lines of {@code in} and times those after the first {@code mark}; see the class comment. */
  static String measure(InputStream in, long mark) throws IOException {
    long start = System.nanoTime();
    long markedAt = -1;
    long lines = 0;
    byte[] buffer = new byte[1 << 16];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      for (int i = 0; i < n; i++) {
        if (buffer[i] == '\n' && ++lines == mark) {
          markedAt = System.nanoTime();
        }
      }
    }
    long end = System.nanoTime();
    if (markedAt < 0) {
      return lines + " NaN NaN";
    }
    return String.format(Locale.ROOT, "%d %.3f %.3f", lines, (markedAt - start) / 1e9, (end - markedAt) / 1e9);
  }
}
