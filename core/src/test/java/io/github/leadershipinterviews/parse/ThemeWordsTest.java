package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeWordsTest {

  private static List<String> words(String s) {
    ThemeWords t = ThemeWords.of(s, 0, s.length());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.folded(i));
    }
    return out;
  }

  /** The words of {@code s} taken as parts of names. */
  private static List<String> names(String s) {
    ThemeWords t = ThemeWords.of(s, 0, s.length());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.isNameLike(i)) {
        out.add(t.folded(i));
      }
    }
    return out;
  }

  @Test
  void splitsAtEverythingButLettersDigitsAndMarksAndFoldsCase() {
    assertThat(words("Well-being, don’t STOP: 24/7")).containsExactly("well", "being", "don", "t", "stop", "24", "7");
    assertThat(words("Työuupumus ja Öberg")).containsExactly("työuupumus", "ja", "öberg");
  }

  @Test
  void composesDecomposedLettersSoTheyMatchComposedCues() {
    assertThat(words("Ty\u006f\u0308uupumus")).containsExactly("työuupumus");
  }

  @Test
  void readsOnlyTheGivenRange() {
    String text = "Burnout. Kindness matters.";
    ThemeWords t = ThemeWords.of(text, 9, text.length());
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.folded(0)).isEqualTo("kindness");
  }

  @Test
  void capitalisedRunsAreNames() {
    assertThat(names("She chairs the Wellbeing and Resilience Board in Tarnby."))
        .containsExactly("wellbeing", "resilience", "board", "tarnby");
    assertThat(names("Listen to The Compassionate Leaders Hour tonight."))
        .containsExactly("the", "compassionate", "leaders", "hour");
  }

  @Test
  void aLoneCapitalisedWordIsANameOnlyInMidSentence() {
    assertThat(names("Kindness matters, says the Trust.")).containsExactly("trust");
    assertThat(names("It was simple: “Kindness first.”")).isEmpty();
    assertThat(names("Key points\nTrust your crews")).isEmpty();
    assertThat(names("Staff praised the CQC inspection.")).isEmpty();
    assertThat(names("Burnout in the NHS Confederation is rising.")).containsExactly("nhs", "confederation");
  }

  @Test
  void peoplesAndFaithsBeforeALowerCaseNounAreNoNames() {
    assertThat(names("She mentors Black and Asian officers in Tarnby.")).containsExactly("tarnby");
    assertThat(names("It funds Muslim-led charities.")).isEmpty();
    assertThat(names("He spoke at Black History Month in Leeds."))
        .containsExactly("black", "history", "month", "leeds");
    assertThat(names("She chairs the Black and Asian Staff Network."))
        .containsExactly("black", "asian", "staff", "network");
  }

  @Test
  void titleCaseChapterHeadingsHaveNoNamesByCapitals() {
    assertThat(names("(12:30) Building Trust After a Difficult Merger")).isEmpty();
    assertThat(names("[04:10] Why Kindness Beats Targets")).isEmpty();
    assertThat(names("(12:30) Why she finally called the chair of the Wellbeing and Resilience Board")).containsExactly("wellbeing", "resilience", "board");
    assertThat(names("Building Trust After a Difficult Merger")).containsExactly("building", "trust", "after", "difficult", "merger");
  }

  @Test
  void proseAfterATimestampKeepsItsNamesThoughMostWordsAreCapitalised() {
    // many capitalised names, but prose: "about", "book", "with", "what", "changed", "later" are lower case
    assertThat(names("[21:05]Her book with Dr Ama Quist of Tarnby Hill College, “Kindness Without Credit: "
        + "Partnership and Trust in Rural Practice,” and what changed later"))
        .contains("kindness", "credit", "trust", "practice");
    assertThat(names("[21:05] Kindness Without Credit: Partnership and Trust with the Board")).isEmpty();
  }

  @Test
  void germanSentencesHaveNoNamesByCapitals() {
    assertThat(names("Für sie ist Mitgefühl und Vertrauen die Grundlage.")).isEmpty();
    assertThat(names("For her Mitgefühl is the Grundlage.")).containsExactly("mitgefühl", "grundlage");
  }
}
