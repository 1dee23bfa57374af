package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole parser runs in time linear in the input: for each kind of hostile input, parsing {@value #SCALE}
 * times more text (8 Ki to 1 Mi characters) may take at most {@value #SLACK} times {@value #SCALE} as long (a
 * quadratic stage would take {@value #SCALE} times longer still); a realistic summary is also scaled from 10 Ki
 * to 10 Mi characters. Times are compared with each other, never with a fixed limit: the best of several runs,
 * in CPU time, after a warm-up; a measurement that fails is repeated before the test fails, because the build
 * machine is shared. Each test also fails on a hang. Run with {@code -DlinearTime.report=true} to print ratios.
 */
class SummaryParserLinearTimeTest {
  /** The small input, in characters. */
  static final int SMALL = 8 * 1024;
  /** How many times larger the large input is. */
  static final int SCALE = 128;
  /** How much worse than linear the large run may look before the test fails. */
  static final int SLACK = 8;
  private static final int ATTEMPTS = 3;
  /** Timer noise floor: a small run faster than this counts as this long. */
  private static final long FLOOR_NANOS = 200_000;

  private static final SummaryParser PARSER = SummaryParser.defaults();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Hostile inputs, each built to an exact length by repeating a unit. */
  enum Input {
    QUOTE_MARKS("“”\"‘’'„«»"),
    UNMATCHED_OPENING_QUOTES("“Ines said "),
    ONE_GIANT_SENTENCE("and the team kept going "),
    NEWLINES("\n"),
    SHORT_LINES("Key Takeaways:\n• Trust\n[00:14] Tom:   Yes\n"),
    CAPITALISED_WORDS("Ines Varga Lakemoor General Hospital Trust "),
    HONORIFICS_AND_ROLES("Dr. Prof. Dame Ines Varga, PhD, CBE, Chief Executive of "),
    OPENING_BRACKETS("(["),
    DIGITS_AND_COLONS("[12:3(2:1"),
    FULL_STOPS("."),
    DOTTED_LETTERS("a.b.C."),
    ELLIPSES_AND_SPACES("… . … "),
    REALISTIC_SUMMARY(RandomSummaries.REALISTIC);

    private final String unit;

    Input(String unit) {
      this.unit = unit;
    }

    String ofLength(int length) {
      return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
  }

  @ParameterizedTest
  @EnumSource(Input.class)
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void parseTimeGrowsLinearly(Input input) {
    assertLinear(input.name(), input::ofLength, SMALL, SCALE);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void parseTimeGrowsLinearlyFromTenKibToTenMibOfRealisticText() {
    assertLinear("REALISTIC_SUMMARY_10_MIB", Input.REALISTIC_SUMMARY::ofLength, 10 * 1024, 1024);
  }

  /** Fails if parsing {@code scale} times more text takes more than {@code SLACK * scale} times as long. */
  static void assertLinear(String name, IntFunction<String> generator, int smallLength, int scale) {
    String small = generator.apply(smallLength);
    String large = generator.apply(smallLength * scale);
    EpisodeInvariants.parseAndCheck(PARSER, large, name + " large");
    double ratio = Double.MAX_VALUE;
    for (int attempt = 0; attempt < ATTEMPTS && ratio > SLACK * scale; attempt++) {
      long smallNanos = Math.max(FLOOR_NANOS, bestOf(9, small));
      long largeNanos = bestOf(2, large);
      ratio = Math.min(ratio, (double) largeNanos / smallNanos);
    }
    if (Boolean.getBoolean("linearTime.report")) {
      System.out.printf("linear time %-26s %9d -> %9d chars: time ratio %7.1f (linear %d, limit %d)%n", name,
          small.length(), large.length(), ratio, scale, SLACK * scale);
    }
    assertThat(ratio).as("%s: time(%d chars) / time(%d chars), linear would be about %d", name,
        large.length(), small.length(), scale).isLessThanOrEqualTo((double) SLACK * scale);
  }

  /**
   * The shortest of {@code runs} parses of {@code text}, in CPU time of this thread where the JVM measures it:
   * on a loaded machine, wall time would charge a long run for the time slices other processes took.
   */
  private static long bestOf(int runs, String text) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long start = now();
      PARSER.parse(text);
      best = Math.min(best, now() - start);
    }
    return best;
  }

  private static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }
}
