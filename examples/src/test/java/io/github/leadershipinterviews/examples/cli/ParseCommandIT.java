package io.github.leadershipinterviews.examples.cli;

import static io.github.leadershipinterviews.examples.cli.JarRunner.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.examples.cli.JarRunner.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code parse} run through the real jar: output lines, their order, bad inputs, exit status, streams. */
class ParseCommandIT {
  private static final String QUARRY = fixture("quarry-lane.txt");
  private static final String STILLWATER = fixture("stillwater.txt");

  @TempDir
  Path dir;

  private JarRunner cli;

  @BeforeEach
  void setUp() {
    cli = new JarRunner(dir);
  }

  @Test
  void goodFilesGiveOneEpisodeLineEachInArgumentOrderWithTheirSourceAsGiven() throws IOException {
    write("quarry.txt", QUARRY);
    write("still.txt", STILLWATER);

    Result result = cli.run("parse", "still.txt", "./quarry.txt");

    assertThat(result.exitCode()).isZero();
    assertThat(result.sources()).containsExactly("still.txt", "./quarry.txt");
    assertThat(result.jsonLines()).allSatisfy(line -> {
      // the source first, then the Jackson module's episode (formatVersion first, summary always present)
      assertThat(line.propertyNames()).startsWith("source", "formatVersion").contains("summary")
          .doesNotContain("error");
    });
    assertStandardError(result, List.of(), summaryLine(2, 2, 0));
  }

  @Test
  void aDirectoryStandsForItsTxtFilesSortedByName() throws IOException {
    write("corpus/b.txt", QUARRY);
    write("corpus/a.TXT", STILLWATER);
    write("corpus/a.gold.json", "{}");
    write("corpus/notes.md", "not a summary");
    write("corpus/nested/c.txt", QUARRY);

    Result result = cli.run("parse", "corpus");

    assertThat(result.exitCode()).isZero();
    assertThat(result.sources()).containsExactly("corpus/a.TXT", "corpus/b.txt");
  }

  @Test
  void standardInputIsReadForADash() {
    Result result = cli.runWithStdin(QUARRY.getBytes(StandardCharsets.UTF_8), "parse", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(result.sources()).containsExactly("-");
    assertThat(result.jsonLines().get(0).has("error")).isFalse();
  }

  @Test
  void eachKindOfBadInputGetsAnErrorLineInItsPlaceAndAMessageOnStandardError() throws IOException {
    write("good.txt", QUARRY);
    Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 culture".getBytes(StandardCharsets.ISO_8859_1));
    Files.createDirectories(dir.resolve("empty"));
    write("long.txt", "x".repeat(1200));

    Result result = cli.run("parse", "--max-chars", "1000", "good.txt", "missing.txt", "latin1.txt", "empty",
        "long.txt", "good.txt");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.sources())
        .containsExactly("good.txt", "missing.txt", "latin1.txt", "empty", "long.txt", "good.txt");
    List<JsonNode> lines = result.jsonLines();
    assertThat(lines.get(1).get("error").asString()).isEqualTo("no such file");
    assertThat(lines.get(2).get("error").asString())
        .isEqualTo("not UTF-8 text: invalid byte 0xE9 at byte offset 3 (save the file as UTF-8)");
    assertThat(lines.get(3).get("error").asString())
        .isEqualTo("directory holds no summaries (no *.txt files)");
    assertThat(lines.get(4).get("error").asString())
        .isEqualTo("input is 1200 characters long, over the limit of 1000 characters (--max-chars)");
    assertThat(List.of(lines.get(1), lines.get(2), lines.get(3), lines.get(4)))
        .allSatisfy(line -> assertThat(line.propertyNames()).containsExactly("source", "error"));
    assertStandardError(result, List.of(
        "leadership-interviews: missing.txt: no such file",
        "leadership-interviews: latin1.txt: not UTF-8 text: invalid byte 0xE9 at byte offset 3 "
            + "(save the file as UTF-8)",
        "leadership-interviews: empty: directory holds no summaries (no *.txt files)",
        "leadership-interviews: long.txt: input is 1200 characters long, over the limit of 1000 characters "
            + "(--max-chars)"),
        summaryLine(6, 2, 4));
  }

  @Test
  void outputOptionWritesTheLinesToAFileAndNothingToStandardOutput() throws IOException {
    write("quarry.txt", QUARRY);

    Result result = cli.run("parse", "--output", "out.jsonl", "quarry.txt", "quarry.txt");

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).isEmpty();
    List<String> lines = Files.readAllLines(dir.resolve("out.jsonl"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"source\":\"quarry.txt\""));
  }

  @Test
  void outputOrderDoesNotDependOnTheNumberOfThreads() throws IOException {
    List<String> arguments = new ArrayList<>(List.of("parse", "--threads", "1"));
    for (int i = 0; i < 40; i++) {
      // Alternating long and short inputs, so that with several threads later inputs often finish first.
      String name = String.format("in-%02d.txt", i);
      write(name, i % 2 == 0 ? QUARRY.repeat(10) : STILLWATER);
      arguments.add(name);
    }

    Result oneThread = cli.run(arguments.toArray(String[]::new));
    arguments.set(2, "4");
    Result fourThreads = cli.run(arguments.toArray(String[]::new));

    assertThat(oneThread.exitCode()).isZero();
    assertThat(fourThreads.exitCode()).isZero();
    assertThat(fourThreads.sources()).isEqualTo(arguments.subList(3, arguments.size()));
    assertThat(fourThreads.stdout()).isEqualTo(oneThread.stdout());
  }

  @Test
  void standardErrorHoldsNoControlCharactersWhenItIsNotATerminal() throws IOException {
    write("quarry.txt", QUARRY);

    Result result = cli.run("parse", "quarry.txt", "missing\u001B[31m.txt", "quarry.txt");

    assertThat(result.stderr().replace("\n", "").chars()).noneMatch(Character::isISOControl);
    assertStandardError(result, List.of("leadership-interviews: missing\\u001B[31m.txt: no such file"),
        summaryLine(3, 2, 1));
  }

  @Test
  void themesOptionTagsWithTheTaxonomyFromTheFile() throws IOException {
    write("still.txt", STILLWATER);
    write("themes.txt", "# ours\n[trust]\nlabel = Trust\ncues = trust\n");

    Result result = cli.run("parse", "--themes", "themes.txt", "still.txt");

    assertThat(result.exitCode()).isZero();
    assertThat(result.jsonLines().get(0).get("themes")).extracting(theme -> theme.get("id").asString())
        .containsExactly("trust");
  }

  @Test
  void aBadOrMissingThemesFileIsAUsageError() throws IOException {
    write("still.txt", STILLWATER);
    write("themes.txt", "[trust]\ncues = trust\n");

    Result bad = cli.run("parse", "--themes", "themes.txt", "still.txt");
    Result missing = cli.run("parse", "--themes", "nope.txt", "still.txt");

    assertThat(List.of(bad, missing)).allSatisfy(result -> {
      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.stdout()).isEmpty();
    });
    assertThat(bad.stderr())
        .startsWith("leadership-interviews: --themes: themes.txt:1: theme \"trust\" has no label\n");
    assertThat(missing.stderr()).startsWith("leadership-interviews: --themes 'nope.txt': no such file\n");
  }

  @Test
  void stopsWhenStandardOutputIsClosed() throws IOException {
    List<String> arguments = new ArrayList<>(List.of("parse", "--threads", "1"));
    write("long.txt", STILLWATER.repeat(20));
    arguments.addAll(java.util.Collections.nCopies(2_000, "long.txt"));

    Result result = cli.runReadingOneLine(arguments.toArray(String[]::new));

    assertThat(result.sources()).containsExactly("long.txt");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr()).isEqualTo("leadership-interviews: cannot write the output: Broken pipe\n");
  }

  @Test
  void prettyIndentsASingleInputAndIsAUsageErrorForSeveral() throws IOException {
    write("quarry.txt", QUARRY);

    Result single = cli.run("parse", "--pretty", "quarry.txt");
    Result several = cli.run("parse", "--pretty", "quarry.txt", "quarry.txt");

    assertThat(single.exitCode()).isZero();
    assertThat(single.stdout().lines().count()).isGreaterThan(1);
    assertThat(single.stdout()).startsWith("{\n  \"source\" : \"quarry.txt\"");
    assertThat(several.exitCode()).isEqualTo(2);
    assertThat(several.stdout()).isEmpty();
    assertThat(several.stderr()).startsWith(
        "leadership-interviews: --pretty needs exactly one input, but 2 were given\n");
  }

  @Test
  void usageErrorsExitWithTwoAndWriteNothingToStandardOutput() {
    Result noInput = cli.run("parse");
    Result badThreads = cli.run("parse", "--threads", "0", "x.txt");
    Result unknownOption = cli.run("parse", "--colour", "x.txt");
    Result unknownCommand = cli.run("prase", "x.txt");
    Result badOutput = cli.run("parse", "--output", "no-such-dir/out.jsonl", "x.txt");

    assertThat(List.of(noInput, badThreads, unknownOption, unknownCommand, badOutput)).allSatisfy(result -> {
      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.stdout()).isEmpty();
    });
    assertThat(noInput.stderr()).startsWith("leadership-interviews: Missing required parameter: 'FILE|DIR|-'\n");
    assertThat(badThreads.stderr()).startsWith("leadership-interviews: --threads must be at least 1, but was 0\n");
    assertThat(unknownOption.stderr()).startsWith("leadership-interviews: Unknown option: '--colour'\n");
    assertThat(unknownCommand.stderr()).contains("Did you mean: leadership-interviews parse?");
    assertThat(badOutput.stderr()).startsWith(
        "leadership-interviews: cannot write --output 'no-such-dir/out.jsonl': no such file or directory\n");
  }

  private void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Standard error holds exactly these messages, then the summary line (whose timing varies). */
  private static void assertStandardError(Result result, List<String> messages, String summaryStart) {
    List<String> lines = result.stderr().lines().toList();
    assertThat(lines).hasSize(messages.size() + 1);
    assertThat(lines.subList(0, messages.size())).isEqualTo(messages);
    assertThat(lines.get(messages.size())).startsWith(summaryStart + ", in ").endsWith(" inputs/s)");
  }

  /** The summary line without its timing, which varies. */
  private static String summaryLine(int total, int parsed, int failed) {
    return "leadership-interviews: parsed " + parsed + " of " + total + " inputs, " + failed + " failed";
  }
}
