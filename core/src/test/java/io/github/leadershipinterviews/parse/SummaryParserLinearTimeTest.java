package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.model.Episode;
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
 * times more text (4 Ki to 256 Ki characters) may take at most {@value #SLACK} times {@value #SCALE} as long (a
 * quadratic stage would take {@value #SCALE} times longer still); a realistic summary is also scaled from 10 Ki
 * to 5 Mi characters. Times are compared with each other, never with a fixed limit: CPU time of this thread
 * (the build machine is shared), the small input the best of several runs (which also warm up the JIT); a
 * measurement over the limit is repeated before the test fails. The large episode is checked like any other
 * ({@link EpisodeInvariants}). Each test also fails on a hang. {@code -DlinearTime.report=true} prints ratios.
 */
class SummaryParserLinearTimeTest {
  /** The small input, in characters. */
  static final int SMALL = 4 * 1024;
  /** How many times larger the large input is. */
  static final int SCALE = 64;
  /** How much worse than linear the large run may look before the test fails. */
  static final int SLACK = 8;
  private static final int ATTEMPTS = 3;
  private static final int SMALL_RUNS = 15;
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
    ROLES_AFTER_APPOSITIVES("Ines Varga, chair of Lakemoor Trust, a small charity, and chair of Lakemoor Trust, "),
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
  @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void parseTimeGrowsLinearlyFromTenKibToFiveMibOfRealisticText() {
    assertLinear("REALISTIC_SUMMARY_5_MIB", Input.REALISTIC_SUMMARY::ofLength, 10 * 1024, 512);
  }

  /** Fails if parsing {@code scale} times more text takes more than {@code SLACK * scale} times as long. */
  static void assertLinear(String name, IntFunction<String> generator, int smallLength, int scale) {
    String small = generator.apply(smallLength);
    String large = generator.apply(smallLength * scale);
    long smallNanos = Math.max(FLOOR_NANOS, bestOf(SMALL_RUNS, small));
    long start = now();
    Episode episode = EpisodeInvariants.parse(PARSER, large, name);
    long largeNanos = now() - start;
    EpisodeInvariants.check(large, episode);
    double ratio = (double) largeNanos / smallNanos;
    for (int attempt = 1; attempt < ATTEMPTS && ratio > SLACK * scale; attempt++) {
      smallNanos = Math.max(FLOOR_NANOS, bestOf(SMALL_RUNS, small));
      ratio = Math.min(ratio, (double) bestOf(1, large) / smallNanos);
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
