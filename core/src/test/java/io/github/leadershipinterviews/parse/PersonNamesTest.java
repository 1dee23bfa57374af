package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

  @Test
  void splitsHonorificAndDottedPostNominalAfterComma() {
    PersonName n = PersonNames.parse("Dr Maren Solheim, Ph.D.");
    assertThat(n.name()).isEqualTo("Maren Solheim");
    assertThat(n.honorific()).contains("Dr");
    assertThat(n.postNominals()).containsExactly("Ph.D.");
  }

  @Test
  void keepsSeveralPostNominalsInOrder() {
    PersonName n = PersonNames.parse("Dr. Lucia Ferreyra, MD, MPH");
    assertThat(n.name()).isEqualTo("Lucia Ferreyra");
    assertThat(n.honorific()).contains("Dr.");
    assertThat(n.postNominals()).containsExactly("MD", "MPH");
  }

  @Test
  void joinsStackedHonorifics() {
    PersonName n = PersonNames.parse("Professor Dame Jo Bellamy CBE");
    assertThat(n.name()).isEqualTo("Jo Bellamy");
    assertThat(n.honorific()).contains("Professor Dame");
    assertThat(n.postNominals()).containsExactly("CBE");
  }

  @Test
  void readsRomanNumeralAsAppearanceNotName() {
    PersonName n = PersonNames.parse("Nate Doe II");
    assertThat(n.name()).isEqualTo("Nate Doe");
    assertThat(n.appearance()).isEqualTo(OptionalInt.of(2));
  }

  @Test
  void leavesPlainNameAlone() {
    assertThat(PersonNames.parse("  Niamh O’Farrell ")).isEqualTo(
        new PersonName("Niamh O’Farrell", Optional.empty(), List.of(), OptionalInt.empty()));
  }

  @Test
  void neverStripsTheOnlyWordLeft() {
    assertThat(PersonNames.parse("Dr").name()).isEqualTo("Dr");
    assertThat(PersonNames.parse("Sir Bell").name()).isEqualTo("Bell");
  }
}
