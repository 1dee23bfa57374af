package io.github.leadershipinterviews.benchmarks;

import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.parse.SummaryParser;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scaling: the cost of one parse as the input grows from 4 KB to 16 MB, for summary-like text and for
 * adversarial text (unmatched quote marks, one huge sentence, only line breaks). The score is the time of one
 * parse; {@link TargetReport} divides it by the input's size to give time per byte, which must stay flat.
 *
 * <p>A parser that is superlinear on some input could keep one iteration busy for hours, so setup first parses
 * the input once under a limit of {@value #PROBE_LIMIT_SECONDS} s (30 times slower than the 25 MB/s target at
 * 16 MB) and fails that case with a message if the parse does not finish or throws; the rest of the run goes on.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ScalingBenchmark -p kind=typical -p size=4KB,16MB
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmark {

  /** The kind of input, a {@link ScalingInput#paramName()}. */
  @Param({"typical", "unmatched-quotes", "one-sentence", "only-newlines"})
  public String kind;

  /** The input's size in UTF-8, e.g. {@code 64KB}. */
  @Param({"4KB", "64KB", "1MB", "16MB"})
  public String size;

  /** How long the probe parse in setup may take before the case is reported superlinear. */
  static final int PROBE_LIMIT_SECONDS = 20;

  private final SummaryParser parser = SummaryParser.defaults();
  private String text;

  /** Builds the input and parses it once under {@link #PROBE_LIMIT_SECONDS}. */
  @Setup
  public void build() throws InterruptedException {
    text = ScalingInput.ofParam(kind).build(ScalingInput.bytes(size));
    probe();
  }

  private void probe() throws InterruptedException {
    FutureTask<Episode> parse = new FutureTask<>(() -> parser.parse(text));
    Thread thread = new Thread(parse, "scaling-probe");
    thread.setDaemon(true); // the forked JVM exits with a runaway parse still going
    thread.start();
    try {
      parse.get(PROBE_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("one parse of " + size + " of " + kind + " text took over "
          + PROBE_LIMIT_SECONDS + " s: the parser is superlinear on it; not measured");
    } catch (ExecutionException e) {
      throw new IllegalStateException("the parser threw on " + size + " of " + kind + " text: " + e.getCause(),
          e.getCause());
    }
  }

  /** Parses the input once. */
  @Benchmark
  public Episode parse(CpuTime cpu) {
    cpu.count(1);
    return parser.parse(text);
  }
}
