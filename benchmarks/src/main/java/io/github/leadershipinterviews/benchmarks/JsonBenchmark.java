package io.github.leadershipinterviews.benchmarks;

import io.github.leadershipinterviews.LeadershipInterviews;
import io.github.leadershipinterviews.jackson.LeadershipInterviewsModule;
import io.github.leadershipinterviews.model.Episode;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON: writing and reading the parsed corpus as {@link Episode}s with {@link LeadershipInterviewsModule}, beside
 * Jackson writing and reading the same data as {@link PlainRecords} with default databind. Both mappers come from
 * the same {@link #mapperSettings()}; one operation is one episode.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar JsonBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@Fork(1)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 4, time = 1)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmark {

  /** The settings both mappers share: Jackson 3's defaults. */
  static JsonMapper.Builder mapperSettings() {
    return JsonMapper.builder();
  }

  /** The parsed corpus as model values and their JSON through the module; checks that they round-trip. */
  @State(Scope.Benchmark)
  public static class WithModule {
    final JsonMapper mapper = mapperSettings().addModule(new LeadershipInterviewsModule()).build();
    List<Episode> episodes;
    List<byte[]> json;

    /** Parses the corpus and writes it once. */
    @Setup
    public void load() {
      episodes = Corpus.load().texts().stream().map(LeadershipInterviews::parse).toList();
      json = episodes.stream().map(mapper::writeValueAsBytes).toList();
      for (int i = 0; i < episodes.size(); i++) {
        if (!mapper.readValue(json.get(i), Episode.class).equals(episodes.get(i))) {
          throw new IllegalStateException("LeadershipInterviewsModule does not round-trip corpus episode " + i);
        }
      }
    }
  }

  /** The same data as plain records and their JSON through default databind; checks that they round-trip. */
  @State(Scope.Benchmark)
  public static class WithRecords {
    final JsonMapper mapper = mapperSettings().build();
    List<PlainRecords.EpisodeRecord> episodes;
    List<byte[]> json;

    /** Parses the corpus, converts it to records and writes it once. */
    @Setup
    public void load() {
      episodes = Corpus.load().texts().stream().map(LeadershipInterviews::parse).map(PlainRecords::of).toList();
      json = episodes.stream().map(mapper::writeValueAsBytes).toList();
      for (int i = 0; i < episodes.size(); i++) {
        if (!mapper.readValue(json.get(i), PlainRecords.EpisodeRecord.class).equals(episodes.get(i))) {
          throw new IllegalStateException("plain records do not round-trip corpus episode " + i);
        }
      }
    }
  }

  /** Writes every episode with the module. */
  @Benchmark
  @OperationsPerInvocation(Corpus.SIZE)
  public void writeModule(WithModule state, CpuTime cpu, Blackhole sink) {
    for (Episode episode : state.episodes) {
      sink.consume(state.mapper.writeValueAsBytes(episode));
    }
    cpu.count(Corpus.SIZE);
  }

  /** Reads every episode with the module. */
  @Benchmark
  @OperationsPerInvocation(Corpus.SIZE)
  public void readModule(WithModule state, CpuTime cpu, Blackhole sink) {
    for (byte[] json : state.json) {
      sink.consume(state.mapper.readValue(json, Episode.class));
    }
    cpu.count(Corpus.SIZE);
  }

  /** Writes every episode's record with default databind. */
  @Benchmark
  @OperationsPerInvocation(Corpus.SIZE)
  public void writeRecords(WithRecords state, CpuTime cpu, Blackhole sink) {
    for (PlainRecords.EpisodeRecord episode : state.episodes) {
      sink.consume(state.mapper.writeValueAsBytes(episode));
    }
    cpu.count(Corpus.SIZE);
  }

  /** Reads every episode's record with default databind. */
  @Benchmark
  @OperationsPerInvocation(Corpus.SIZE)
  public void readRecords(WithRecords state, CpuTime cpu, Blackhole sink) {
    for (byte[] json : state.json) {
      sink.consume(state.mapper.readValue(json, PlainRecords.EpisodeRecord.class));
    }
    cpu.count(Corpus.SIZE);
  }
}
