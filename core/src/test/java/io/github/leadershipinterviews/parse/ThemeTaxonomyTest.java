package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeTaxonomyTest {

  private static final String VALID = """
      # a small taxonomy for a bakery chain
      version = 2026-01

      [ovens]
      label = Ovens and equipment
      cues = oven*, proofing cabinet*
      cues.fi = *uuni*
      weak = heat

      [flour]
      label = Flour supply
      cues = flour, *mehl*
      ignore = flour power
      """;

  @Test
  void defaultTaxonomyHasTheFifteenThemesOfVersionOneInOrder() {
    ThemeTaxonomy themes = ThemeTaxonomy.defaults();
    assertThat(themes.version()).contains("1");
    assertThat(themes.themes()).extracting(Theme::id).containsExactly(
        "compassion", "values-purpose", "culture-belonging", "wellbeing", "inclusion", "teamwork", "empowerment",
        "innovation", "governance", "difficult-conversations", "growth", "pressure", "community",
        "self-awareness", "change");
    assertThat(themes.theme("wellbeing").orElseThrow().label()).isEqualTo("Wellbeing and resilience");
    assertThat(themes.theme("difficult-conversations").orElseThrow().label())
        .isEqualTo("Difficult conversations and feedback");
  }

  @Test
  void readsAValidFileWithLanguageSuffixesCommentsAndIgnoredPhrases() throws IOException {
    ThemeTaxonomy t = ThemeTaxonomy.parse(new StringReader(VALID), "bakery.txt");
    assertThat(t.version()).contains("2026-01");
    assertThat(t.themes()).extracting(Theme::id).containsExactly("ovens", "flour");
    Theme ovens = t.theme("ovens").orElseThrow();
    assertThat(ovens.label()).isEqualTo("Ovens and equipment");
    assertThat(ovens.cues()).containsExactly("oven*", "proofing cabinet*", "*uuni*");
    assertThat(ovens.weakCues()).containsExactly("heat");
    assertThat(t.theme("flour").orElseThrow().ignored()).containsExactly("flour power");
    assertThat(t.theme("yeast")).isEmpty();
  }

  @Test
  void loadsFromAFileAndNamesTheFileInErrors(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("themes.txt");
    Files.writeString(good, VALID, StandardCharsets.UTF_8);
    assertThat(ThemeTaxonomy.load(good).themes()).hasSize(2);

    Path bad = dir.resolve("broken.txt");
    Files.writeString(bad, "[ovens]\ncues = oven*\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ThemeTaxonomy.load(bad))
        .isInstanceOf(ThemeTaxonomyException.class)
        .hasMessage(bad + ":1: theme \"ovens\" has no label");
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      [x]\\ncues = oven                             | 1 | theme "x" has no label
      [x]\\nlabel = X                               | 1 | theme "x" has no cues
      [x]\\nlabel =\\ncues = oven                   | 2 | theme "x" has a blank label
      [a]\\nlabel = A\\ncues = oven\\n\\n[a]         | 5 | duplicate theme id "a" (first defined on line 1)
      [Ovens Two]                                 | 1 | theme id "Ovens Two" must be lower-case letters and digits, in words joined by single hyphens (e.g. "self-awareness")
      []                                          | 1 | theme id "" must be lower-case letters and digits, in words joined by single hyphens (e.g. "self-awareness")
      [x]\\nlabel = X\\nlable = Y                   | 3 | unknown key "lable"; expected label, cues, weak or ignore, optionally with a language suffix such as cues.fi
      [x]\\nlabel = X\\njust some words             | 3 | expected "[theme-id]" or "key = value" but found "just some words"
      version = 1\\nlabel = X                        | 2 | "label" stands outside a theme; start a theme with a line "[theme-id]"
      [x]\\nlabel = X\\ncues = oven, , flour        | 3 | theme "x": "cues" has an empty entry (a doubled or trailing comma?)
      [x]\\nlabel = X\\nweak.fi = uuni,             | 3 | theme "x": "weak.fi" has an empty entry (a doubled or trailing comma?)
      [x]\\nlabel = X\\ncues = ov*                  | 3 | theme "x": cue "ov*" has a wildcard stem shorter than 3 characters: "ov"
      [x]\\nlabel = X\\ncues = ov*en                | 3 | theme "x": cue "ov*en" has * inside a word; put it at the start or the end of a word
      [x]\\nlabel = X\\ncues = ~ oven               | 3 | theme "x": cue "~ oven" must start and end with a word, not with ~
      [x]\\nlabel = X\\nignore = ?!                 | 3 | theme "x": cue "?!" has a word without letters or digits: "?!"
      [x]\\nlabel = X\\ncues = oven\\nversion = 3   | 4 | "version" must come before the first theme
      """)
  void rejectsMalformedFilesSayingWhatAndWhere(String text, int line, String problem) {
    String source = text.replace("\\n", "\n");
    assertThatThrownBy(() -> ThemeTaxonomy.parse(new StringReader(source), "themes.txt"))
        .isInstanceOf(ThemeTaxonomyException.class)
        .hasMessage("themes.txt:" + line + ": " + problem)
        .satisfies(e -> assertThat(((ThemeTaxonomyException) e).line()).isEqualTo(line))
        .satisfies(e -> assertThat(((ThemeTaxonomyException) e).source()).isEqualTo("themes.txt"));
  }

  @Test
  void aMissingFileIsAnIoError(@TempDir Path dir) {
    assertThatThrownBy(() -> ThemeTaxonomy.load(dir.resolve("nowhere.txt")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void parsesAStringNamingItInErrors() {
    assertThat(ThemeTaxonomy.parse("[ovens]\nlabel = Ovens\ncues = oven*").themes()).hasSize(1);
    assertThatThrownBy(() -> ThemeTaxonomy.parse("[ovens]"))
        .hasMessage("<string>:1: theme \"ovens\" has no label");
  }

  @Test
  void builderStartsEmptyAndRejectsDuplicateIds() {
    Theme ovens = Theme.builder().id("ovens").label("Ovens").addCues("oven*").build();
    ThemeTaxonomy.Builder b = ThemeTaxonomy.builder().add(ovens);
    assertThatThrownBy(() -> b.add(ovens))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate theme id \"ovens\"; remove(\"ovens\") first to replace it");
    ThemeTaxonomy t = b.build();
    assertThat(t.themes()).containsExactly(ovens);
    assertThat(t.version()).isEmpty();
    assertThat(ThemeTaxonomy.builder().build().themes()).isEmpty();
  }

  @Test
  void extendsAndTrimsTheDefaultsWithoutChangingThem() {
    Theme ovens = Theme.builder().id("ovens").label("Ovens").addCues("oven*").build();
    ThemeTaxonomy t = ThemeTaxonomy.defaults().toBuilder().remove("pressure").add(ovens).build();
    assertThat(t.themes()).hasSize(15);
    assertThat(t.theme("pressure")).isEmpty();
    assertThat(t.themes().get(14)).isEqualTo(ovens);
    assertThat(t.version()).contains("1");
    assertThat(ThemeTaxonomy.defaults().theme("pressure")).isPresent();
    assertThat(ThemeTaxonomy.defaults().themes()).hasSize(15);
  }

  @Test
  void removingAnUnknownIdFailsLoudly() {
    assertThatThrownBy(() -> ThemeTaxonomy.builder().remove("ovens"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no theme with id \"ovens\" to remove; ids are []");
  }

  @Test
  void themesListIsImmutable() {
    assertThatThrownBy(() -> ThemeTaxonomy.defaults().themes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ThemeTaxonomy.defaults().themes().get(0).cues().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void versionMustNotBeBlank() {
    assertThatThrownBy(() -> ThemeTaxonomy.builder().version(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must not be blank but was \" \"");
  }
}
