package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldedWordTableTest {
  private final FoldedWordTable table = new FoldedWordTable(List.of("und", "der", "für", "und", "Die"));

  @Test
  void findsAWordWhereItStandsWithAsciiCapitalsFolded() {
    String text = "Mehr DER Zeit";
    assertThat(table.indexOf(text, 5, 8)).isEqualTo(1);
    assertThat(table.indexOf("und", 0, 3)).isEqualTo(0);
  }

  @Test
  void aRepeatedWordKeepsItsFirstIndex() {
    assertThat(table.indexOf("xund", 1, 4)).isEqualTo(0);
  }

  @Test
  void comparesOtherCharactersAsTheyAre() {
    assertThat(table.contains("für", 0, 3)).isTrue();
    assertThat(table.contains("FÜR", 0, 3)).isFalse();   // only ASCII is folded on the fly: fold the word first
  }

  @Test
  void aWordWithCapitalsInTheTableNeverMatchesFoldedText() {
    assertThat(table.contains("die", 0, 3)).isFalse();
    assertThat(table.contains("Die", 0, 3)).isFalse();
  }

  @Test
  void missesAPrefixOrALongerWord() {
    assertThat(table.contains("un", 0, 2)).isFalse();
    assertThat(table.contains("under", 0, 5)).isFalse();
  }
}
