package io.github.leadershipinterviews.benchmarks;

import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.parse.SummaryParser;
import java.util.concurrent.TimeUnit;
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

  private final SummaryParser parser = SummaryParser.defaults();
  private String text;

  /** Builds the input. */
  @Setup
  public void build() {
    text = ScalingInput.ofParam(kind).build(ScalingInput.bytes(size));
  }

  /** Parses the input once. */
  @Benchmark
  public Episode parse() {
    return parser.parse(text);
  }
}
