package io.github.leadershipinterviews.examples.cli;

import static io.github.leadershipinterviews.examples.cli.JarRunner.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a terminal, standard error shows a live progress bar. The terminal is a pseudo-terminal made by
 * {@code script} (util-linux, essential on Debian-based machines), which records what the tool drew.
 */
class TerminalProgressIT {
  @TempDir
  Path dir;

  @Test
  void drawsAProgressBarWithCountRateAndTimeWhenStandardErrorIsATerminal() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < 50; i++) {
      Files.writeString(corpus.resolve("s" + i + ".txt"), fixture("stillwater.txt"), StandardCharsets.UTF_8);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command = "'" + java + "' -jar '" + JarRunner.jar() + "' parse --output out.jsonl corpus";

    String screen = runOnTerminal(command);

    assertThat(screen).contains("\r", "Parsing", "100%", "50/50 inputs", "inputs/s")
        .contains("leadership-interviews: parsed 50 of 50 inputs, 0 failed");
    assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).hasSize(50);
  }

  private String runOnTerminal(String command) throws IOException, InterruptedException {
    Path screen = dir.resolve("screen.log");
    Process process = new ProcessBuilder("script", "-qec", command, "/dev/null")
        .directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(screen.toFile())
        .redirectErrorStream(true)
        .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(screen)).isZero();
    return Files.readString(screen, StandardCharsets.UTF_8);
  }
}
