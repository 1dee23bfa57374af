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
 * End to end, a run of many inputs needs no more than a small heap (16 MB): paths are listed lean and each line
 * is written as soon as the ones before it are. That the results in flight stay bounded even behind a slow
 * input is {@code OrderedBatchTest}'s job; 100,000 inputs were measured by hand (see the README).
 */
class FlatMemoryIT {
  private static final int INPUTS = 1_000;

  @TempDir
  Path dir;

  @Test
  void manyInputsStreamThroughA16MegabyteHeap() throws IOException {
    String summary = fixture("quarry-lane.txt") + fixture("stillwater.txt").repeat(5);
    Files.writeString(dir.resolve("s.txt"), summary, StandardCharsets.UTF_8);
    List<String> arguments = new ArrayList<>(List.of("parse", "--output", "out.jsonl"));
    arguments.addAll(Collections.nCopies(INPUTS, "s.txt"));

    Result result = new JarRunner(dir).withJvmOption("-Xmx16m").run(arguments.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    try (var lines = Files.lines(dir.resolve("out.jsonl"), StandardCharsets.UTF_8)) {
      assertThat(lines.count()).isEqualTo(INPUTS);
    }
  }
}
