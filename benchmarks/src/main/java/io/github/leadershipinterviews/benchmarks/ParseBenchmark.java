package io.github.leadershipinterviews.benchmarks;

import io.github.leadershipinterviews.parse.SummaryParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
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
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {

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
