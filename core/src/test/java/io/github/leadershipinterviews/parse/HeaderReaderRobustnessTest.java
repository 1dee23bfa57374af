package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.model.Diagnostic;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Random and pathological inputs: the header stage never throws, keeps its bounds, and stays linear. */
class HeaderReaderRobustnessTest {
  private static final List<String> PIECES = List.of(
      "Jo Quill, leading", " - A podcast by ", "Kategoriat:", "Feb 4, 2021", " • ", "26min", "11/2/2026",
      "00:42:27", "\"", "\u201C", "\u201D", "’", "  • ", "    ", "undefined", "\n", "\n\n", "\r\n", "In this episode of ",
      "Ada Vell", ", host Dr. ", "Season 2 Episode 7", "#12: ", "S01-E02", "ep.3: ", " with ", " and ", "Support the show",
      "itunes spotify", "Hosted on X. See x.com/privacy for more.", "é", "\u00A0", "\t", "\uD83D\uDE00", ".", ":", ",");

  @Test
  void randomInputsNeverThrowAndKeepBodyAndSpansInside() {
    Random random = new Random(20261126L);
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      int pieces = random.nextInt(40);
      for (int p = 0; p < pieces; p++) {
        sb.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000) : PIECES.get(random.nextInt(PIECES.size())));
      }
      String input = sb.toString();
      Header h = HeaderReader.read(input);
      assertThat(h.bodyStart()).as(input).isBetween(0, h.bodyEnd());
      assertThat(h.bodyEnd()).as(input).isLessThanOrEqualTo(input.length());
      for (Diagnostic d : h.diagnostics()) {
        d.inputSpan().ifPresent(s -> assertThat(s.end()).as(input).isLessThanOrEqualTo(input.length()));
      }
      assertThat(SummaryParser.defaults().parse(input).summary().text()).isEqualTo(input.substring(h.bodyStart(), h.bodyEnd()));
    }
  }

  @Test
  void pathologicalInputsStayLinear() {
    assertLinear(n -> "\n".repeat(n));
    assertLinear(n -> "a ".repeat(n / 2));
    assertLinear(n -> "\u201C".repeat(n));
    assertLinear(n -> "Jo Quill, leading\n".repeat(n / 18));
    assertLinear(n -> "Kategoriat:\n" + " ".repeat(n) + "\nIn this episode of " + "Ada ".repeat(n / 4));
  }

  /** Time for 8n over time for n: about 8 when linear, 64 when quadratic; 40 leaves room for noise. */
  private static void assertLinear(IntFunction<String> input) {
    int n = 400_000;
    String small = input.apply(n);
    String large = input.apply(8 * n);
    for (int warm = 0; warm < 5; warm++) {
      HeaderReader.read(small);
    }
    long tSmall = best(small);
    long tLarge = best(large);
    assertThat((double) tLarge / Math.max(tSmall, 1)).isLessThan(40.0);
  }

  private static long best(String input) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      HeaderReader.read(input);
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }
}
