package io.github.leadershipinterviews.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusTest {

  private final List<String> texts = Corpus.load().texts();

  @Test
  void holdsFourteenWrittenSummariesAndAVariantOfEach() {
    assertThat(texts).hasSize(Corpus.SIZE).hasSize(28);
    for (int i = 0; i < 14; i++) {
      assertThat(texts.get(14 + i)).as("variant %d", i).isNotEqualTo(texts.get(i));
    }
    assertThat(new HashSet<>(texts)).hasSize(28);
  }

  @Test
  void everySummaryIsBetweenHalfAndFourKilobytes() {
    for (String text : texts) {
      assertThat(Corpus.utf8Length(text)).as(text.substring(0, 60)).isBetween(512, 4096);
    }
  }

  @Test
  void meanBytesIsTotalOverCount() {
    Corpus corpus = Corpus.load();
    assertThat(corpus.meanBytes()).isEqualTo(corpus.bytes() / 28.0);
    assertThat(corpus.bytes()).isEqualTo(texts.stream().mapToInt(Corpus::utf8Length).sum());
  }

  @Test
  void utf8LengthCountsMultiByteCharacters() {
    assertThat(Corpus.utf8Length("a“b")).isEqualTo(5);
    assertThat(Corpus.utf8Length("Kämppi")).isEqualTo(7);
  }

  @Test
  void straightQuotesReplacesCurlyMarks() {
    assertThat(Corpus.straightQuotes("“It’s ‘why’,” she says."))
        .isEqualTo("\"It's 'why',\" she says.");
  }

  @Test
  void paragraphsRunTogetherDropsBlankLineBreaks() {
    assertThat(Corpus.paragraphsRunTogether("in healthcare.\n\nShe founded it.\nThen"))
        .isEqualTo("in healthcare.She founded it.\nThen");
  }

  @Test
  void indentedListIndentsEveryLineAndBulletsTheFirst() {
    assertThat(Corpus.indentedList("Title\nShow\n")).isEqualTo("  • Title\n    Show\n");
  }
}
