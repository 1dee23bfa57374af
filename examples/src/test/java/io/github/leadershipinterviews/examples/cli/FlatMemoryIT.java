package io.github.leadershipinterviews.examples.cli;

import static io.github.leadershipinterviews.examples.cli.JarRunner.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.examples.cli.JarRunner.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many inputs stream through a small heap: results are written as they come, never collected. Holding every
 * line of this run (about 8,000 lines of some 3 KB of JSON each, twice that as Java strings) would need far more
 * than the 32 MB heap given here.
 */
class FlatMemoryIT {
  private static final int INPUTS = 8_000;

  @TempDir
  Path dir;

  @Test
  void thousandsOfInputsStreamThroughA32MegabyteHeap() throws IOException {
    String summary = fixture("quarry-lane.txt") + fixture("stillwater.txt").repeat(5);
    Files.writeString(dir.resolve("s.txt"), summary, StandardCharsets.UTF_8);
    List<String> arguments = new ArrayList<>(List.of("parse", "--output", "out.jsonl"));
    arguments.addAll(Collections.nCopies(INPUTS, "s.txt"));

    Result result = new JarRunner(dir).withJvmOption("-Xmx32m").run(arguments.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    try (var lines = Files.lines(dir.resolve("out.jsonl"), StandardCharsets.UTF_8)) {
      assertThat(lines.count()).isEqualTo(INPUTS);
    }
  }
}
