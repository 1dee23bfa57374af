package io.github.leadershipinterviews.model;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every invariant the model checks when a value is built, with the exact message a user sees. */
class ModelInvariantsTest {

  private static final Summary TEN_CHARS = Summary.builder().text("0123456789").build();

  @Test
  void spanRejectsNegativeStart() {
    assertThatIllegalArgumentException().isThrownBy(() -> Span.of(-1, 3))
        .withMessage("Span.start must be >= 0 but was -1");
  }

  @Test
  void spanRejectsInvertedRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> Span.of(5, 4))
        .withMessage("Span.end must be >= start but was [5, 4)");
  }

  @Test
  void organisationRejectsBlankNameAndAcronym() {
    assertThatIllegalArgumentException().isThrownBy(() -> Organisation.of("  "))
        .withMessage("Organisation.name must not be blank but was \"  \"");
    assertThatIllegalArgumentException().isThrownBy(() -> Organisation.of("Tarn Trust", ""))
        .withMessage("Organisation.acronym must not be blank but was \"\"");
  }

  @Test
  void roleRejectsBlankTitle() {
    assertThatIllegalArgumentException().isThrownBy(() -> Role.of("\t"))
        .withMessage("Role.title must not be blank but was \"\t\"");
  }

  @Test
  void personRejectsBlankNameHonorificAndPostNominal() {
    assertThatIllegalArgumentException().isThrownBy(() -> Person.of(""))
        .withMessage("Person.name must not be blank but was \"\"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Person.builder().name("Ada Vell").honorific(" ").build())
        .withMessage("Person.honorific must not be blank but was \" \"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Person.builder().name("Ada Vell").addPostNominals("PhD", "").build())
        .withMessage("Person.postNominals[1] must not be blank but was \"\"");
  }

  @Test
  void personRejectsAppearanceBelowOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Person.builder().name("Ada Vell").appearance(0).build())
        .withMessage("Person.appearance must be >= 1 but was 0");
  }

  @Test
  void quotationRejectsBlankTextAndSpeaker() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Quotation.builder().text(" ").span(Span.of(0, 1)).build())
        .withMessage("Quotation.text must not be blank but was \" \"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Quotation.builder().text("Go").speaker("").span(Span.of(0, 2)).build())
        .withMessage("Quotation.speaker must not be blank but was \"\"");
  }

  @Test
  void quotationSpanMustCoverExactlyItsText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Quotation.builder().text("Go on").span(Span.of(0, 4)).build())
        .withMessage("Quotation.span [0, 4) covers 4 characters but Quotation.text has 5: \"Go on\"");
  }

  @Test
  void workRejectsBlankTitle() {
    assertThatIllegalArgumentException().isThrownBy(() -> Work.of(""))
        .withMessage("Work.title must not be blank but was \"\"");
  }

  @Test
  void themeMatchRejectsScoreOutsideUnitInterval() {
    for (double bad : new double[] {-0.01, 1.5, Double.NaN}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ThemeMatch.builder().id("wellbeing").label("Wellbeing").score(bad).build())
          .withMessage("ThemeMatch.score must be in [0, 1] but was " + bad + " (theme \"wellbeing\")");
    }
  }

  @Test
  void themeMatchRejectsBlankIdAndLabel() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ThemeMatch.builder().id("").label("X").score(0.5).build())
        .withMessage("ThemeMatch.id must not be blank but was \"\"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ThemeMatch.builder().id("x").label(" ").score(0.5).build())
        .withMessage("ThemeMatch.label must not be blank but was \" \"");
  }

  @Test
  void summaryRejectsSentenceBeyondText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Summary.builder().text("Short.").addSentences(Span.of(0, 7)).build())
        .withMessage("Summary.sentences[0] [0, 7) lies beyond the summary text of length 6");
  }

  @Test
  void summaryRejectsNegativeInputOffset() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Summary.builder().text("x").inputOffset(-2).build())
        .withMessage("Summary.inputOffset must be >= 0 but was -2");
  }

  @Test
  void showRejectsBlankName() {
    assertThatIllegalArgumentException().isThrownBy(() -> Show.builder().name("").build())
        .withMessage("Show.name must not be blank but was \"\"");
  }

  @Test
  void publishedDateNeedsExactlyOneOfDateOrReadings() {
    LocalDate a = LocalDate.of(2026, 2, 11);
    LocalDate b = LocalDate.of(2026, 11, 2);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PublishedDate.builder().text("11/2/2026").date(a).addReadings(a, b).build())
        .withMessage("PublishedDate \"11/2/2026\" has both a date and readings [2026-02-11, 2026-11-02]:"
            + " give one or the other");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PublishedDate.ambiguous("11/2/2026", List.of(a)))
        .withMessage("PublishedDate \"11/2/2026\" needs a date or at least two readings but has readings"
            + " [2026-02-11]");
    assertThatIllegalArgumentException().isThrownBy(() -> PublishedDate.of(" ", a))
        .withMessage("PublishedDate.text must not be blank but was \" \"");
  }

  @Test
  void diagnosticRejectsBlankCodeAndMessage() {
    assertThatIllegalArgumentException().isThrownBy(() -> Diagnostic.of("", "m"))
        .withMessage("Diagnostic.code must not be blank but was \"\"");
    assertThatIllegalArgumentException().isThrownBy(() -> Diagnostic.of("c", ""))
        .withMessage("Diagnostic.message must not be blank but was \"\"");
  }

  @Test
  void episodeRejectsBlankTitleCodeAndCategory() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Episode.builder().summary(TEN_CHARS).title(" ").build())
        .withMessage("Episode.title must not be blank but was \" \"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Episode.builder().summary(TEN_CHARS).episodeCode("").build())
        .withMessage("Episode.episodeCode must not be blank but was \"\"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Episode.builder().summary(TEN_CHARS).addCategories("Business", "").build())
        .withMessage("Episode.categories[1] must not be blank but was \"\"");
  }

  @Test
  void episodeRejectsNegativeDuration() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Episode.builder().summary(TEN_CHARS).duration(Duration.ofMinutes(-3)).build())
        .withMessage("Episode.duration must not be negative but was PT-3M");
  }

  @Test
  void episodeRejectsQuotationBeyondSummaryText() {
    Quotation q = Quotation.builder().text("89AB").span(Span.of(8, 12)).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Episode.builder().summary(TEN_CHARS).addQuotations(q).build())
        .withMessage("Episode.quotations[0].span [8, 12) lies beyond the summary text of length 10");
  }

  @Test
  void episodeRejectsDuplicateThemeIdsAndEvidenceBeyondText() {
    ThemeMatch one = ThemeMatch.builder().id("teamwork").label("Teamwork").score(0.4).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Episode.builder().summary(TEN_CHARS).addThemes(one, one).build())
        .withMessage("Episode.themes[1] repeats theme id \"teamwork\"");
    ThemeMatch far = ThemeMatch.builder().from(one).addEvidence(Span.of(2, 11)).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Episode.builder().summary(TEN_CHARS).addThemes(far).build())
        .withMessage("Episode.themes[0].evidence[0] [2, 11) lies beyond the summary text of length 10");
  }

  @Test
  void missingRequiredFieldIsNamed() {
    assertThatIllegalStateException().isThrownBy(() -> Episode.builder().build())
        .withMessageContaining("summary");
    assertThatIllegalStateException().isThrownBy(() -> Quotation.builder().text("Go on").build())
        .withMessageContaining("span");
  }

  @Test
  void nullIsRejectedWithTheFieldName() {
    assertThatNullPointerException().isThrownBy(() -> Person.builder().name(null))
        .withMessageContaining("name");
  }

  @Test
  void longValuesAreCutShortInMessages() {
    String blank = " ".repeat(200);
    assertThatIllegalArgumentException().isThrownBy(() -> Work.of(blank))
        .withMessage("Work.title must not be blank but was \"" + " ".repeat(60) + "…(200 chars)\"");
  }
}
