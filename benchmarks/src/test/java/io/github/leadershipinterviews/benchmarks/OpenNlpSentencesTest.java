package io.github.leadershipinterviews.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OpenNlpSentencesTest {

  private final OpenNlpSentences openNlp = OpenNlpSentences.load();

  @Test
  void loadsThePublishedEnglishModel() {
    assertThat(OpenNlpSentences.modelName()).startsWith("opennlp-en-ud-ewt-sentence-").endsWith(".bin");
  }

  @Test
  void splitsOrdinaryProse() {
    assertThat(Arrays.stream(openNlp.split("She leads the trust. She listens to staff.")).map(Object::toString))
        .containsExactly("[0..20)", "[21..42)");
  }

  @Test
  void missesTheStartsOfRunTogetherParagraphs() {
    // The reference behaviour the benchmark documents: "healthcare.She" is split after "She", not before it,
    // and nothing is split after "purpose.”" or the other glued boundaries.
    assertThat(RunTogetherCheck.openNlpStarts(openNlp, RunTogetherCheck.CASES.get(0).text())).containsExactly(43);
    for (int i = 1; i < 5; i++) {
      RunTogetherCheck.Case c = RunTogetherCheck.CASES.get(i);
      assertThat(RunTogetherCheck.openNlpStarts(openNlp, c.text())).as(c.text()).isNotEqualTo(c.starts());
    }
  }

  @Test
  void runTogetherCasesKnowWhereAReaderSeesSentencesStart() {
    assertThat(RunTogetherCheck.CASES.get(0).starts()).containsExactly(39);
    assertThat(RunTogetherCheck.CASES.get(5).starts()).isEmpty();
  }
}
