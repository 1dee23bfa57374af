package io.github.leadershipinterviews.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFilesTest {

  @Test
  void writesTheCorpusRoundAndRoundAndReturnsTheBytesWritten(@TempDir Path folder) throws IOException {
    List<String> texts = Corpus.load().texts();

    long bytes = CorpusFiles.write(folder.resolve("in"), 30);

    try (var files = Files.list(folder.resolve("in"))) {
      assertThat(files.count()).isEqualTo(30);
    }
    assertThat(Files.readString(folder.resolve("in/summary-00001.txt"), StandardCharsets.UTF_8))
        .isEqualTo(texts.get(0));
    assertThat(Files.readString(folder.resolve("in/summary-00029.txt"), StandardCharsets.UTF_8))
        .isEqualTo(texts.get(0));
    assertThat(Files.readString(folder.resolve("in/summary-00030.txt"), StandardCharsets.UTF_8))
        .isEqualTo(texts.get(1));
    assertThat(bytes).isEqualTo(Corpus.load().bytes() + Corpus.utf8Length(texts.get(0))
        + Corpus.utf8Length(texts.get(1)));
  }
}
