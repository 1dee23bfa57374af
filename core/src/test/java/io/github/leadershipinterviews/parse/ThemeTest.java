package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThemeTest {

  private static Theme.Builder ovens() {
    return Theme.builder().id("ovens").label("Ovens");
  }

  @Test
  void keepsCuesAsWrittenInOrderWithoutDuplicates() {
    Theme t = ovens().addCues("oven*", " kiln ", "oven*").addWeakCues("heat").addIgnored("oven glove*").build();
    assertThat(t.id()).isEqualTo("ovens");
    assertThat(t.label()).isEqualTo("Ovens");
    assertThat(t.cues()).containsExactly("oven*", "kiln");
    assertThat(t.weakCues()).containsExactly("heat");
    assertThat(t.ignored()).containsExactly("oven glove*");
  }

  @Test
  void toBuilderRoundTripsToAnEqualTheme() {
    Theme t = ovens().addCues("oven*").addWeakCues("heat").addIgnored("oven glove*").build();
    assertThat(t.toBuilder().build()).isEqualTo(t).hasSameHashCodeAs(t);
    assertThat(t.toBuilder().label("Bread ovens").build()).isNotEqualTo(t);
  }

  @Test
  void requiresIdAndLabel() {
    assertThatThrownBy(() -> Theme.builder().label("Ovens").addCues("oven").build())
        .isInstanceOf(NullPointerException.class).hasMessage("theme id is missing");
    assertThatThrownBy(() -> Theme.builder().id("ovens").addCues("oven").build())
        .isInstanceOf(NullPointerException.class).hasMessage("theme \"ovens\" has no label");
  }

  @Test
  void rejectsMalformedIdsBlankLabelsAndMissingCues() {
    assertThatThrownBy(() -> Theme.builder().id(" ").label("X").addCues("oven").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("theme id \" \" must be lower-case letters and digits");
    assertThatThrownBy(() -> Theme.builder().id("ovens--two").label("X").addCues("oven").build())
        .hasMessageStartingWith("theme id \"ovens--two\" must be");
    assertThatThrownBy(() -> ovens().label("  ").addCues("oven").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("theme \"ovens\" has a blank label");
    assertThatThrownBy(() -> ovens().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("theme \"ovens\" has no cues");
  }

  @Test
  void rejectsBlankAndNullCues() {
    assertThatThrownBy(() -> ovens().addCues("oven", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cues must not hold a blank entry but got \" \"");
    assertThatThrownBy(() -> ovens().addWeakCues(""))
        .hasMessage("weakCues must not hold a blank entry but got \"\"");
    assertThatThrownBy(() -> ovens().addIgnored((String) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void rejectsMalformedCueSyntaxNamingThemeAndCue() {
    assertThatThrownBy(() -> ovens().addCues("ov*").build())
        .hasMessage("theme \"ovens\": cue \"ov*\" has a wildcard stem shorter than 3 characters: \"ov\"");
    assertThatThrownBy(() -> ovens().addCues("oven ~").build())
        .hasMessage("theme \"ovens\": cue \"oven ~\" must start and end with a word, not with ~");
    assertThatThrownBy(() -> ovens().addCues("oven").addIgnored("*").build())
        .hasMessage("theme \"ovens\": cue \"*\" has a word without letters or digits: \"*\"");
  }

  @Test
  void acceptsOnlyWeakCues() {
    assertThat(ovens().addWeakCues("heat").build().cues()).isEmpty();
  }
}
