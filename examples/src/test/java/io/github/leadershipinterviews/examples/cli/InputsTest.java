package io.github.leadershipinterviews.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir
  Path dir;

  @Test
  void keepsArgumentOrderAndExpandsADirectoryToItsTxtFilesSortedByName() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("b.txt"), "b");
    Files.writeString(corpus.resolve("A.Txt"), "a");
    Files.writeString(corpus.resolve("a.gold.json"), "{}");
    Files.createDirectories(corpus.resolve("sub.txt"));
    String corpusArgument = corpus.toString();

    List<Input> inputs = Inputs.expand(List.of("z.txt", corpusArgument, "-"));

    assertThat(inputs).extracting(Input::source)
        .containsExactly("z.txt", corpusArgument + "/A.Txt", corpusArgument + "/b.txt", "-");
    assertThat(inputs.get(3).isStdin()).isTrue();
  }

  @Test
  void aTrailingSeparatorIsNotDoubled() throws IOException {
    Files.writeString(Files.createDirectories(dir.resolve("d")).resolve("x.txt"), "x");

    assertThat(Inputs.expand(List.of(dir.resolve("d") + "/"))).extracting(Input::source)
        .containsExactly(dir.resolve("d") + "/x.txt");
  }

  @Test
  void aDirectoryWithoutSummariesIsOneFailedInput() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.md"), "x");

    assertThat(Inputs.expand(List.of(empty.toString()))).containsExactly(
        Input.failed(empty.toString(), "directory holds no summaries (no *.txt files)"));
  }

  @Test
  void standardInputCanBeReadOnlyOnce() {
    assertThat(Inputs.expand(List.of("-", "-"))).containsExactly(
        Input.stdin(), Input.failed("-", "standard input was already read by an earlier '-'"));
  }

  @Test
  void aMissingFileIsLeftForTheReaderToReport() {
    assertThat(Inputs.expand(List.of("missing.txt")))
        .containsExactly(new Input("missing.txt", Optional.of(Path.of("missing.txt")), Optional.empty()));
  }
}
