package io.github.leadershipinterviews.benchmarks;

import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.parse.SummaryParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scaling: the cost of one parse as the input grows from 4 KB to 16 MB, for summary-like text and for
 * adversarial text (unmatched quote marks, one huge sentence, only line breaks). The score is the time of one
 * parse; {@link TargetReport} divides it by the input's size to give time per byte, which must stay flat.
 *
 * <p>A parser that is superlinear on some input could keep one iteration busy for hours, so setup first parses
 * the input once under a limit of {@value #PROBE_LIMIT_SECONDS} s of CPU time (45 times slower than the 25 MB/s
 * target at 16 MB) and fails that case with a message if the parse does not finish or throws; the rest of the run
 * goes on. The probe is the start of the warm-up, which setup ends when the case has parsed
 * {@value #WARM_UP_BYTES} bytes of its own input: a 16 MB case is warm after the probe, a 4 KB one parses its input
 * 4,096 times. So every size is measured after the same amount of work, and JMH adds no warm-up iteration of its
 * own (at 16 MB it would be another parse or more). With a warm-up of the same time instead, a 4 KB case was
 * measured while the JIT was still compiling and a 16 MB one after seconds of parsing, which made time per byte
 * look as if it fell with size.
 * Sixteen cases cannot each warm up for the 25 s {@link ParseBenchmark} takes in a suite of a few minutes, so
 * these are not steady-state figures (those are ParseBenchmark's): they compare sizes at an equal warm-up.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ScalingBenchmark -p kind=typical -p size=4KB,16MB
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 0)
@Measurement(iterations = 3, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmark {

  /** The kind of input, a {@link ScalingInput#paramName()}. */
  @Param({"typical", "unmatched-quotes", "one-sentence", "only-newlines"})
  public String kind;

  /** The input's size in UTF-8, e.g. {@code 64KB}. */
  @Param({"4KB", "64KB", "1MB", "16MB"})
  public String size;

  /** How much CPU time the probe parse in setup may take (and ten times as long elapsed) before the case fails. */
  static final int PROBE_LIMIT_SECONDS = 30;

  /** How much input each case parses before JMH's warm-up: as much as one parse of the largest size. */
  static final int WARM_UP_BYTES = 16 << 20;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final SummaryParser parser = SummaryParser.defaults();
  private String text;

  /** Builds the input, parses it once under {@link #PROBE_LIMIT_SECONDS}, then warms up on it. */
  @Setup
  public void build() throws InterruptedException {
    text = ScalingInput.ofParam(kind).build(ScalingInput.bytes(size));
    probe();
    for (long parsed = bytes(); parsed < WARM_UP_BYTES; parsed += bytes()) {
      parser.parse(text);
    }
  }

  private void probe() throws InterruptedException {
    FutureTask<Episode> parse = new FutureTask<>(() -> parser.parse(text));
    Thread thread = new Thread(parse, "scaling-probe");
    thread.setDaemon(true); // the forked JVM exits with a runaway parse still going
    thread.start();
    long startedAt = System.nanoTime();
    while (!parse.isDone()) {
      Thread.sleep(50);
      long cpuSeconds = THREADS.getThreadCpuTime(thread.getId()) / 1_000_000_000L;
      long wallSeconds = (System.nanoTime() - startedAt) / 1_000_000_000L;
      if (cpuSeconds >= PROBE_LIMIT_SECONDS || wallSeconds >= 10L * PROBE_LIMIT_SECONDS) {
        throw new IllegalStateException("one parse of " + size + " of " + kind + " text took over " + cpuSeconds
            + " s of CPU time (" + wallSeconds + " s elapsed), under " + Math.max(1, bytes() / PROBE_LIMIT_SECONDS
            / 1000) + " KB/s: not measured; see the smaller sizes for how time per byte grows");
      }
    }
    try {
      parse.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the parser threw on " + size + " of " + kind + " text: " + e.getCause(),
          e.getCause());
    }
  }

  private int bytes() {
    return ScalingInput.bytes(size);
  }

  /** Parses the input once. */
  @Benchmark
  public Episode parse(CpuTime cpu) {
    cpu.count(1);
    return parser.parse(text);
  }
}
