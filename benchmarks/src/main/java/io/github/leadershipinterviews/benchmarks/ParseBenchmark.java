package io.github.leadershipinterviews.benchmarks;

import io.github.leadershipinterviews.parse.SummaryParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse throughput: the whole parse on typical summaries, single-threaded. One operation is one summary, so the
 * score is summaries per second; {@link TargetReport} turns it into MB/s with the corpus's mean size, and
 * {@code -prof gc} adds {@code gc.alloc.rate.norm}, the bytes allocated per summary.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ParseBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@Fork(1)
@Warmup(iterations = ParseBenchmark.WARM_UP_SECONDS, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {

  /**
   * How long a whole parse warms up, in 1 s iterations. The parser is a lot of code: on 2 cores the JIT compilers
   * work on it for 20 s and more, and throughput rises until then (2.1 MB/s after 3 s, 3.7 MB/s after 20 s). Users
   * parse whole directories, so the steady state is the honest figure; JMH's per-iteration output shows whether
   * the measured iterations are flat.
   */
  static final int WARM_UP_SECONDS = 25;

  private final SummaryParser parser = SummaryParser.defaults();
  private List<String> summaries;

  /** Loads the corpus. */
  @Setup
  public void load() {
    summaries = Corpus.load().texts();
  }

  /** Parses every corpus summary once. */
  @Benchmark
  @OperationsPerInvocation(Corpus.SIZE)
  public void parse(CpuTime cpu, Blackhole sink) {
    for (String summary : summaries) {
      sink.consume(parser.parse(summary));
    }
    cpu.count(Corpus.SIZE);
  }
}
