package io.github.leadershipinterviews.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunTogetherCheckTest {

  @Test
  void ourSentenceStageStartsSentencesWhereAReaderDoes() {
    for (RunTogetherCheck.Case c : RunTogetherCheck.CASES) {
      assertThat(RunTogetherCheck.ourStarts(c.text())).as(c.text()).containsExactly(c.starts());
    }
  }
}
