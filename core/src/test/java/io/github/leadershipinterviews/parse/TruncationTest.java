package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TruncationTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Ines Varga talks about trust, and why...",
      "She says: \"It was our people deciding that it's everyone's job to...\"",
      "Hän sanoo: ”Se oli meidän tehtävämme ja…”",
      "Ines Varga talks about trust, and why the…",
      "Ines Varga talks about trust, and why the …  \n",
      "Ines Varga talks about trust.\nShe also explains why the..",
      "She describes the resistanc",
      "She will be back next wee",
      "She tells the story of the ward and the",
      "Tom Reyes: That was the whole po",
      "Key Takeaways:\n Trust first\n Speak up early\n Keep the door ope",
      "Key Takeaways:\n- Trust first\n- Let bad news travel fa",
      "She explains what she learned [...]",
      "She explains what she learned (…)",
      "She explains what she learned … more",
      "She explains what she learned... Read more",
      "She explains what she learned…Lue lisää",
      "She lists three lessons:",
      "Hän kertoo, miksi tiimi kokoontuu joka maanantai ja mitä siitä on opit",
      "Dana Mirza talks to Sir Callum Reid",
      "彼女は病院の夜勤チームと話し合い、その経験から多くのことを学んだと語っています",
  })
  void isTrueForTextCutShort(String body) {
    assertThat(Truncation.isTruncated(body)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "   \n\t ",
      "She talks about trust.",
      "Is trust a habit?",
      "Keep them close!",
      "“It’s a habit, not a project.”",
      "“It’s a habit, not a project.”\n",
      "She calls it “a habit.”",
      "She calls it \"a habit.\"",
      "(She still does.)",
      "“We asked for everything …”",
      "She paused… and went on.\n",
      "She talks about trust.\nResources mentioned:\nThe Open Door Handbook 2024",
      "She talks about trust.\nLessons from the Long Winter",
      "She talks about trust.\nSupport the show",
      "She talks about trust.\nHosted on Blueharbor Audio",
      "She talks about trust.\nspotify youtube googleplay",
      "She talks about trust.\nApple Podcasts | Spotify | YouTube",
      "She talks about trust.\nFind the full notes at www.example.org",
      "She talks about trust.\n00:42:27",
      "She talks about trust.\n    • Business",
      "彼女は信頼について話します。",
      "Thanks for listening 🎧",
  })
  void isFalseForTextThatEndsNaturally(String body) {
    assertThat(Truncation.isTruncated(body)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Show notes:\n- Her first board vote\n- The advice her mentor gave her before it",
      "She ends on what she tells every new head: trust takes years."})
  void beforeAFooterALineWithoutAStopEndsTheBody(String body) {
    assertThat(Truncation.isTruncated(body, true)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Asked what she tells new heads, she says: “Find the person in the office who",
      "She talks about the board, and why the",
      "She talks about the board, and why..."})
  void beforeAFooterAnOpenQuotationALinkingWordOrAnEllipsisIsACut(String body) {
    assertThat(Truncation.isTruncated(body, true)).isTrue();
  }

  @Test
  void aChapterListEndsWholeOnAWordTheTextUsesAndIsCutOnAPieceOfOne() {
    String chapters = "Mira Falk has run the harbour since 2019 and trains every new pilot herself.\n"
        + "Chapters:\n"
        + "[02:10] The night the harbour froze\n"
        + "(14:35) Training a pilot\n";
    assertThat(Truncation.isTruncated(chapters + "27:50 What she would tell a new pilot")).isFalse();
    assertThat(Truncation.isTruncated(chapters + "27:50 What she would tell a new pil")).isTrue();
    assertThat(Truncation.isTruncated(chapters + "27:50 What she would tell a new pilot ab")).isTrue();
    assertThat(Truncation.isTruncated("Mira Falk trains every new pilot.\n27:50 What she would tell a new pilot"))
        .isTrue();   // one timestamped line is no list: prose cut after a time
  }
}
