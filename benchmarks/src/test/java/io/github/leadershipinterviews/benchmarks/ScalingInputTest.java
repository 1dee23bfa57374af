package io.github.leadershipinterviews.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScalingInputTest {

  @Test
  void sizesArePowersOf1024() {
    assertThat(ScalingInput.bytes("4KB")).isEqualTo(4096);
    assertThat(ScalingInput.bytes("64kb")).isEqualTo(65_536);
    assertThat(ScalingInput.bytes("1MB")).isEqualTo(1_048_576);
    assertThat(ScalingInput.bytes("16MB")).isEqualTo(16_777_216);
  }

  @Test
  void aSizeWithoutUnitIsRejectedWithTheValue() {
    assertThatThrownBy(() -> ScalingInput.bytes("4096"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size must be like 4KB or 16MB but was \"4096\"");
  }

  @Test
  void everyKindFillsItsSizeToWithinOneCharacter() {
    for (ScalingInput kind : ScalingInput.values()) {
      int bytes = Corpus.utf8Length(kind.build(65_536));
      assertThat(bytes).as(kind.name()).isBetween(65_536 - 3, 65_536);
    }
  }

  @Test
  void typicalTextIsTheCorpusOneSummaryAfterAnother() {
    String first = Corpus.load().texts().get(0);
    assertThat(ScalingInput.TYPICAL.build(65_536)).startsWith(first + "\n");
  }

  @Test
  void unmatchedQuotesNeverCloseAndRunIntoThousands() {
    String text = ScalingInput.UNMATCHED_QUOTES.build(1_048_576);
    assertThat(text).doesNotContain("”").doesNotContain("’").doesNotContain("»");
    assertThat(text.chars().filter(c -> c == '“').count()).isGreaterThan(5_000);
  }

  @Test
  void oneSentenceHasASingleFullStopAtTheEnd() {
    String text = ScalingInput.ONE_SENTENCE.build(1_048_576);
    assertThat(text).endsWith(".");
    assertThat(text.indexOf('.')).isEqualTo(text.length() - 1);
    assertThat(text).doesNotContain("!").doesNotContain("?").doesNotContain("\n").doesNotContain("…");
  }

  @Test
  void onlyNewlinesIsNothingElse() {
    assertThat(ScalingInput.ONLY_NEWLINES.build(4096)).hasSize(4096).matches("\n+");
  }

  @Test
  void paramNamesRoundTrip() {
    for (ScalingInput kind : ScalingInput.values()) {
      assertThat(ScalingInput.ofParam(kind.paramName())).isEqualTo(kind);
    }
    assertThat(ScalingInput.UNMATCHED_QUOTES.paramName()).isEqualTo("unmatched-quotes");
  }
}
