package io.github.leadershipinterviews.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Works through inputs on a pool of threads and writes their lines in input order, holding few results at a time.
 *
 * <p>At most {@code IN_FLIGHT_PER_THREAD * threads} inputs are in flight: when the window is full, the oldest is awaited and written
 * before the next is submitted. Memory therefore stays flat however many inputs there are, while a slow input
 * only holds back the writing, not the parsing of the inputs after it.
 */
final class OrderedBatch {
  static final int IN_FLIGHT_PER_THREAD = 4;

  private final Function<Input, Outcome> work;
  private final int threads;

  /** {@code work} turns an input into its outcome; it runs on the pool and must be thread-safe. */
  OrderedBatch(Function<Input, Outcome> work, int threads) {
    this.work = work;
    this.threads = threads;
  }

  /**
   * What became of one input: its output line (UTF-8, ending in a line break, made on the worker so that the
   * thread writing in order only copies bytes), and the error message if it failed.
   */
  record Outcome(Input input, byte[] line, Optional<String> error) {}

  /** Counts of a finished run. */
  record Totals(int parsed, int failed) {
    Totals count(boolean ok) {
      return ok ? new Totals(parsed + 1, failed) : new Totals(parsed, failed + 1);
    }
  }

  Totals run(Iterable<Input> inputs, OutputStream out, PrintStream err, Progress progress) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, OrderedBatch::workerThread);
    try {
      Deque<Future<Outcome>> window = new ArrayDeque<>();
      Totals totals = new Totals(0, 0);
      for (Input input : inputs) {
        if (window.size() >= IN_FLIGHT_PER_THREAD * threads) {
          totals = totals.count(write(await(window.removeFirst()), out, err, progress));
        }
        window.addLast(pool.submit(() -> work.apply(input)));
      }
      while (!window.isEmpty()) {
        totals = totals.count(write(await(window.removeFirst()), out, err, progress));
      }
      return totals;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Writes one outcome's line (and error message); true if it parsed. */
  private static boolean write(Outcome outcome, OutputStream out, PrintStream err, Progress progress) {
    try {
      out.write(outcome.line());
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
