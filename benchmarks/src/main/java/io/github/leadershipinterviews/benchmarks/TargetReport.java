package io.github.leadershipinterviews.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON results of one JMH run of this suite ({@code -rf json}) and prints each target of issue 6 as a
 * ratio, beside the absolute figures and the machine, as a Markdown section ready for the README.
 *
 * <p>Figures are per second of the benchmark thread's CPU time ({@link CpuTime}) when the results hold it, as
 * they do from this suite: on a shared machine, wall-clock scores follow the load. The wall-clock ratio stands
 * beside each target for comparison.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.leadershipinterviews.benchmarks.TargetReport target/jmh.json
 * }</pre>
 */
public final class TargetReport {

  /** Which time a figure is per: the benchmark thread's CPU time, or elapsed time. */
  enum Clock { CPU, WALL }

  private static final String PACKAGE = "io.github.leadershipinterviews.benchmarks.";
  private static final double MB = 1_000_000.0;
  private static final List<String> SIZES = List.of("4KB", "64KB", "1MB", "16MB");

  private final JsonNode results;
  private final double meanSummaryBytes;
  private final Clock clock;
  private final StringBuilder out = new StringBuilder();
  private final Map<String, Integer> inputBytes = new HashMap<>();

  TargetReport(JsonNode results, double meanSummaryBytes) {
    this.results = results;
    this.meanSummaryBytes = meanSummaryBytes;
    boolean cpu = false;
    for (JsonNode result : results) {
      cpu |= !result.path("secondaryMetrics").path("cpuNanos").isMissingNode();
    }
    this.clock = cpu ? Clock.CPU : Clock.WALL;
  }

  /** Prints the report for the JMH result file {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: TargetReport JMH_RESULT.json   (from: java -jar benchmarks.jar -rf json -rff FILE)");
      System.exit(2);
    }
    JsonNode results = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
    String report = new TargetReport(results, Corpus.load().meanBytes()).render(Machine.describe(results));
    new PrintStream(System.out, true, StandardCharsets.UTF_8).print(report);
  }

  /** The whole report: the machine, then one table row per target, then the scaling table. */
  String render(String machine) {
    line("Machine: " + machine + ".");
    line("");
    line(clock == Clock.CPU ? "Figures are per second of the benchmark thread's CPU time; the last ratio column is "
        + "from wall-clock time." : "Figures are per second of wall-clock time (the results hold no CPU time).");
    line("");
    line("| target | measured | ratio | ratio, wall clock | goal | holds |");
    line("|---|---|---|---|---|---|");
    parseThroughput();
    sentences();
    jsonRow("write");
    jsonRow("read");
    scalingTarget();
    line("");
    scalingTable();
    return out.toString();
  }

  private void parseThroughput() {
    String allocated = secondary("ParseBenchmark.parse", "gc.alloc.rate.norm")
        .stream().mapToObj(b -> String.format(Locale.ROOT, ", %.0f B allocated/summary", b))
        .findFirst().orElse("");
    OptionalDouble perSecond = opsPerSecond("ParseBenchmark.parse", clock);
    String measured = perSecond.isEmpty() ? "not measured" : String.format(Locale.ROOT,
        "%s, %.0f summaries/s (mean %.0f B)%s", mbPerSecond(perSecond), perSecond.getAsDouble(),
        meanSummaryBytes, allocated);
    row("whole parse, single thread", measured, c -> ratio(megabytes(opsPerSecond("ParseBenchmark.parse", c)),
        OptionalDouble.of(25.0)), "≥ 1 (25 MB/s)");
  }

  private void sentences() {
    String measured = String.format(Locale.ROOT, "ours %s, OpenNLP %s, whole parse %s",
        mbPerSecond(opsPerSecond("SentenceBenchmark.ourSentences", clock)),
        mbPerSecond(opsPerSecond("SentenceBenchmark.openNlpSentences", clock)),
        mbPerSecond(opsPerSecond("ParseBenchmark.parse", clock)));
    row("sentence splitting vs OpenNLP", measured, c -> ratio(opsPerSecond("SentenceBenchmark.ourSentences", c),
        opsPerSecond("SentenceBenchmark.openNlpSentences", c)), "≥ 2");
  }

  private void jsonRow(String direction) {
    String module = "JsonBenchmark." + direction + "Module";
    String records = "JsonBenchmark." + direction + "Records";
    row("JSON " + direction + ", module vs plain records", String.format(Locale.ROOT,
        "module %s, records %s episodes/s", number(opsPerSecond(module, clock)), number(opsPerSecond(records, clock))),
        c -> ratio(opsPerSecond(module, c), opsPerSecond(records, c)), direction.equals("write") ? "≥ 0.8" : "≥ 0.7");
  }

  private void scalingTarget() {
    String target = "time/byte, 16 MB vs typical 4 KB (worst kind)";
    String worstKind = worstKindAt16Megabytes(clock);
    String measured = String.format(Locale.ROOT, "%s ns/B at 4 KB typical, %s ns/B at 16 MB %s",
        number(nanosPerByte("typical", "4KB", clock)), number(nanosPerByte(worstKind, "16MB", clock)), worstKind);
    Function<Clock, OptionalDouble> growth = c -> ratio(nanosPerByte(worstKindAt16Megabytes(c), "16MB", c),
        nanosPerByte("typical", "4KB", c));
    List<String> unfinished = new ArrayList<>();
    for (ScalingInput kind : ScalingInput.values()) {
      if (nanosPerByte(kind.paramName(), "16MB", clock).isEmpty()
          && nanosPerByte(kind.paramName(), "4KB", clock).isPresent()) {
        unfinished.add(kind.paramName());
      }
    }
    if (unfinished.isEmpty()) {
      row(target, measured, growth, "≤ 1.5");
    } else {
      line("| " + target + " | " + measured + "; 16 MB failed or did not finish for " + String.join(", ", unfinished)
          + " | " + number(growth.apply(clock)) + " | " + number(growth.apply(Clock.WALL)) + " | ≤ 1.5 | **no** |");
    }
  }

  private String worstKindAt16Megabytes(Clock c) {
    String worst = "";
    double most = 0;
    for (ScalingInput kind : ScalingInput.values()) {
      OptionalDouble large = nanosPerByte(kind.paramName(), "16MB", c);
      if (large.isPresent() && large.getAsDouble() > most) {
        most = large.getAsDouble();
        worst = kind.paramName();
      }
    }
    return worst;
  }

  private void scalingTable() {
    line("Scaling, ns per byte of input (one parse of the whole input"
        + (clock == Clock.CPU ? ", CPU time" : "") + "):");
    line("");
    line("| input | " + String.join(" | ", SIZES) + " | 16 MB / 4 KB |");
    line("|---|" + "---|".repeat(SIZES.size() + 1));
    for (ScalingInput kind : ScalingInput.values()) {
      StringBuilder row = new StringBuilder("| " + kind.paramName() + " |");
      for (String size : SIZES) {
        row.append(' ').append(number(nanosPerByte(kind.paramName(), size, clock))).append(" |");
      }
      OptionalDouble growth = ratio(nanosPerByte(kind.paramName(), "16MB", clock),
          nanosPerByte(kind.paramName(), "4KB", clock));
      line(row.append(' ').append(number(growth)).append(" |").toString());
    }
  }

  /** Operations per second of {@code clock} time. */
  private OptionalDouble opsPerSecond(String benchmark, Clock c) {
    Optional<JsonNode> result = find(benchmark);
    if (c == Clock.WALL) {
      return result.map(r -> OptionalDouble.of(r.path("primaryMetric").path("score").asDouble()))
          .orElse(OptionalDouble.empty());
    }
    OptionalDouble nanos = result.map(TargetReport::cpuNanosPerOp).orElse(OptionalDouble.empty());
    return nanos.isPresent() ? OptionalDouble.of(1e9 / nanos.getAsDouble()) : OptionalDouble.empty();
  }

  private OptionalDouble nanosPerByte(String kind, String size, Clock c) {
    for (JsonNode result : results) {
      JsonNode params = result.path("params");
      if (result.path("benchmark").asString().equals(PACKAGE + "ScalingBenchmark.parse")
          && params.path("kind").asString().equals(kind) && params.path("size").asString().equals(size)) {
        int bytes = inputBytes.computeIfAbsent(kind + " " + size,
            k -> Corpus.utf8Length(ScalingInput.ofParam(kind).build(ScalingInput.bytes(size))));
        OptionalDouble perOp = c == Clock.WALL ? OptionalDouble.of(toMicros(result.path("primaryMetric")) * 1000.0)
            : cpuNanosPerOp(result);
        return perOp.isPresent() ? OptionalDouble.of(perOp.getAsDouble() / bytes) : OptionalDouble.empty();
      }
    }
    return OptionalDouble.empty();
  }

  private static OptionalDouble cpuNanosPerOp(JsonNode result) {
    JsonNode metrics = result.path("secondaryMetrics");
    double nanos = metrics.path("cpuNanos").path("score").asDouble(0);
    double operations = metrics.path("operations").path("score").asDouble(0);
    return nanos > 0 && operations > 0 ? OptionalDouble.of(nanos / operations) : OptionalDouble.empty();
  }

  private static double toMicros(JsonNode metric) {
    double score = metric.path("score").asDouble();
    return switch (metric.path("scoreUnit").asString()) {
      case "ns/op" -> score / 1000.0;
      case "us/op" -> score;
      case "ms/op" -> score * 1000.0;
      case "s/op" -> score * 1_000_000.0;
      default -> throw new IllegalArgumentException("ScalingBenchmark score unit must be a time per op but was "
          + metric.path("scoreUnit").asString());
    };
  }

  private OptionalDouble secondary(String benchmark, String metric) {
    return find(benchmark).map(r -> r.path("secondaryMetrics").path(metric))
        .filter(m -> !m.isMissingNode())
        .map(m -> OptionalDouble.of(m.path("score").asDouble()))
        .orElse(OptionalDouble.empty());
  }

  private Optional<JsonNode> find(String benchmark) {
    for (JsonNode result : results) {
      if (result.path("benchmark").asString().equals(PACKAGE + benchmark)) {
        return Optional.of(result);
      }
    }
    return Optional.empty();
  }

  private OptionalDouble megabytes(OptionalDouble summariesPerSecond) {
    return summariesPerSecond.isPresent()
        ? OptionalDouble.of(summariesPerSecond.getAsDouble() * meanSummaryBytes / MB) : OptionalDouble.empty();
  }

  private String mbPerSecond(OptionalDouble summariesPerSecond) {
    OptionalDouble mb = megabytes(summariesPerSecond);
    return mb.isEmpty() ? "not measured" : String.format(Locale.ROOT, "%.1f MB/s", mb.getAsDouble());
  }

  private static OptionalDouble ratio(OptionalDouble a, OptionalDouble b) {
    return a.isPresent() && b.isPresent() ? OptionalDouble.of(a.getAsDouble() / b.getAsDouble())
        : OptionalDouble.empty();
  }

  private static String number(OptionalDouble value) {
    if (value.isEmpty()) {
      return "—";
    }
    double v = value.getAsDouble();
    return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 1 ? "%.2f" : "%.3f", v);
  }

  private void row(String target, String measured, Function<Clock, OptionalDouble> ratio, String goal) {
    OptionalDouble judged = ratio.apply(clock);
    String holds = judged.isEmpty() ? "not measured" : holds(judged.getAsDouble(), goal) ? "yes" : "**no**";
    line("| " + target + " | " + measured + " | " + number(judged) + " | " + number(ratio.apply(Clock.WALL))
        + " | " + goal + " | " + holds + " |");
  }

  private static boolean holds(double ratio, String goal) {
    double bound = Double.parseDouble(goal.substring(2).split(" ")[0]);
    return goal.startsWith("≥") ? ratio >= bound : ratio <= bound;
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
