package io.github.leadershipinterviews.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TargetReportTest {

  private static final String RESULTS = """
      [
        {"benchmark": "io.github.leadershipinterviews.benchmarks.ParseBenchmark.parse",
         "primaryMetric": {"score": 10000.0, "scoreUnit": "ops/s"},
         "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 52000.0, "scoreUnit": "B/op"}}},
        {"benchmark": "io.github.leadershipinterviews.benchmarks.SentenceBenchmark.ourSentences",
         "primaryMetric": {"score": 50000.0, "scoreUnit": "ops/s"}},
        {"benchmark": "io.github.leadershipinterviews.benchmarks.SentenceBenchmark.openNlpSentences",
         "primaryMetric": {"score": 20000.0, "scoreUnit": "ops/s"}},
        {"benchmark": "io.github.leadershipinterviews.benchmarks.JsonBenchmark.writeModule",
         "primaryMetric": {"score": 90000.0, "scoreUnit": "ops/s"}},
        {"benchmark": "io.github.leadershipinterviews.benchmarks.JsonBenchmark.writeRecords",
         "primaryMetric": {"score": 100000.0, "scoreUnit": "ops/s"}},
        {"benchmark": "io.github.leadershipinterviews.benchmarks.JsonBenchmark.readRecords",
         "primaryMetric": {"score": 50000.0, "scoreUnit": "ops/s"}},
        {"benchmark": "io.github.leadershipinterviews.benchmarks.ScalingBenchmark.parse",
         "params": {"kind": "typical", "size": "4KB"},
         "primaryMetric": {"score": 4.096, "scoreUnit": "us/op"}},
        {"benchmark": "io.github.leadershipinterviews.benchmarks.ScalingBenchmark.parse",
         "params": {"kind": "typical", "size": "16MB"},
         "primaryMetric": {"score": 16777.216, "scoreUnit": "us/op"}},
        {"benchmark": "io.github.leadershipinterviews.benchmarks.ScalingBenchmark.parse",
         "params": {"kind": "only-newlines", "size": "4KB"},
         "primaryMetric": {"score": 4096.0, "scoreUnit": "ns/op"}},
        {"benchmark": "io.github.leadershipinterviews.benchmarks.ScalingBenchmark.parse",
         "params": {"kind": "only-newlines", "size": "16MB"},
         "primaryMetric": {"score": 33.554432, "scoreUnit": "ms/op"}}
      ]
      """;

  private final String report = report();

  private static String report() {
    JsonNode results = JsonMapper.builder().build().readTree(RESULTS);
    return new TargetReport(results, 2500.0).render("test machine");
  }

  @Test
  void parseThroughputIsMegabytesPerSecondFromSummariesPerSecondAndMeanSize() {
    assertThat(report).contains("| whole parse, single thread | 25.0 MB/s, 10000 summaries/s (mean 2500 B), "
        + "52000 B allocated/summary | 1.00 | 1.00 | ≥ 1 (25 MB/s) | yes |");
  }

  @Test
  void sentenceSplittingIsComparedWithOpenNlp() {
    assertThat(report).contains("| sentence splitting vs OpenNLP | ours 125.0 MB/s, OpenNLP 50.0 MB/s, "
        + "whole parse 25.0 MB/s | 2.50 | 2.50 | ≥ 2 | yes |");
  }

  @Test
  void jsonIsComparedWithPlainRecordsAndAMissingResultIsNotMeasured() {
    assertThat(report).contains("| JSON write, module vs plain records | module 90000, "
        + "records 100000 episodes/s | 0.900 | 0.900 | ≥ 0.8 | yes |");
    assertThat(report).contains("| JSON read, module vs plain records | module —, records 50000 episodes/s "
        + "| — | — | ≥ 0.7 | not measured |");
  }

  @Test
  void scalingComparesTheWorstKindAt16MegabytesWithTypicalTextAt4Kilobytes() {
    assertThat(report).contains("| time/byte, 16 MB vs typical 4 KB (worst kind) | 1.00 ns/B at 4 KB typical, "
        + "2.00 ns/B at 16 MB only-newlines | 2.00 | 2.00 | ≤ 1.5 | **no** |");
    assertThat(report).contains("| only-newlines | 1.00 | — | — | 2.00 | 2.00 |");
    assertThat(report).contains("| typical | 1.00 | — | — | 1.00 | 1.00 |");
  }

  @Test
  void aKindMeasuredAt4KilobytesButNotAt16FailsTheScalingTarget() {
    String results = RESULTS.replace("\"only-newlines\", \"size\": \"16MB\"", "\"only-newlines\", \"size\": \"1MB\"");
    String report = new TargetReport(JsonMapper.builder().build().readTree(results), 2500.0).render("m");

    assertThat(report).contains("| time/byte, 16 MB vs typical 4 KB (worst kind) | 1.00 ns/B at 4 KB typical, "
        + "1.00 ns/B at 16 MB typical; 16 MB failed or did not finish for only-newlines | 1.00 | 1.00 | ≤ 1.5 | **no** |");
  }

  @Test
  void startsWithTheMachineAndTheClock() {
    assertThat(report).startsWith("Machine: test machine.\n\n"
        + "Figures are per second of wall-clock time (the results hold no CPU time).\n");
  }

  @Test
  void judgesByCpuTimeWhenTheResultsHoldItAndShowsTheWallClockRatioBeside() {
    String results = RESULTS.replace("\"secondaryMetrics\": {\"gc.alloc.rate.norm\"",
        "\"secondaryMetrics\": {\"cpuNanos\": {\"score\": 3.0e9}, \"operations\": {\"score\": 60000},"
            + " \"gc.alloc.rate.norm\"");
    String report = new TargetReport(JsonMapper.builder().build().readTree(results), 2500.0).render("m");

    assertThat(report).contains("Figures are per second of the benchmark thread's CPU time; the last ratio column "
        + "is from wall-clock time.");
    assertThat(report).contains("| whole parse, single thread | 50.0 MB/s, 20000 summaries/s (mean 2500 B), "
        + "52000 B allocated/summary | 2.00 | 1.00 | ≥ 1 (25 MB/s) | yes |");
  }
}
