package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The entity stage stays linear: eight times the input may not take much more than eight times as long. */
class EntityReaderLinearTimeTest {
  private static final int SMALL = 25_000;
  private static final int FACTOR = 8;
  /** Linear growth gives 8, quadratic 64; allow generous noise on a busy machine. */
  private static final double MAX_RATIO = 32;
  /** The machine is shared: a failed measurement is repeated before the test fails. */
  private static final int ATTEMPTS = 3;
  /** Timer noise floor in nanoseconds: a small run faster than this counts as this long. */
  private static final long NOISE_FLOOR = 1_000_000;

  @Test
  void proseWithManyPeopleAndOrganisations() {
    assertLinear(n -> repeat("Dr Ada Lim is CEO of Fenby Trust (FT). She told Ben Roe, chair of the Vale Group, "
        + "that “it works,” she says. Ada Lim's book “Slow Days” and the FT’s report followed. ", n));
  }

  @Test
  void oneGiantSentenceOfCapitalisedWords() {
    assertLinear(n -> repeat("Ann Bell and Carl Dunn of Eastwick Council for Better Care ", n));
  }

  @Test
  void honorificsPostNominalsAndPronounsWithoutEnd() {
    assertLinear(n -> repeat("Dr Prof Sir Jo Bell, PhD, MBE, she her he his who, ", n));
  }

  @Test
  void quoteMarksAndCuesWithoutTitles() {
    assertLinear(n -> repeat("the report “ author of , entitled ‘ book \" (2021). ", n));
  }

  private static String repeat(String unit, int length) {
    StringBuilder sb = new StringBuilder(length + unit.length());
    while (sb.length() < length) {
      sb.append(unit);
    }
    return sb.toString();
  }

  private static void assertLinear(IntFunction<String> input) {
    String small = input.apply(SMALL);
    String large = input.apply(SMALL * FACTOR);
    time(large);
    time(small);
    double ratio = Double.MAX_VALUE;
    for (int attempt = 0; attempt < ATTEMPTS && ratio >= MAX_RATIO; attempt++) {
      ratio = (double) best(large) / Math.max(NOISE_FLOOR, best(small));
    }
    assertThat(ratio).isLessThan(MAX_RATIO);
  }

  private static long best(String body) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 2; i++) {
      best = Math.min(best, time(body));
    }
    return best;
  }

  /** CPU time of this thread where the JVM measures it: wall time would count other processes' time slices. */
  private static long time(String body) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    boolean cpu = bean.isCurrentThreadCpuTimeSupported();
    long start = cpu ? bean.getCurrentThreadCpuTime() : System.nanoTime();
    EntityReader.read(body, SentenceSplitter.split(body), List.of(), Header.none(body));
    return (cpu ? bean.getCurrentThreadCpuTime() : System.nanoTime()) - start;
  }
}
