package io.github.leadershipinterviews.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.examples.cli.JarRunner.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar without a command (the demo), with {@code --help} and with {@code --version}. */
class MainIT {
  @TempDir
  Path dir;

  @Test
  void withoutArgumentsRunsTheDemo() {
    Result result = new JarRunner(dir).run();

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).startsWith("Parsed the bundled sample summary (")
        .contains("\nTitle: ", "\nGuests:", "\nQuotations:", "\nThemes:", "\nAs JSON:\n{");
    assertThat(result.stderr()).isEmpty();
  }

  @Test
  void helpListsTheCommandAndExitsWithZero() {
    Result result = new JarRunner(dir).run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).startsWith("Usage: leadership-interviews [-hV] [COMMAND]")
        .contains("  parse  Parses episode summaries");
  }

  @Test
  void parseHelpDocumentsTheExitStatus() {
    Result result = new JarRunner(dir).run("parse", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).contains("--threads=N", "--output=FILE", "--themes=FILE",
        "  0   every input parsed", "  1   some inputs failed", "  2   usage error");
  }

  @Test
  void versionIsTheBuildsVersion() {
    Result result = new JarRunner(dir).run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).isEqualTo("leadership-interviews " + System.getProperty("project.version") + "\n");
  }

  @Test
  void startsFast() {
    long start = System.nanoTime();
    Result result = new JarRunner(dir).run("--version");
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(result.exitCode()).isZero();
    // Generous for a loaded CI machine; on a quiet one it takes about 0.2 s.
    assertThat(millis).isLessThan(3_000);
  }
}
