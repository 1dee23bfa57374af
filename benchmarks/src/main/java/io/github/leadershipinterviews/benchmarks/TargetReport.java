package io.github.leadershipinterviews.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON results of one JMH run of this suite ({@code -rf json}) and prints each target of issue 6 as a
 * ratio, beside the absolute figures and the machine, as a Markdown section ready for the README.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.leadershipinterviews.benchmarks.TargetReport target/jmh.json
 * }</pre>
 */
public final class TargetReport {

  private static final String PACKAGE = "io.github.leadershipinterviews.benchmarks.";
  private static final double MB = 1_000_000.0;
  private static final List<String> SIZES = List.of("4KB", "64KB", "1MB", "16MB");

  private final JsonNode results;
  private final double meanSummaryBytes;
  private final StringBuilder out = new StringBuilder();
  private final Map<String, Integer> inputBytes = new HashMap<>();

  TargetReport(JsonNode results, double meanSummaryBytes) {
    this.results = results;
    this.meanSummaryBytes = meanSummaryBytes;
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
    line("| target | measured | ratio | goal | holds |");
    line("|---|---|---|---|---|");
    parseThroughput();
    sentences();
    json();
    scalingTarget();
    line("");
    scalingTable();
    return out.toString();
  }

  private void parseThroughput() {
    OptionalDouble perSecond = score("ParseBenchmark.parse");
    String allocated = secondary("ParseBenchmark.parse", "gc.alloc.rate.norm")
        .stream().mapToObj(b -> String.format(Locale.ROOT, ", %.0f B allocated/summary", b))
        .findFirst().orElse("");
    if (perSecond.isEmpty()) {
      row("whole parse, single thread", "not measured", OptionalDouble.empty(), "≥ 1 (25 MB/s)");
      return;
    }
    double mbPerSecond = perSecond.getAsDouble() * meanSummaryBytes / MB;
    row("whole parse, single thread", String.format(Locale.ROOT, "%.1f MB/s, %.0f summaries/s (mean %.0f B)%s",
        mbPerSecond, perSecond.getAsDouble(), meanSummaryBytes, allocated),
        OptionalDouble.of(mbPerSecond / 25.0), "≥ 1 (25 MB/s)");
  }

  private void sentences() {
    OptionalDouble ours = score("SentenceBenchmark.ourSentences");
    OptionalDouble openNlp = score("SentenceBenchmark.openNlpSentences");
    OptionalDouble whole = score("SentenceBenchmark.ourWholeParse");
    row("sentence splitting vs OpenNLP", String.format(Locale.ROOT, "ours %s, OpenNLP %s, whole parse %s",
        mbPerSecond(ours), mbPerSecond(openNlp), mbPerSecond(whole)), ratio(ours, openNlp), "≥ 2");
  }

  private void json() {
    jsonRow("write");
    jsonRow("read");
  }

  private void jsonRow(String direction) {
    OptionalDouble module = score("JsonBenchmark." + direction + "Module");
    OptionalDouble records = score("JsonBenchmark." + direction + "Records");
    row("JSON " + direction + ", module vs plain records", String.format(Locale.ROOT,
        "module %s, records %s episodes/s", number(module), number(records)),
        ratio(module, records), direction.equals("write") ? "≥ 0.8" : "≥ 0.7");
  }

  private void scalingTarget() {
    OptionalDouble small = nanosPerByte("typical", "4KB");
    double worst = 0;
    String worstKind = "";
    List<String> unfinished = new ArrayList<>();
    for (ScalingInput kind : ScalingInput.values()) {
      OptionalDouble large = nanosPerByte(kind.paramName(), "16MB");
      if (large.isPresent() && large.getAsDouble() > worst) {
        worst = large.getAsDouble();
        worstKind = kind.paramName();
      } else if (large.isEmpty() && nanosPerByte(kind.paramName(), "4KB").isPresent()) {
        unfinished.add(kind.paramName());
      }
    }
    OptionalDouble worstLarge = worst > 0 ? OptionalDouble.of(worst) : OptionalDouble.empty();
    String measured = String.format(Locale.ROOT, "%s ns/B at 4 KB typical, %s ns/B at 16 MB %s", number(small),
        number(worstLarge), worstKind);
    if (unfinished.isEmpty()) {
      row("time/byte, 16 MB vs typical 4 KB (worst kind)", measured, ratio(worstLarge, small), "≤ 1.5");
    } else {
      line("| time/byte, 16 MB vs typical 4 KB (worst kind) | " + measured + "; 16 MB failed or did not finish for "
          + String.join(", ", unfinished) + " | " + number(ratio(worstLarge, small)) + " | ≤ 1.5 | **no** |");
    }
  }

  private void scalingTable() {
    line("Scaling, ns per byte of input (one parse of the whole input):");
    line("");
    line("| input | " + String.join(" | ", SIZES) + " | 16 MB / 4 KB |");
    line("|---|" + "---|".repeat(SIZES.size() + 1));
    for (ScalingInput kind : ScalingInput.values()) {
      StringBuilder row = new StringBuilder("| " + kind.paramName() + " |");
      for (String size : SIZES) {
        row.append(' ').append(number(nanosPerByte(kind.paramName(), size))).append(" |");
      }
      OptionalDouble growth = ratio(nanosPerByte(kind.paramName(), "16MB"), nanosPerByte(kind.paramName(), "4KB"));
      line(row.append(' ').append(number(growth)).append(" |").toString());
    }
  }

  private OptionalDouble nanosPerByte(String kind, String size) {
    for (JsonNode result : results) {
      JsonNode params = result.path("params");
      if (result.path("benchmark").asString().equals(PACKAGE + "ScalingBenchmark.parse")
          && params.path("kind").asString().equals(kind) && params.path("size").asString().equals(size)) {
        double micros = toMicros(result.path("primaryMetric"));
        int bytes = inputBytes.computeIfAbsent(kind + " " + size,
            k -> Corpus.utf8Length(ScalingInput.ofParam(kind).build(ScalingInput.bytes(size))));
        return OptionalDouble.of(micros * 1000.0 / bytes);
      }
    }
    return OptionalDouble.empty();
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

  private OptionalDouble score(String benchmark) {
    return find(benchmark).map(r -> OptionalDouble.of(r.path("primaryMetric").path("score").asDouble()))
        .orElse(OptionalDouble.empty());
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

  private String mbPerSecond(OptionalDouble summariesPerSecond) {
    if (summariesPerSecond.isEmpty()) {
      return "not measured";
    }
    return String.format(Locale.ROOT, "%.1f MB/s", summariesPerSecond.getAsDouble() * meanSummaryBytes / MB);
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

  private void row(String target, String measured, OptionalDouble ratio, String goal) {
    String holds = ratio.isEmpty() ? "not measured" : holds(ratio.getAsDouble(), goal) ? "yes" : "**no**";
    line("| " + target + " | " + measured + " | " + number(ratio) + " | " + goal + " | " + holds + " |");
  }

  private static boolean holds(double ratio, String goal) {
    double bound = Double.parseDouble(goal.substring(2).split(" ")[0]);
    return goal.startsWith("≥") ? ratio >= bound : ratio <= bound;
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
