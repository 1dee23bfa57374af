package io.github.leadershipinterviews.examples.cli;

import io.github.leadershipinterviews.examples.cli.SummaryReader.UnreadableInputException;
import io.github.leadershipinterviews.parse.SummaryParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses inputs on a pool of threads and writes their lines in input order, holding few results at a time.
 *
 * <p>At most {@code 4 * threads} inputs are in flight: when the window is full, the oldest is awaited and written
 * before the next is submitted. Memory therefore stays flat however many inputs there are, while a slow input
 * only holds back the writing, not the parsing of the inputs after it.
 */
final class OrderedBatch {
  private final SummaryParser parser;
  private final SummaryReader reader;
  private final EpisodeLines lines;
  private final InputStream stdin;
  private final int threads;

  OrderedBatch(SummaryParser parser, SummaryReader reader, EpisodeLines lines, InputStream stdin, int threads) {
    this.parser = parser;
    this.reader = reader;
    this.lines = lines;
    this.stdin = stdin;
    this.threads = threads;
  }

  /** What became of one input: its output text, and the error message if it failed. */
  record Outcome(Input input, String text, Optional<String> error) {}

  /** Counts of a finished run. */
  record Totals(int parsed, int failed) {
    Totals count(boolean ok) {
      return ok ? new Totals(parsed + 1, failed) : new Totals(parsed, failed + 1);
    }
  }

  Totals run(Iterable<Input> inputs, Writer out, PrintStream err, Progress progress) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, OrderedBatch::workerThread);
    try {
      Deque<Future<Outcome>> window = new ArrayDeque<>();
      Totals totals = new Totals(0, 0);
      for (Input input : inputs) {
        if (window.size() >= 4 * threads) {
          totals = totals.count(write(await(window.removeFirst()), out, err, progress));
        }
        window.addLast(pool.submit(() -> process(input)));
      }
      while (!window.isEmpty()) {
        totals = totals.count(write(await(window.removeFirst()), out, err, progress));
      }
      return totals;
    } finally {
      pool.shutdownNow();
    }
  }

  private Outcome process(Input input) {
    if (input.problem().isPresent()) {
      return failed(input, input.problem().get());
    }
    try {
      String text = input.path().isPresent() ? reader.read(input.path().get()) : reader.read(stdin);
      return new Outcome(input, lines.episode(input.source(), parser.parse(text)), Optional.empty());
    } catch (UnreadableInputException e) {
      return failed(input, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A parser bug on one input must not cost the user the rest of a long run.
      return failed(input, "internal error while parsing: " + e);
    }
  }

  private Outcome failed(Input input, String message) {
    return new Outcome(input, lines.error(input.source(), message), Optional.of(message));
  }

  /** Writes one outcome's line (and error message); true if it parsed. */
  private static boolean write(Outcome outcome, Writer out, PrintStream err, Progress progress) {
    try {
      out.write(outcome.text());
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
    }
    outcome.error().ifPresent(message ->
        err.println(Main.NAME + ": " + Messages.printable(outcome.input().source()) + ": " + message));
    progress.step();
    return outcome.error().isEmpty();
  }

  private static Outcome await(Future<Outcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a parse", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
    }
  }

  private static Thread workerThread(Runnable task) {
    Thread thread = new Thread(task, "leadership-interviews-parse");
    thread.setDaemon(true);
    return thread;
  }
}
