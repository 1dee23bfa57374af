package io.github.leadershipinterviews.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void showsControlCharactersAsEscapesAndKeepsEverythingElse() {
    assertThat(Messages.printable("a\u001B[1mb\nc\u00e9\u201C\uD83D\uDE00"))
        .isEqualTo("a\\u001B[1mb\\u000Ac\u00e9\u201C\uD83D\uDE00");
  }
}
