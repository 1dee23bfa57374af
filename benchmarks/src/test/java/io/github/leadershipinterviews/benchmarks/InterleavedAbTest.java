package io.github.leadershipinterviews.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.parse.SummaryParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterleavedAbTest {
  /** Where the test's own parser classes are: a jar or a folder, as the build puts them. */
  private static final URL PARSER = SummaryParser.class.getProtectionDomain().getCodeSource().getLocation();

  @Test
  void parsesWithEachBuildsOwnClassesAndCountsOnlyAfterTheWarmUp() throws Exception {
    InterleavedAb.Build a = InterleavedAb.Build.load("a", PARSER);
    InterleavedAb.Build b = InterleavedAb.Build.load("b", PARSER);
    String text = "Jo Bell talks about burnout. “Rest is work,” she says.";

    InterleavedAb.run(new InterleavedAb.Build[] {a, b}, List.of(text), 1_000_000_000L, 500_000_000L);

    // the same text parsed by both builds gives equal episodes, each from classes not shared with this test
    assertThat(a.parse(text)).isEqualTo(b.parse(text));
    assertThat(a.summaries).isPositive();
    assertThat(b.summaries).isPositive();
    assertThat(a.cpuNanos).isPositive();
    assertThat(a.rate()).isPositive();
    // slices of 200 ms each from 0.5 s to 1 s: at most 3 slices counted of the 6 or more run
    assertThat(a.cpuNanos + b.cpuNanos).isLessThan(1_000_000_000L);
  }

  @Test
  void loadsTheParserApartFromTheCallersClasses() throws Exception {
    InterleavedAb.Build a = InterleavedAb.Build.load("a", PARSER);

    assertThat(a.loaderOfParser()).isNotSameAs(SummaryParser.class.getClassLoader());
  }

  @Test
  void reportsEachBuildAndItsRateOverTheFirst() throws Exception {
    InterleavedAb.Build a = InterleavedAb.Build.load("old.jar", PARSER);
    InterleavedAb.Build b = InterleavedAb.Build.load("new.jar", PARSER);
    a.summaries = 4000;
    a.cpuNanos = 2_000_000_000L;
    a.allocatedBytes = 4000L * 1000;
    b.summaries = 6000;
    b.cpuNanos = 2_000_000_000L;
    b.allocatedBytes = 6000L * 500;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    InterleavedAb.report(new InterleavedAb.Build[] {a, b}, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("old.jar").contains(" 2000 summaries per CPU second (4000 summaries), 1000 B");
    assertThat(lines[1]).startsWith("new.jar").contains(" 3000 summaries per CPU second (6000 summaries), 500 B");
    assertThat(lines[2]).isEqualTo("ratio new.jar / old.jar: 1.500");
  }
}
