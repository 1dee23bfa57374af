package io.github.leadershipinterviews.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Runs every example's {@code main}, as a reader of the README would. */
class ExamplesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path dir;

  @Test
  void demoPrintsADigestThenTheJsonOfTheBundledSample() throws Exception {
    String out = StandardOutput.of(() -> Demo.main(new String[0]));

    assertThat(out).startsWith("Parsed the bundled sample summary (" + Demo.sampleSummary().length()
        + " characters).\n\nTitle: ");
    assertThat(out).contains("\nShow: ", "\nGuests:", "\nQuotations:", "\nThemes:", "\nSummary: ");
    String json = out.substring(out.indexOf("As JSON:\n") + "As JSON:\n".length());
    assertThat(JSON.readTree(json).isObject()).isTrue();
  }

  @Test
  void theBundledSampleIsADirectoryPageWithTitleShowLineAndCategories() {
    List<String> lines = Demo.sampleSummary().lines().toList();

    assertThat(lines.get(1)).isEqualTo("The Harbour Leadership Podcast - A podcast by Tomas Brennick - Thursdays");
    assertThat(lines).contains("Categories:");
    assertThat(Demo.sampleSummary()).contains("\u201CKindness is a strategy, not a soft option,\u201D she says.");
  }

  @Test
  void minimalProgramParsesAFileGivenAsArgument() throws Exception {
    Path file = Files.writeString(dir.resolve("one.txt"), ReadingAnEpisode.SUMMARY, StandardCharsets.UTF_8);

    List<String> lines = StandardOutput.of(() -> MinimalProgram.main(new String[] {file.toString()}))
        .lines().toList();

    assertThat(lines.get(0)).startsWith("Title: ");
    assertThat(JSON.readTree(lines.get(lines.size() - 1)).isObject()).isTrue();
  }

  @Test
  void minimalProgramFallsBackToTheBundledSample() throws Exception {
    String out = StandardOutput.of(() -> MinimalProgram.main(new String[0]));

    assertThat(out).startsWith("Title: ").endsWith("}\n");
  }

  @Test
  void readingAnEpisodePrintsTheTitleLineFirst() throws Exception {
    String out = StandardOutput.of(() -> ReadingAnEpisode.main(new String[0]));

    assertThat(out).startsWith("Title: ");
  }

  @Test
  void jsonRoundTripReadsBackAnEqualEpisode() throws Exception {
    List<String> lines = StandardOutput.of(() -> JsonRoundTrip.main(new String[0])).lines().toList();

    assertThat(lines.get(0)).startsWith("JSON: ").endsWith(" characters, format version 1");
    assertThat(lines.get(1)).isEqualTo("Read back equals the original: true");
  }

  @Test
  void customThemesTagWithTheExtendedDefaultsThenWithOurOwnTaxonomyOnly() throws Exception {
    List<String> lines = StandardOutput.of(() -> CustomThemes.main(new String[0])).lines().toList();
    int ours = lines.indexOf("Our own themes:");

    assertThat(lines.get(0)).isEqualTo("Default themes plus 'trust':");
    // the sample's "rebuilding trust" is evidence for the added theme
    assertThat(lines.subList(1, ours)).anySatisfy(line -> assertThat(line).startsWith("  Trust (trust), score "));
    // "hard choices" and "candid ... truth ... honest" are cues of our two themes, and nothing else is tagged
    assertThat(lines.subList(ours + 1, lines.size())).extracting(line -> line.substring(0, line.indexOf(',')))
        .containsExactlyInAnyOrder("  Hard choices (hard-choices)", "  Honesty and candour (honesty)");
  }

  @Test
  void batchToJsonLinesWritesOneLinePerSummaryInNameOrder() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Files.writeString(folder.resolve("b.txt"), ReadingAnEpisode.SUMMARY, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("a.txt"), Demo.sampleSummary(), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("a.gold.json"), "{}", StandardCharsets.UTF_8);
    Path output = dir.resolve("out.jsonl");

    String out = StandardOutput.of(() -> BatchToJsonLines.main(new String[] {folder.toString(), output.toString()}));

    assertThat(out).isEqualTo("Wrote 2 episodes to " + output + "\n");
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertThat(lines).extracting(line -> JSON.readTree(line).get("file").asString())
        .containsExactly("a.txt", "b.txt");
  }
}
