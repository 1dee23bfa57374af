package io.github.leadershipinterviews.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The CPU time the benchmark thread spent in each measured iteration, and how many operations it did, as two
 * extra JMH results ({@code cpuNanos}, {@code operations}). On a machine shared with other work, wall-clock scores
 * fall with the load; CPU time per operation barely moves, so {@link TargetReport} computes every target from it
 * as well.
 *
 * <pre>{@code
 * @Benchmark
 * public void parse(CpuTime cpu, Blackhole sink) {
 *   sink.consume(parser.parse(text));
 *   cpu.count(1);
 * }
 * }</pre>
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The benchmark thread's CPU time in the iteration, in nanoseconds. */
  public long cpuNanos;

  /** The operations done in the iteration. */
  public long operations;

  private long startedAt;

  /** Starts the clock for one iteration. */
  @Setup(Level.Iteration)
  public void start() {
    cpuNanos = 0;
    operations = 0;
    startedAt = THREADS.getCurrentThreadCpuTime();
  }

  /** Stops the clock. */
  @TearDown(Level.Iteration)
  public void stop() {
    cpuNanos = THREADS.getCurrentThreadCpuTime() - startedAt;
  }

  /** Counts {@code n} more operations. */
  public void count(int n) {
    operations += n;
  }
}
