package io.github.leadershipinterviews.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void showsControlCharactersAsEscapesAndKeepsEverythingElse() {
    assertThat(Messages.printable("a\u001B[1mb\nc\u00e9\u201C\uD83D\uDE00"))
        .isEqualTo("a\\u001B[1mb\\u000Ac\u00e9\u201C\uD83D\uDE00");
  }

  @Test
  void describesFileProblemsInWords() {
    assertThat(Messages.describe(new NoSuchFileException("a/b"))).isEqualTo("no such file or directory");
    assertThat(Messages.describe(new AccessDeniedException("a/b"))).isEqualTo("permission denied");
    assertThat(Messages.describe(new FileSystemException("a/b", null, "Is a directory"))).isEqualTo("Is a directory");
    assertThat(Messages.describe(new IOException("disk full"))).isEqualTo("disk full");
  }
}
