package io.github.leadershipinterviews.parse;

import static io.github.leadershipinterviews.parse.EntityFixtures.guests;
import static io.github.leadershipinterviews.parse.EntityFixtures.mentions;
import static io.github.leadershipinterviews.parse.EntityFixtures.people;
import static io.github.leadershipinterviews.parse.EntityFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptEntitiesTest {

  private static final String BODY = "Alex Moray is chief executive of Birchwood Hospice.\n"
      + "[00:00] Alex Penn:      Hello and welcome back to The Open Book. I’m Alex Penn, and my guest shares my "
      + "first name. Alex, welcome.\n"
      + "[00:12] Alex Moray:    Thanks, Alex. My chair, Gail Frew, said it first.\n";

  @Test
  void labelsGiveGuestAndHostAndOthersArePeople() {
    Entities e = read(BODY);
    assertThat(guests(e)).containsExactly("Alex Moray");
    assertThat(people(e)).containsExactly("Gail Frew");
  }

  @Test
  void sharedFirstNameIsTheOtherPartyInsideATranscriptLine() {
    Entities e = read(BODY, List.of("Alex Moray"), List.of("Alex Penn"));
    List<String> m = mentions(e, BODY);
    int hostLine = BODY.indexOf("Alex, welcome");
    int guestLine = BODY.indexOf("Thanks, Alex") + "Thanks, ".length();
    assertThat(e.mentions()).anySatisfy(pm -> {
      assertThat(pm.span().start()).isEqualTo(hostLine);
      assertThat(pm.fullName()).isEqualTo("Alex Moray");
    });
    assertThat(e.mentions()).anySatisfy(pm -> {
      assertThat(pm.span().start()).isEqualTo(guestLine);
      assertThat(pm.fullName()).isEqualTo("Alex Penn");
    });
    assertThat(m).contains("Alex Penn -> Alex Penn", "Alex Moray -> Alex Moray");
  }

  @Test
  void sharedFirstNameInProseIsTheGuest() {
    String body = "Sam Idris talks to Sam Holt, chief executive of Marram Trust. Sam explains the budget.";
    Entities e = read(body, List.of(), List.of("Sam Idris"));
    assertThat(guests(e)).containsExactly("Sam Holt");
    assertThat(mentions(e, body)).endsWith("Sam -> Sam Holt");
  }
}
