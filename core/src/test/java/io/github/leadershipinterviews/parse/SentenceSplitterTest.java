package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.model.Span;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {

  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text).stream().map(s -> s.in(text)).toList();
  }

  @Nested
  class Spans {
    @Test
    void coverEachSentenceWithoutSurroundingWhiteSpace() {
      String text = "  Ines Varga leads quietly.  \n\n  Then she listens.  ";
      assertThat(SentenceSplitter.split(text)).containsExactly(Span.of(2, 27), Span.of(33, 50));
    }

    @Test
    void splitRunTogetherSentencesAtTheCharacterAfterTheFullStop() {
      String text = "She trained in nursing.She later ran a hospice.";
      assertThat(SentenceSplitter.split(text)).containsExactly(Span.of(0, 23), Span.of(23, 47));
    }

    @Test
    void giveNothingForEmptyOrBlankText() {
      assertThat(SentenceSplitter.split("")).isEmpty();
      assertThat(SentenceSplitter.split(" \n\t\u00A0\r\n ")).isEmpty();
    }

    @Test
    void keepTextWithoutPunctuationAsOneSentence() {
      assertThat(SentenceSplitter.split("  a cut summary that never ends")).containsExactly(Span.of(2, 31));
    }
  }

  @Nested
  class Boundaries {
    @Test
    void afterAClosingQuoteRunTogetherWithTheNextSentence() {
      assertThat(sentences("Ayla calls it “a shared purpose.”They agreed."))
          .containsExactly("Ayla calls it “a shared purpose.”", "They agreed.");
    }

    @Test
    void afterAStraightClosingQuoteRunTogetherWithTheNextSentence() {
      assertThat(sentences("Ayla said \"we will.\"Next came the budget."))
          .containsExactly("Ayla said \"we will.\"", "Next came the budget.");
    }

    @Test
    void beforeARunTogetherOpeningQuote() {
      assertThat(sentences("Ayla paused.“We start again,” she said."))
          .containsExactly("Ayla paused.", "“We start again,” she said.");
    }

    @Test
    void beforeARunTogetherTimestamp() {
      assertThat(sentences("She closed the ward.[12:05]Marek asks why.(14:30)Next, the budget."))
          .containsExactly("She closed the ward.", "[12:05]Marek asks why.", "(14:30)Next, the budget.");
    }

    @Test
    void beforeABracketedTimestampEvenWithoutPunctuation() {
      assertThat(sentences("the rota went up on the noticeboard [03:05] Marek asks why"))
          .containsExactly("the rota went up on the noticeboard", "[03:05] Marek asks why");
    }

    @Test
    void afterQuestionAndExclamationMarks() {
      assertThat(sentences("Is trust a habit? Ines thinks so! She explains why."))
          .containsExactly("Is trust a habit?", "Ines thinks so!", "She explains why.");
    }

    @Test
    void afterAQuotationFollowedByANewSentenceAboutItsSpeaker() {
      assertThat(sentences("“Go home.” Ines Varga sent everyone home at six."))
          .containsExactly("“Go home.”", "Ines Varga sent everyone home at six.");
    }

    @Test
    void afterAnEllipsisBeforeACapital() {
      assertThat(sentences("It was hard… Then it got easier."))
          .containsExactly("It was hard…", "Then it got easier.");
    }

    @Test
    void afterAYearInBracketsWhenNoInitialsPrecedeIt() {
      assertThat(sentences("She published a review (2021). It found gaps."))
          .containsExactly("She published a review (2021).", "It found gaps.");
    }

    @Test
    void afterAFullStopBeforeANumber() {
      assertThat(sentences("She joined in 2019. 2020 was harder."))
          .containsExactly("She joined in 2019.", "2020 was harder.");
    }

    @Test
    void afterCjkFullStopsWithoutSpaces() {
      assertThat(sentences("彼女は看護師です。今は病院を率いています。"))
          .containsExactly("彼女は看護師です。", "今は病院を率いています。");
    }

    @Test
    void afterAGermanClosingQuote() {
      assertThat(sentences("„Vertrauen ist eine Gewohnheit.“ Sie lacht."))
          .containsExactly("„Vertrauen ist eine Gewohnheit.“", "Sie lacht.");
    }

    @Test
    void keepClosingQuotesAndBracketsWithTheirSentence() {
      assertThat(sentences("She called it “a habit.” (It stuck.) Then she left."))
          .containsExactly("She called it “a habit.”", "(It stuck.)", "Then she left.");
    }

    @Test
    void atParagraphBreaks() {
      assertThat(sentences("Tom Reyes runs the trust\n\nHe started in 2015\r\n\r\nHe stays"))
          .containsExactly("Tom Reyes runs the trust", "He started in 2015", "He stays");
    }

    @Test
    void atEveryLineOfAListOrHeading() {
      String text = "They talk about:\n- why rotas matter\n- how to say no\n"
          + "Key Takeaways:\n Trust first\n Speak up early";
      assertThat(sentences(text)).containsExactly("They talk about:", "- why rotas matter", "- how to say no",
          "Key Takeaways:", "Trust first", "Speak up early");
    }

    @Test
    void atEveryTranscriptLine() {
      String text = "[00:14] Ines Varga:      Thanks, Tom. Good to be here.\n[00:19] Tom Reyes:    Let’s begin";
      assertThat(sentences(text)).containsExactly(
          "[00:14] Ines Varga:      Thanks, Tom.", "Good to be here.", "[00:19] Tom Reyes:    Let’s begin");
    }

    @Test
    void atTimestampedLinesInParentheses() {
      assertThat(sentences("(3:20) How Ines rebuilt the rota\n(11:05) A board meeting that went wrong"))
          .containsExactly("(3:20) How Ines rebuilt the rota", "(11:05) A board meeting that went wrong");
    }

    @Test
    void atAbbreviationsThatCanEndASentenceWhenACapitalFollows() {
      assertThat(sentences("She worked in the U.K. Then she moved. They shared rotas, budgets, etc. It helped."))
          .containsExactly("She worked in the U.K.", "Then she moved.", "They shared rotas, budgets, etc.",
              "It helped.");
    }

    @Test
    void atReferenceAbbreviationsOnlyBeforeACapital() {
      assertThat(sentences("She lives at No. 5 Mill Lane. Asked again, she said no. Then she left."))
          .containsExactly("She lives at No. 5 Mill Lane.", "Asked again, she said no.", "Then she left.");
    }

    @Test
    void atAnEtceteraInAnotherLanguageBeforeACapital() {
      assertThat(sentences("Hän puhuu budjeteista, vuoroista jne. Sitten pidetään tauko."))
          .containsExactly("Hän puhuu budjeteista, vuoroista jne.", "Sitten pidetään tauko.");
    }

    @Test
    void afterAnExclamationMarkAfterAOneLetterWord() {
      assertThat(sentences("They chose plan A! Then plan B.")).containsExactly("They chose plan A!", "Then plan B.");
    }

    @Test
    void notAfterTheNumberOfANumberedListItem() {
      assertThat(sentences("Three habits:\n1. Walk the wards weekly\n12. Write it down."))
          .containsExactly("Three habits:", "1. Walk the wards weekly", "12. Write it down.");
    }

    @Test
    void notInsideAHardWrappedLineOfProse() {
      String text = "Ines Varga spent eleven years as a ward sister at Lakemoor General Hospital\n"
          + "before she moved into management in 2016.";
      assertThat(sentences(text)).containsExactly(text);
    }
  }

  @Nested
  class NonBoundaries {
    @ParameterizedTest
    @ValueSource(strings = {
        "Leaders need rituals, e.g. a weekly check-in, to stay close.",
        "It has one aim, i.e. fewer delays, and two methods.",
        "Dr. Ines Varga and Prof. Tom Reyes met Mr. Ali Demir at St. Anne’s Hall.",
        "She moved to the U.K. in 2019 and then to the U.S. for a year.",
        "She holds a Ph.D. in nursing from Lakemoor University.",
        "The huddle starts at 9 a.m. sharp every day.",
        "Budgets, rotas, etc. are all shared with the team.",
        "It was Lakemoor vs. Harbourside in the final.",
        "She lives at No. 5 Mill Lane with her family.",
        "Attendance rose by 3.5 per cent in a year.",
        "T. R. Halloway and P. J. Mbeki wrote the guide together.",
        "She kept the purpose… and the people close.",
        "“We gave everything … and we got it back,” she says.",
        "This meant, inter alia, fewer meetings and shorter reports.",
        "“Really?” she asked, laughing at the question.",
        "“Is it fair?” asks Ines, and the room goes quiet.",
        "The guide by Halloway, T. R. (2021) is short.",
        "She often cites Halloway, T. R. (2021). Small Wards: A Field Guide.",
        "Sie nennt z.B. die Pflege bzw. die Schule als Beispiele.",
        "Hän mainitsee esim. hoitotyön ja mm. koulut.",
        "Hon nämner t.ex. vården och bl.a. skolan.",
        "Hun nævner f.eks. plejen og skolen.",
        "Elle cite p.ex. les soins et l’école.",
        "Read more at lakemoor.example.org/episodes today.",
    })
    void keepsOneSentence(String text) {
      assertThat(sentences(text)).containsExactly(text);
    }

    @Test
    void betweenAQuotationAndItsAttributionByName() {
      assertThat(sentences("“Who is on call tonight?” Ines Varga asks. “Really?” Tom replied. “Go home.” Ines says."))
          .containsExactly("“Who is on call tonight?” Ines Varga asks.", "“Really?” Tom replied.",
              "“Go home.” Ines says.");
    }

    @Test
    void atATitleRunTogetherWithAName() {
      assertThat(sentences("She thanks Dr.Ines Varga for it.")).containsExactly("She thanks Dr.Ines Varga for it.");
    }

    @Test
    void insideDottedAbbreviationsRunTogether() {
      assertThat(sentences("She earned a Ph.D at Lakemoor, then left the U.K for good."))
          .containsExactly("She earned a Ph.D at Lakemoor, then left the U.K for good.");
    }
  }
}
