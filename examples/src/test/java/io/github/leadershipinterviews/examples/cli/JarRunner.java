package io.github.leadershipinterviews.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the real shaded jar ({@code -Dcli.jar=...}, set by failsafe) as a user would, in a working directory. */
final class JarRunner {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path workDir;
  private final List<String> jvmOptions = new ArrayList<>();

  JarRunner(Path workDir) {
    this.workDir = workDir;
  }

  JarRunner withJvmOption(String option) {
    jvmOptions.add(option);
    return this;
  }

  /** What one run left behind. */
  record Result(int exitCode, String stdout, String stderr) {
    List<JsonNode> jsonLines() {
      return stdout.lines().map(JSON::readTree).toList();
    }

    List<String> sources() {
      return jsonLines().stream().map(line -> line.get("source").asString()).toList();
    }
  }

  Result run(String... args) {
    return runWithStdin(new byte[0], args);
  }

  Result runWithStdin(byte[] stdin, String... args) {
    List<String> command = command(args);
    try {
      Path out = Files.createTempFile(workDir, "stdout", ".log");
      Path err = Files.createTempFile(workDir, "stderr", ".log");
      Path in = Files.write(Files.createTempFile(workDir, "stdin", ".bin"), stdin);
      Process process = new ProcessBuilder(command).directory(workDir.toFile())
          .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within 60 s: %s", command).isTrue();
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs with standard output on a pipe that is closed after its first line, as {@code | head -1} does; returns
   * that line as the result's stdout.
   */
  Result runReadingOneLine(String... args) {
    try {
      Path err = Files.createTempFile(workDir, "stderr", ".log");
      Process process = new ProcessBuilder(command(args)).directory(workDir.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .redirectError(err.toFile()).start();
      String first;
      try (var out = new java.io.BufferedReader(
          new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        first = out.readLine();
      }
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within 60 s").isTrue();
      return new Result(process.exitValue(), first + "\n", Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(args));
    return command;
  }

  static Path jar() {
    String jar = System.getProperty("cli.jar");
    assertThat(jar).as("system property cli.jar (set by failsafe)").isNotNull();
    return Path.of(jar);
  }

  /** The text of a fixture summary in this package's test resources. */
  static String fixture(String name) {
    try (InputStream in = JarRunner.class.getResourceAsStream(name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
