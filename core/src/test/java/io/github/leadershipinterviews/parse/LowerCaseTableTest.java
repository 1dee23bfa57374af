package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.leadershipinterviews.model.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The look-up tables that answer for a word's lower-case form without making it: they must agree with a plain
 * {@code map.get(word.toLowerCase(Locale.ROOT))}, whatever the word's case, position in the text and slot.
 */
class LowerCaseTableTest {

  private static final LowerCaseTable ROLES = new LowerCaseTable(Map.of("chief", 1, "executive", 2, "chair", 4));

  @Test
  void findsAWordWhateverItsCase() {
    assertThat(ROLES.get("chief")).isEqualTo(1);
    assertThat(ROLES.get("Chief")).isEqualTo(1);
    assertThat(ROLES.get("EXECUTIVE")).isEqualTo(2);
    assertThat(ROLES.get("cHaIr")).isEqualTo(4);
  }

  @Test
  void answersZeroForAWordItDoesNotHold() {
    assertThat(ROLES.get("chiefs")).isZero();
    assertThat(ROLES.get("chie")).isZero();
    assertThat(ROLES.get("")).isZero();
    assertThat(ROLES.get("Treasurer")).isZero();
  }

  @Test
  void looksUpAWordInsideALongerText() {
    String text = "Wren Alder, Chief Executive of Fallow Moor Trust";
    assertThat(ROLES.get(text, 12, 17)).isEqualTo(1); // "Chief"
    assertThat(ROLES.get(text, 18, 27)).isEqualTo(2); // "Executive"
    assertThat(ROLES.get(text, 12, 16)).isZero(); // "Chie"
    assertThat(ROLES.get(text, 0, 4)).isZero(); // "Wren"
  }

  @Test
  void agreesWithAHashMapOverManyWordsSharingSlots() {
    // 3,000 keys in a table of 8,192 slots: many words land on a slot already taken and are found by probing.
    Map<String, Integer> entries = new HashMap<>();
    for (int i = 0; i < 3_000; i++) {
      entries.put(word(i), i + 1);
    }
    LowerCaseTable table = new LowerCaseTable(entries);
    for (int i = 0; i < 6_000; i++) {
      String lower = word(i);
      int expected = entries.getOrDefault(lower, 0);
      assertThat(table.get(lower.toUpperCase(Locale.ROOT))).as(lower).isEqualTo(expected);
      assertThat(table.get(capitalised(lower))).as(lower).isEqualTo(expected);
    }
  }

  @Test
  void refusesZeroAsAValueBecauseZeroMeansAbsent() {
    assertThatThrownBy(() -> new LowerCaseTable(Map.of("board", 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value 0 for \"board\": 0 means absent");
  }

  @Test
  void tellsAsciiFromOtherText() {
    assertThat(LowerCaseTable.isAscii("Fallow Moor")).isTrue();
    assertThat(LowerCaseTable.isAscii("Kärrby kommun")).isFalse();
    assertThat(LowerCaseTable.isAscii("Kärrby kommun", 7, 13)).isTrue();
    assertThat(LowerCaseTable.isAscii("“Quoted”", 1, 7)).isTrue();
  }

  @Test
  void wordSetFindsAsciiAndOtherWordsInLowerCase() {
    LowerCaseWords words = new LowerCaseWords(List.of("chair", "ordförande", "puheenjohtaja"));
    String text = "Ordförande Ilsa Brandt, Chair and PUHEENJOHTAJA";
    assertThat(words.containsLowered(text, Span.of(0, 10))).isTrue(); // Ordförande: through the lower-case copy
    assertThat(words.containsLowered(text, Span.of(24, 29))).isTrue(); // Chair: without a copy
    assertThat(words.containsLowered(text, Span.of(34, 47))).isTrue(); // PUHEENJOHTAJA
    assertThat(words.containsLowered(text, Span.of(11, 15))).isFalse(); // Ilsa
    assertThat(words.containsLowered(text, Span.of(30, 33))).isFalse(); // and
  }

  /** A distinct lower-case ASCII word for each {@code i}: its digits in base 26, letters a-z. */
  private static String word(int i) {
    StringBuilder out = new StringBuilder();
    int n = i;
    do {
      out.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return out.append("ward").toString();
  }

  private static String capitalised(String lower) {
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
