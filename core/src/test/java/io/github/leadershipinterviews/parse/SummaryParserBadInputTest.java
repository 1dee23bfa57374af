package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.leadershipinterviews.model.Diagnostic;
import io.github.leadershipinterviews.model.Episode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The documented answers to bad input: null, input over the limit, empty and white-space-only text. */
class SummaryParserBadInputTest {

  @Test
  void nullTextThrowsNullPointerExceptionNamingTheArgument() {
    assertThatThrownBy(() -> SummaryParser.defaults().parse(null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void textOverTheLimitThrowsInputTooLongExceptionWithLimitAndSize() {
    SummaryParser parser = SummaryParser.builder().maxInputLength(10).build();
    assertThatThrownBy(() -> parser.parse("Ines leads."))
        .isExactlyInstanceOf(InputTooLongException.class)
        .hasMessage("input is 11 characters long, over the limit of 10 (SummaryParser.Builder.maxInputLength)")
        .satisfies(e -> {
          assertThat(((InputTooLongException) e).length()).isEqualTo(11);
          assertThat(((InputTooLongException) e).limit()).isEqualTo(10);
        });
  }

  @Test
  void textExactlyAtTheLimitIsParsed() {
    SummaryParser parser = SummaryParser.builder().maxInputLength(11).build();
    assertThat(parser.parse("Ines leads.").summary().text()).isEqualTo("Ines leads.");
  }

  @Test
  void theLimitIsCheckedBeforeAnyWorkOnAHugeInput() {
    SummaryParser parser = SummaryParser.builder().maxInputLength(1).build();
    CharSequence huge = new HugeText(Integer.MAX_VALUE);
    assertThatThrownBy(() -> parser.parse(huge))
        .isInstanceOf(InputTooLongException.class)
        .hasMessageContaining(String.valueOf(Integer.MAX_VALUE))
        .hasMessageContaining("limit of 1 ");
  }

  @Test
  void aLimitBelowOneIsRejectedByTheBuilder() {
    assertThatThrownBy(() -> SummaryParser.builder().maxInputLength(0))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxInputLength must be >= 1 but was 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n\n", " \t\r\n\u000B\f ", "\u2028\u2029 \u3000"})
  void emptyOrWhiteSpaceOnlyTextGivesAnEmptyEpisodeWithADiagnostic(String text) {
    Episode episode = SummaryParser.defaults().parse(text);
    assertThat(episode.diagnostics()).extracting(Diagnostic::code).contains("empty-input");
    assertThat(episode.title()).isEmpty();
    assertThat(episode.show()).isEmpty();
    assertThat(episode.guests()).isEmpty();
    assertThat(episode.people()).isEmpty();
    assertThat(episode.organisations()).isEmpty();
    assertThat(episode.works()).isEmpty();
    assertThat(episode.quotations()).isEmpty();
    assertThat(episode.themes()).isEmpty();
    assertThat(episode.summary().sentences()).isEmpty();
    assertThat(episode.summary().truncated()).isFalse();
    EpisodeInvariants.check(text, episode);
  }

  /** A CharSequence of any length that holds no memory, to show the limit is checked on the length alone. */
  private record HugeText(int length) implements CharSequence {
    @Override
    public char charAt(int index) {
      return 'a';
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new HugeText(end - start);
    }

    @Override
    public String toString() {
      throw new UnsupportedOperationException("the parser must not copy an input over its limit");
    }
  }
}
