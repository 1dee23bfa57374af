package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.model.Episode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attributions a blind evaluation set showed going to the wrong person; whole parses of our own text. */
class SpeakerBlindMissesTest {

  private static List<String> speakers(String summary) {
    Episode e = SummaryParser.defaults().parse(summary);
    return e.quotations().stream().map(q -> q.speaker().orElse("-")).toList();
  }

  @Test
  void aNameAfterWhoseSpeaksRatherThanTheOwner() {
    assertThat(speakers("Ada Moreau leads Penrose Libraries. Ada asks about the Friends of Penrose Library, whose "
        + "chair, Maureen Tallis, told the council that “a library is not a building, it is a promise.”"))
        .containsExactly("Maureen Tallis");
  }

  @Test
  void aParentheticalSheSaysIsNotTheSubject() {
    assertThat(speakers("Ada Moreau leads Penrose Libraries. She praises the readers’ panel chaired by Leroy "
        + "Quinn. Quinn, she says, told the board: “Don’t thank us for coming.”"))
        .containsExactly("Leroy Quinn");
  }

  @Test
  void inSomeonesWordsGivesThemTheWords() {
    assertThat(speakers("Ada Moreau leads Penrose Libraries. Kofi Bell asks about the readers’ panel, which had, "
        + "in Ada’s words, “been writing to us for years.”"))
        .containsExactly("Ada Moreau");
  }
}
