package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.fail;

import io.github.leadershipinterviews.model.Span;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded randomised tests of the whole parser: whatever the text, {@link SummaryParser#parse} returns an episode
 * that keeps every invariant ({@link EpisodeInvariants}) and throws nothing. A failure names the seed and the
 * iteration, so it can be replayed.
 */
class SummaryParserRandomInputTest {
  private static final SummaryParser PARSER = SummaryParser.defaults();
  private static final int ITERATIONS = 200;

  private static void parseMany(long seed, String kind, Function<RandomSummaries, String> generator) {
    RandomSummaries random = new RandomSummaries(seed);
    for (int i = 0; i < ITERATIONS; i++) {
      EpisodeInvariants.parseAndCheck(PARSER, generator.apply(random), kind + " seed " + seed + " #" + i);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 2026})
  void randomPiecesOfSummaries(long seed) {
    parseMany(seed, "pieces", r -> r.pieces(60));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 2026})
  void randomUnicode(long seed) {
    parseMany(seed, "unicode", r -> r.unicode(300));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 2026})
  void randomQuotePlacement(long seed) {
    parseMany(seed, "quotes", r -> r.scatterQuotes(RandomSummaries.REALISTIC, 1 + r.pieces(1).length()));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 2026})
  void randomHeaderLikeLines(long seed) {
    parseMany(seed, "header", RandomSummaries::headerLines);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 2026})
  void randomEditsAndCutsOfARealisticSummary(long seed) {
    parseMany(seed, "edits", r -> r.cut(r.edit(RandomSummaries.REALISTIC, 40)));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 2026})
  void sentencesCoverEveryVisibleCharacterAndTruncationNeverThrows(long seed) {
    RandomSummaries random = new RandomSummaries(seed);
    for (int i = 0; i < ITERATIONS; i++) {
      String text = i % 2 == 0 ? random.pieces(60) : random.edit(RandomSummaries.REALISTIC, 20);
      assertVisibleTextCovered(text, SentenceSplitter.split(text), "seed " + seed + " #" + i);
      Truncation.isTruncated(text);
    }
  }

  /** Nothing is dropped: every character outside the sentences is white space. */
  private static void assertVisibleTextCovered(String text, List<Span> sentences, String where) {
    int from = 0;
    for (Span s : sentences) {
      if (s.start() < from || !isAllSpace(text, from, s.start())) {
        fail(where + ": text other than white space before " + s + " in " + EpisodeInvariants.describe(text));
      }
      from = s.end();
    }
    if (!isAllSpace(text, from, text.length())) {
      fail(where + ": text other than white space after the last sentence in " + EpisodeInvariants.describe(text));
    }
  }

  private static boolean isAllSpace(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }
}
