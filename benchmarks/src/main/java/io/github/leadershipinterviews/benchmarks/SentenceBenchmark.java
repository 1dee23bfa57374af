package io.github.leadershipinterviews.benchmarks;

import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.parse.SentenceSplitting;
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
 * The reference, in the same run: Apache OpenNLP's sentence detector over the corpus summaries' bodies, beside
 * our sentence stage alone on the same bodies (and, in the suite, {@link ParseBenchmark}'s whole parse of the
 * same summaries). One operation is one summary. Both reach their steady state within a few seconds.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar SentenceBenchmark
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@Fork(1)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SentenceBenchmark {

  private final SummaryParser parser = SummaryParser.defaults();
  private List<String> bodies;
  private OpenNlpSentences openNlp;

  /** Loads the corpus, finds each summary's body with the parser, and loads OpenNLP's model. */
  @Setup
  public void load() {
    bodies = Corpus.load().texts().stream().map(s -> parser.parse(s).summary().text()).toList();
    openNlp = OpenNlpSentences.load();
  }

  /** OpenNLP's sentence detector over every body. */
  @Benchmark
  @OperationsPerInvocation(Corpus.SIZE)
  public void openNlpSentences(CpuTime cpu, Blackhole sink) {
    for (String body : bodies) {
      sink.consume(openNlp.split(body));
    }
    cpu.count(Corpus.SIZE);
  }

  /** Our sentence stage alone over every body. */
  @Benchmark
  @OperationsPerInvocation(Corpus.SIZE)
  public void ourSentences(CpuTime cpu, Blackhole sink) {
    for (String body : bodies) {
      List<Span> sentences = SentenceSplitting.split(body);
      sink.consume(sentences);
    }
    cpu.count(Corpus.SIZE);
  }
}
