package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.model.Diagnostic;
import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.parse.QuotedPassage.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotationScannerTest {

  private static List<String> texts(String body) {
    return QuotationScanner.scan(body).stream().map(q -> q.text().in(body)).toList();
  }

  private static List<Kind> kinds(String body) {
    return QuotationScanner.scan(body).stream().map(QuotedPassage::kind).toList();
  }

  // ---- pairing

  @Test
  void pairsCurlyDoubleMarksAndKeepsTheSpanExact() {
    String body = "Wren Halloway says that “we build slowly, and we build together.” Then she left.";
    List<QuotedPassage> quotes = QuotationScanner.scan(body);
    assertThat(quotes).hasSize(1);
    QuotedPassage q = quotes.get(0);
    assertThat(q.text()).isEqualTo(Span.of(25, 64));
    assertThat(q.text().in(body)).isEqualTo("we build slowly, and we build together.");
    assertThat(q.marks()).isEqualTo(Span.of(24, 65));
    assertThat(q.kind()).isEqualTo(Kind.SPEECH);
    assertThat(q.closed()).isTrue();
  }

  @Test
  void anOpeningMarkGluedToASentenceEndInsideAPassageRunsItOn() {
    assertThat(texts("Ada Moreau recalls the first winter. “Nobody asked for more money. They asked for more time."
        + "“So we gave them Sundays back,” she says."))
        .containsExactly("Nobody asked for more money. They asked for more time.“So we gave them Sundays back,");
  }

  @Test
  void pairsStraightDoubleMarks() {
    assertThat(texts("\"Listen first, then decide,\" Ada Moreau says.")).containsExactly("Listen first, then decide,");
  }

  @Test
  void pairsCurlyOpenerWithStraightCloser() {
    assertThat(texts("Ada said: “Nobody told us the plan.\" Then she smiled."))
        .containsExactly("Nobody told us the plan.");
  }

  @Test
  void pairsTheSameRightMarkAsOpenerAndCloserInSwedishAndFinnish() {
    assertThat(texts("Hon log. ”Vi gör det tillsammans”, säger hon. ”Alltid, varje dag.”Sedan gick hon."))
        .containsExactly("Vi gör det tillsammans", "Alltid, varje dag.");
  }

  @Test
  void pairsGermanAndFrenchMarks() {
    assertThat(texts("Sie sagt: „Wir hören zuerst zu.“ Dann »Wir handeln gemeinsam«, sagt sie."))
        .containsExactly("Wir hören zuerst zu.", "Wir handeln gemeinsam");
    assertThat(texts("Elle dit : « Nous avons appris à écouter. » Puis elle part."))
        .containsExactly("Nous avons appris à écouter.");
  }

  @Test
  void acceptsTheClosingMarkBeforeOrAfterTheFullStopAndEllipsesInside() {
    assertThat(texts("Bo said “we listen.” Then “we act”. And “we tried … and failed,” he adds."))
        .containsExactly("we listen.", "we act", "we tried … and failed,");
  }

  @Test
  void pairsSingleMarksUsedForSpeech() {
    String body = "‘We promote the wrong people,’ she says. ‘Then we blame them for struggling.’";
    assertThat(texts(body)).containsExactly("We promote the wrong people,", "Then we blame them for struggling.");
    assertThat(kinds(body)).containsExactly(Kind.SPEECH, Kind.SPEECH);
  }

  @Test
  void neverTakesApostrophesForQuoteMarks() {
    assertThat(texts("It’s Ada’s view that the nurses’ rooms matter. O’Leary said the ’90s were hard, "
        + "didn't they? Rock ’n’ roll, she’d say, and ’em too. The teachers' union agreed.")).isEmpty();
  }

  @Test
  void aPluralPossessiveInsideSingleMarkSpeechDoesNotCloseIt() {
    assertThat(texts("‘The nurses’ station is where we really talk,’ she says."))
        .containsExactly("The nurses’ station is where we really talk,");
  }

  @Test
  void aPluralPossessiveClosesASingleMarkTermWhenNothingBetterFollows() {
    assertThat(texts("They act as the ‘first listeners’ of the team, and it works."))
        .containsExactly("first listeners");
  }

  @Test
  void aQuotationReopenedOnTheNextParagraphIsOnePassage() {
    String body = "She remembers that night:\n\n“We sat on the floor and talked.\n\n    “Nobody left early. That was "
        + "the point.”\nNext paragraph.";
    List<QuotedPassage> quotes = QuotationScanner.scan(body);
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text().in(body))
        .isEqualTo("We sat on the floor and talked.\n\n    “Nobody left early. That was the point.");
    assertThat(quotes.get(0).closed()).isTrue();
  }

  @Test
  void aPossessiveInASingleMarkQuotationThatRunsOverParagraphsDoesNotCloseIt() {
    String body = "‘We had the nurses’ rota on the wall. Nobody read it.\n\n‘Then we asked them,’ he says.";
    assertThat(texts(body)).containsExactly("We had the nurses’ rota on the wall. Nobody read it.\n\n‘Then we asked them,");
  }

  @Test
  void aHardWrappedLineInsideAQuotationDoesNotEndIt() {
    assertThat(texts("She said “we started with the night shift and\nthen moved to days,” and smiled."))
        .containsExactly("we started with the night shift and\nthen moved to days,");
  }

  @Test
  void anUnclosedMarkEndsAtItsParagraphAndIsReported() {
    String body = "He said “this never closes.\nThe next paragraph has “a real quotation in it” here.";
    List<QuotedPassage> quotes = QuotationScanner.scan(body);
    assertThat(quotes).extracting(q -> q.text().in(body))
        .containsExactly("this never closes.", "a real quotation in it");
    assertThat(quotes).extracting(QuotedPassage::closed).containsExactly(false, true);
    List<Diagnostic> diagnostics = QuotationScanner.diagnostics(quotes, 100);
    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0).code()).isEqualTo("unclosed-quote");
    assertThat(diagnostics.get(0).inputSpan()).contains(Span.of(108, 127));
  }

  @Test
  void anUnclosedMarkAtTheEndOfCutTextRunsToTheEnd() {
    String body = "She said “we were just about to change the rota when…  ";
    List<QuotedPassage> quotes = QuotationScanner.scan(body);
    assertThat(quotes).extracting(q -> q.text().in(body)).containsExactly("we were just about to change the rota when…");
    assertThat(quotes.get(0).closed()).isFalse();
  }

  @Test
  void aStrayClosingMarkOrInchMarkOpensNothing() {
    assertThat(texts("It ended.” Then “real words came after,” she said.")).containsExactly("real words came after,");
    assertThat(texts("A 5\" screen, and \"the big picture matters,\" he said."))
        .containsExactly("the big picture matters,");
  }

  @Test
  void aNewOpeningMarkEndsAnEarlierUnclosedOneInsteadOfSwallowingText() {
    String body = "He said “first part. Later “second part here,” she said.";
    List<QuotedPassage> quotes = QuotationScanner.scan(body);
    assertThat(quotes).extracting(q -> q.text().in(body)).containsExactly("first part. Later", "second part here,");
    assertThat(quotes).extracting(QuotedPassage::closed).containsExactly(false, true);
  }

  @Test
  void keepsSingleMarksNestedInsideDoubleOnes() {
    String body = "“He called it ‘the long winter’, and he was right,” she says.";
    assertThat(texts(body)).containsExactly("He called it ‘the long winter’, and he was right,", "the long winter");
    assertThat(kinds(body)).containsExactly(Kind.SPEECH, Kind.TERM);
  }

  // ---- classification

  @Test
  void titlesFollowAWorkCue() {
    assertThat(kinds("She wrote about it in her book “Small Doors, Wide Rooms”, which sold well.")).containsExactly(Kind.TITLE);
    assertThat(kinds("The 2021 report “Counting what matters”, published by the board, found gaps."))
        .containsExactly(Kind.TITLE);
    assertThat(kinds("She keeps a blog entitled \"notes at dawn\" for her staff.")).containsExactly(Kind.TITLE);
    assertThat(kinds("Her TEDx talk \"Listening Out Loud\" grew from it.")).containsExactly(Kind.TITLE);
    assertThat(kinds("A review was published as ‘The Night Ledger.’ It found much.")).containsExactly(Kind.TITLE);
    assertThat(kinds("Rapporten ”Ledare i förändring” från 2024 visar mycket.")).containsExactly(Kind.TITLE);
  }

  @Test
  void aRunOfTitlesAfterOneCueAreAllTitles() {
    assertThat(kinds("His books “A Quiet Mile”, “open hands” and “Field notes” are popular."))
        .containsExactly(Kind.TITLE, Kind.TITLE, Kind.TITLE);
  }

  @Test
  void aTitleCasePhraseIsATitle() {
    assertThat(kinds("She introduced ‘The Millbrook Pledge’, a compact with the town.")).containsExactly(Kind.TITLE);
    assertThat(kinds("She started the “Open Doors” programme in 2020.")).containsExactly(Kind.TERM);
  }

  @Test
  void aTitleCasePhraseWithACommaBetweenPhrasesIsATitleUnlessSpoken() {
    assertThat(kinds("They discuss the union’s paper “Warm Homes, Fair Rents” and what came of it."))
        .containsExactly(Kind.TITLE);
    assertThat(kinds("She recommends Ola Brandt’s \"Quiet Rooms, Loud Choices\".")).containsExactly(Kind.TITLE);
    assertThat(kinds("She told them, “Warm Homes, Fair Rents” and left it there.")).containsExactly(Kind.SPEECH);
    assertThat(kinds("Her motto is “Listen, Then Lead” every day.")).containsExactly(Kind.SPEECH);
  }

  @Test
  void theEpisodeTitleQuotedAgainIsATitle() {
    String body = "This episode, “We keep the lights on”, looks at night work.";
    assertThat(QuotationScanner.scan(body, Optional.of("We Keep the Lights On")))
        .extracting(QuotedPassage::kind).containsExactly(Kind.TITLE);
    assertThat(QuotationScanner.scan(body, Optional.of("Something else")))
        .extracting(QuotedPassage::kind).containsExactly(Kind.SPEECH);
    String spoken = "“We keep the lights on,” she says.";
    assertThat(QuotationScanner.scan(spoken, Optional.of("We keep the lights on")))
        .extracting(QuotedPassage::kind).containsExactly(Kind.SPEECH);
  }

  @Test
  void whatAReportSaysIsSpeechNotATitle() {
    assertThat(kinds("The report concluded that “the service had grown too fast for its foundations.”"))
        .containsExactly(Kind.SPEECH);
    assertThat(kinds("Its 2022 report “Thin Ice” said that the trust “had run on goodwill for years,” and so on."))
        .containsExactly(Kind.TITLE, Kind.SPEECH);
  }

  @Test
  void singleWordsAndShortUnpunctuatedPhrasesAreTerms() {
    assertThat(kinds("Staff felt “unseen” and spoke of the ‘why’ question.")).containsExactly(Kind.TERM, Kind.TERM);
    assertThat(kinds("This is what she calls the ‘kindness audit’: a weekly check.")).containsExactly(Kind.TERM);
    assertThat(kinds("They built “quiet hours” into the rota.")).containsExactly(Kind.TERM);
  }

  @Test
  void shortPhrasesIntroducedAsSpeechAreSpeech() {
    assertThat(kinds("She said: “Keep going”. Then “she was right,” he adds.")).containsExactly(Kind.SPEECH, Kind.SPEECH);
    assertThat(kinds("He calls it “building with people, not for them,” and means it.")).containsExactly(Kind.SPEECH);
    assertThat(kinds("She told them “never again” and left.")).containsExactly(Kind.SPEECH);
  }

  @Test
  void aColonBeforeARunOfTitlesDoesNotMakeItsFirstItemSpeech() {
    assertThat(kinds("Her reading list for new heads: \"The Quiet Office,\" \"Small Rooms\" and \"After the Bell.\""))
        .containsExactly(Kind.TITLE, Kind.TITLE, Kind.TITLE);
    assertThat(kinds("She told them: \"We Start Again,\" and left."))
        .containsExactly(Kind.SPEECH);
  }

  @Test
  void aTitlePublishedInAYearAsAQuotedName() {
    assertThat(kinds("The review, published in 2025 as ‘Open Shelves, Short Hours’, found that visits rose."))
        .containsExactly(Kind.TITLE);
  }
}
