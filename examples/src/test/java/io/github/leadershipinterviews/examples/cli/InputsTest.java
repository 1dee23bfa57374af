package io.github.leadershipinterviews.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir
  Path dir;

  private static List<Input> list(Inputs inputs) {
    List<Input> list = new ArrayList<>();
    inputs.forEach(list::add);
    return list;
  }

  @Test
  void keepsArgumentOrderAndExpandsADirectoryToItsTxtFilesSortedByName() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("b.txt"), "b");
    Files.writeString(corpus.resolve("A.Txt"), "a");
    Files.writeString(corpus.resolve("a.gold.json"), "{}");
    Files.createDirectories(corpus.resolve("sub.txt"));
    String corpusArgument = corpus.toString();

    Inputs inputs = Inputs.expand(List.of("z.txt", corpusArgument, "-"));

    assertThat(inputs).extracting(Input::source)
        .containsExactly("z.txt", corpusArgument + "/A.Txt", corpusArgument + "/b.txt", "-");
    assertThat(inputs.size()).isEqualTo(4);
    assertThat(list(inputs).get(3).isStdin()).isTrue();
  }

  @Test
  void aTrailingSeparatorIsNotDoubled() throws IOException {
    Files.writeString(Files.createDirectories(dir.resolve("d")).resolve("x.txt"), "x");

    assertThat(list(Inputs.expand(List.of(dir.resolve("d") + "/")))).extracting(Input::source)
        .containsExactly(dir.resolve("d") + "/x.txt");
  }

  @Test
  void aDirectoryWithoutSummariesIsOneFailedInput() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.md"), "x");

    assertThat(list(Inputs.expand(List.of(empty.toString())))).containsExactly(
        Input.failed(empty.toString(), "directory holds no summaries (no *.txt files)"));
  }

  @Test
  void standardInputCanBeReadOnlyOnce() {
    assertThat(list(Inputs.expand(List.of("-", "-")))).containsExactly(
        Input.stdin(), Input.failed("-", "standard input was already read by an earlier '-'"));
  }

  @Test
  void iteratesAgainFromTheStartAndEndsWithNoSuchElement() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "a");
    Inputs inputs = Inputs.expand(List.of(corpus.toString(), "-"));

    assertThat(list(inputs)).isEqualTo(list(inputs)).hasSize(2);
    Iterator<Input> iterator = inputs.iterator();
    iterator.next();
    iterator.next();
    assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class).hasMessage("no more inputs");
  }

  @Test
  void aMissingFileIsLeftForTheReaderToReport() {
    assertThat(list(Inputs.expand(List.of("missing.txt"))))
        .containsExactly(new Input("missing.txt", Optional.of(Path.of("missing.txt")), Optional.empty()));
  }
}
