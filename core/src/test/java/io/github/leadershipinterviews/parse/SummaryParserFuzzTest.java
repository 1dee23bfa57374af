package io.github.leadershipinterviews.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz test of the whole parser with Jazzer. In the normal build it runs as a regression test over the seed
 * inputs in {@code src/test/resources/io/github/leadershipinterviews/parse/SummaryParserFuzzTestInputs/}; to
 * fuzz, run {@code JAZZER_FUZZ=1 ./mvnw -pl core test-compile surefire:test@fuzz-regression -Djazzer.hooks=true}
 * and commit any input it saves there, with the fix.
 */
class SummaryParserFuzzTest {
  private static final SummaryParser PARSER = SummaryParser.defaults();

  /**
   * Any bytes, read once as UTF-8 and once as UTF-16 code units (which reaches lone surrogates and NUL), parse
   * without an exception into an episode that keeps every invariant.
   */
  @FuzzTest(maxDuration = "5m")
  void anyTextParsesIntoAWellFormedEpisode(byte[] input) {
    EpisodeInvariants.parseAndCheck(PARSER, new String(input, StandardCharsets.UTF_8), "fuzz input as UTF-8");
    EpisodeInvariants.parseAndCheck(PARSER, asUtf16(input), "fuzz input as UTF-16");
  }

  private static String asUtf16(byte[] bytes) {
    char[] chars = new char[bytes.length / 2];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) ((bytes[2 * i] & 0xff) << 8 | (bytes[2 * i + 1] & 0xff));
    }
    return new String(chars);
  }
}
