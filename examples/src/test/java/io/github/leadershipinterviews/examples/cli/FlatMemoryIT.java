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
 * Many inputs stream through a small heap, end to end: paths are listed lean, results written as they come. The
 * lines of this run (4,000 of some 4 KB of JSON each, twice that as Java strings since the text has curly quotes)
 * would not fit in the 24 MB heap given here all at once; that the window of results in flight stays bounded even
 * when one input is slow is {@code OrderedBatchTest}'s job.
 */
class FlatMemoryIT {
  private static final int INPUTS = 4_000;

  @TempDir
  Path dir;

  @Test
  void thousandsOfInputsStreamThroughA24MegabyteHeap() throws IOException {
    String summary = fixture("quarry-lane.txt") + fixture("stillwater.txt").repeat(5);
    Files.writeString(dir.resolve("s.txt"), summary, StandardCharsets.UTF_8);
    List<String> arguments = new ArrayList<>(List.of("parse", "--output", "out.jsonl"));
    arguments.addAll(Collections.nCopies(INPUTS, "s.txt"));

    Result result = new JarRunner(dir).withJvmOption("-Xmx24m").run(arguments.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    try (var lines = Files.lines(dir.resolve("out.jsonl"), StandardCharsets.UTF_8)) {
      assertThat(lines.count()).isEqualTo(INPUTS);
    }
  }
}
