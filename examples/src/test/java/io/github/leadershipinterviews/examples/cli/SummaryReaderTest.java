package io.github.leadershipinterviews.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.leadershipinterviews.examples.cli.SummaryReader.UnreadableInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryReaderTest {
  private final SummaryReader reader = new SummaryReader(10);

  @TempDir
  Path dir;

  @Test
  void readsUtf8AndDropsALeadingByteOrderMark() throws Exception {
    Path file = Files.write(dir.resolve("a.txt"), "\uFEFFK\u00e4mppi \u201Cx\u201D".getBytes(StandardCharsets.UTF_8));

    assertThat(reader.read(file)).isEqualTo("K\u00e4mppi \u201Cx\u201D");
  }

  @Test
  void refusesBytesThatAreNotUtf8AndSaysWhere() throws IOException {
    Path file = Files.write(dir.resolve("a.txt"), new byte[] {'a', 'b', (byte) 0xFF, 'c'});

    assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UnreadableInputException.class)
        .hasMessage("not UTF-8 text: invalid byte 0xFF at byte offset 2 (save the file as UTF-8)");
  }

  @Test
  void refusesATruncatedMultiByteSequenceAtTheEnd() throws IOException {
    Path file = Files.write(dir.resolve("a.txt"), new byte[] {'a', (byte) 0xE2, (byte) 0x80});

    assertThatThrownBy(() -> reader.read(file))
        .hasMessage("not UTF-8 text: invalid byte 0xE2 at byte offset 1 (save the file as UTF-8)");
  }

  @Test
  void acceptsTextOfExactlyTheLimitAndRefusesOneCharacterMore() throws Exception {
    Path exact = Files.writeString(dir.resolve("exact.txt"), "\u00e9".repeat(10), StandardCharsets.UTF_8);
    Path over = Files.writeString(dir.resolve("over.txt"), "\u00e9".repeat(11), StandardCharsets.UTF_8);

    assertThat(reader.read(exact)).hasSize(10);
    assertThatThrownBy(() -> reader.read(over))
        .hasMessage("input is 11 characters long, over the limit of 10 characters (--max-chars)");
  }

  @Test
  void refusesAFileTooBigToFitWithoutReadingIt() throws IOException {
    Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(34));

    assertThatThrownBy(() -> reader.read(big))
        .hasMessage("input is 34 bytes long, over the limit of 10 characters (--max-chars)");
  }

  @Test
  void namesMissingFilesAndDirectories() {
    assertThatThrownBy(() -> reader.read(dir.resolve("nope.txt"))).hasMessage("no such file");
    assertThatThrownBy(() -> reader.read(dir)).hasMessage("is a directory, but a file was expected here");
  }

  @Test
  void readsAStreamUpToTheLimit() throws Exception {
    byte[] ok = "hello".getBytes(StandardCharsets.UTF_8);
    byte[] tooMuch = "x".repeat(40).getBytes(StandardCharsets.UTF_8);

    assertThat(reader.read(new ByteArrayInputStream(ok))).isEqualTo("hello");
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(tooMuch)))
        .hasMessage("input is more than 33 bytes long, over the limit of 10 characters (--max-chars)");
  }
}
