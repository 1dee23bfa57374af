package io.github.leadershipinterviews.parse;

import static io.github.leadershipinterviews.parse.EntityFixtures.read;
import static io.github.leadershipinterviews.parse.EntityFixtures.works;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.model.Work;
import io.github.leadershipinterviews.parse.QuotedPassage.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shapes of titles that blind evaluation sets showed the works stage missing or overreading; each fails without its fix. */
class WorkFinderTest {

  private static List<String> parsedWorks(String body) {
    return SummaryParser.defaults().parse(body).works().stream().map(Work::title).toList();
  }

  private static List<Kind> kinds(String body) {
    return QuotationScanner.scan(body).stream().map(QuotedPassage::kind).toList();
  }

  @Test
  void resourceLinesLoseTheirBulletsBylinesAndDescriptions() {
    Entities e = read("They close with a reading list.\n\nMentioned in this episode:\n"
        + "- Tides of the Ward: Caring Through the Small Hours, by Dr. Ines Marlow\n"
        + "- ‘Lanterns Out’, the 2022 Kestrel Trust report on lone working\n"
        + "• Quiet Signals by Abel Forde\n"
        + "- Rowe, P., & Lind, S. (2021). Keeping watch: Nurses and the long night. Journal of Ward Studies, 4(1),"
        + " 10–19.\n");
    assertThat(works(e)).containsExactlyInAnyOrder("Tides of the Ward: Caring Through the Small Hours",
        "Lanterns Out", "Quiet Signals", "Keeping watch: Nurses and the long night");
  }

  @Test
  void aTitleCaseTitleWithItsCommaInsideTheMarksIsATitle() {
    assertThat(kinds("They discuss the ‘Charter for Fair Harbour Pay,’ and why it took four years."))
        .containsExactly(Kind.TITLE);
    assertThat(kinds("“Never Look Back Again,” Ola Brandt says of it.")).containsExactly(Kind.SPEECH);
  }

  @Test
  void sentencesAfterACueAndAColonAreSpeech() {
    assertThat(kinds("He is candid about the review: “I knew the service. I did not know its people.”"))
        .containsExactly(Kind.SPEECH);
    assertThat(parsedWorks("He is candid about the review: “I knew the service. I did not know its people.”"))
        .isEmpty();
  }

  @Test
  void aTitleAfterAClauseAndACommaWithItsAuthorAside() {
    assertThat(works(read("Both recommend Tam's favourite book on rotas, Ivo Brandt-Lee's The Night Ledger.")))
        .containsExactly("The Night Ledger");
    assertThat(works(read("She names the book every new matron should read, Quiet Corridors by Alma Rusk.")))
        .containsExactly("Quiet Corridors");
  }

  @Test
  void aVerbThatSpellsLikeACueOpensNoTitle() {
    assertThat(works(read("This week Sam and Jo talk to Professor Ada Quist, Vice-Chancellor of the University of "
        + "Pellwick."))).isEmpty();
    assertThat(works(read("They talk about the nurse who spoke up first, Maren Holt, and what came next.")))
        .isEmpty();
  }

  @Test
  void aTitleBeforeABracketEndingInAYear() {
    assertThat(works(read("He wrote the book with Dr Lio Marsh, Steady Hands: Leading a Ward at Night (Kestrel "
        + "Press, 2020).")))
        .containsExactly("Steady Hands: Leading a Ward at Night");
    assertThat(works(read("Ella cita el libro de la Dra. Irene Calvo, La escuela que aprende (Editorial Faro, 2018),"
        + " y su blog."))).containsExactly("La escuela que aprende");
    assertThat(works(read("Elle mentionne son essai Grandir ensemble au travail (Presses du Lac, 2021).")))
        .containsExactly("Grandir ensemble au travail");
  }

  @Test
  void aRomanceBookTitleInSentenceCaseRunsToTheComma() {
    assertThat(works(read("Al final recomienda el libro Liderar sin prisa: notas de una enfermera en la UCI, de Ana "
        + "Roca."))).containsExactly("Liderar sin prisa: notas de una enfermera en la UCI");
    assertThat(kinds("E indica o livro 'A casa dos turnos longos', da enfermeira Rita Lobo."))
        .containsExactly(Kind.TITLE);
  }

  @Test
  void titleCaseTitlesWithQuestionsSubtitlesAndHandbooks() {
    assertThat(works(read("The board's 2022 report, Shared or Just Split? Care in Coastal Towns, which called it "
        + "slow.")))
        .containsExactly("Shared or Just Split? Care in Coastal Towns");
    assertThat(works(read("They read the 2021 white paper, Growing Old, Well: A Plan for Riverside Homes, and the "
        + "'Street Kitchen' pilots.")))
        .containsExactly("Growing Old, Well: A Plan for Riverside Homes");
    assertThat(works(read("The agency's 2023 report Safe Shores: A Ten-Year Plan for Harbour Towns set a target.")))
        .containsExactly("Safe Shores: A Ten-Year Plan for Harbour Towns");
    assertThat(works(read("She hands out the guild's handbook, Lamps On, Doors Open: A Steward's Guide, which "
        + "helps.")))
        .containsExactly("Lamps On, Doors Open: A Steward's Guide");
    assertThat(kinds("They read the 2021 white paper and the 'Street Kitchen' pilots.")).containsExactly(Kind.TERM);
  }

  @Test
  void aQuotedTitleWithItsCommaBeforeARelativeClause() {
    assertThat(kinds("They cite the 2020 study from the Coastal Trust, \"Running Out of Rooms,\" which found a gap."))
        .containsExactly(Kind.TITLE);
  }

  @Test
  void aQuotedTitleBeforeAnAppositiveWork() {
    assertThat(kinds("Tomas explains why he wrote “four weeks in march,” his essay for the Harbour Review."))
        .containsExactly(Kind.TITLE);
  }

  @Test
  void whatSomeoneCallsAWorkIsSpeech() {
    assertThat(kinds("Ines calls the report “the clearest thirty pages I’ve read in years” and shares it."))
        .containsExactly(Kind.SPEECH);
  }

  @Test
  void aQuotedTitleAfterItsAuthorsName() {
    assertThat(kinds("Elle cite l’ouvrage de la Pr Ana Roca, « La part des autres », et un rapport."))
        .containsExactly(Kind.TITLE);
  }

  @Test
  void aQuotedTitleAfterItsAuthorsNameInEnglish() {
    assertThat(kinds("He recommends the book by Dr Omar Reyes, “Small fires and how to mind them”, to everyone."))
        .containsExactly(Kind.TITLE);
    assertThat(kinds("In the end, Jo Bell, “we simply ran out of time” was all she said.")).containsExactly(Kind.SPEECH);
  }

  @Test
  void aSecondCueAfterTheFirstReadsTheTitle() {
    assertThat(works(read("He also talks about his new book, entitled Long Roads, Short Nights: What Drivers Know, "
        + "and the 2022 survey.")))
        .containsExactly("Long Roads, Short Nights: What Drivers Know");
  }

  @Test
  void aCompoundEndingInAWorkNounIsACue() {
    assertThat(kinds("Die Begleitstudie „Nachtdienst ohne Angst“ der Hochschule Weiler zeigt das.")).containsExactly(
        Kind.TITLE);
    assertThat(kinds("Kommunen la fram evalueringsrapporten «Tre uker uten strøm», som nå brukes.")).containsExactly(
        Kind.TITLE);
  }

  @Test
  void finnishPartitiveCuesAndTheirTitles() {
    assertThat(works(read("Hän suosittelee raporttia Kylät kymmenen vuoden jälkeen, jonka mukaan moni lähtee.")))
        .containsExactly("Kylät kymmenen vuoden jälkeen");
    assertThat(works(read("Jaksossa puhutaan kirjasta Hiljainen työ: johtajan muistiinpanoja sekä Kylärannan "
        + "tutkimuksesta.")))
        .containsExactly("Hiljainen työ: johtajan muistiinpanoja");
  }

  @Test
  void aNordicBookTitleBeforeABracketedYearKeepsItsRelativeWord() {
    assertThat(works(read("De talar om boken Chefen som stannar (2020) av docent Åsa Lind.")))
        .containsExactly("Chefen som stannar");
  }

  @Test
  void aReferenceInsideASentenceEndsBeforeAnAppositive() {
    assertThat(works(read("She cites Marsh, A., & Dale, R. (2022). Behind the Station Door: Culture in the Ambulance "
        + "Service, the review commissioned by the board, and says she read it twice.")))
        .containsExactly("Behind the Station Door: Culture in the Ambulance Service");
  }

  @Test
  void aPamphletIsACue() {
    assertThat(works(read("They discuss the union’s pamphlet, Nobody Minds the Minders, which Jo co-wrote.")))
        .containsExactly("Nobody Minds the Minders");
  }

  @Test
  void anOpEdAndFinnishPartitiveReportsAreCues() {
    assertThat(kinds("She wrote an op-ed “We can fix our schools” for the Harbour Herald.")).containsExactly(Kind.TITLE);
    assertThat(kinds("He mainitsee selvitystä ”Johtajat pienissä kunnissa”, jonka mukaan moni väsyy."))
        .containsExactly(Kind.TITLE);
  }

  @Test
  void aConjunctionBetweenLowerCaseWordsStaysInsideANordicTitle() {
    assertThat(works(read("Hän kertoo raportista Satama 2035 – ihmiset ja johtaminen, jonka mukaan moni lähtee.")))
        .containsExactly("Satama 2035 – ihmiset ja johtaminen");
  }

  @Test
  void aResourceLineLosesItsDescriptionAndTheNextHeadingEndsTheList() {
    Entities e = read("They talk budgets.\nResources:\nCounting on Kindness – out now in paperback\n"
        + "Follow Till & Tally:\nApple Podcasts | Spotify\n");
    assertThat(works(e)).containsExactly("Counting on Kindness");
  }

  @Test
  void anAuthorCueSplitByAnAside() {
    assertThat(works(read("He is co-author, with Dr. Mina Osei, of The Quiet Harbour: Lessons from Ten Storms.")))
        .containsExactly("The Quiet Harbour: Lessons from Ten Storms");
  }

  @Test
  void aTitleCaseTitleBeforeACommaAndAReportThatDescribesIt() {
    assertThat(works(read("In May the ombudsman published Cold Rooms and Closed Doors, a report that found damp in "
        + "300 homes.")))
        .containsExactly("Cold Rooms and Closed Doors");
    assertThat(works(read("Later she met Jo Bell and Sam Reid, a report author, at the door."))).isEmpty();
  }

  @Test
  void aCallThatSaysSomethingNamesNoWork() {
    assertThat(parsedWorks("At midnight her deputy called and said, “Boss, the vault is open.” Nobody slept."))
        .isEmpty();
  }

  @Test
  void aCueThatIsTheSubjectOfACopulaIsDescribedNotNamed() {
    assertThat(works(read("Her main post at the gallery is head of learning, Coastal and Island Crafts, and she "
        + "wrote a pamphlet.")))
        .isEmpty();
  }

  @Test
  void anAppositiveWithAnAdjectiveBeforeItsCue() {
    assertThat(works(read("Tomas recommends Keeping the Lamps Lit, a slim guide published by the Northern Harbours "
        + "Network, to every new warden.")))
        .containsExactly("Keeping the Lamps Lit");
  }

  @Test
  void resourceLinesWithPublishersDescriptionsAndTitlesReadElsewhere() {
    Entities e = read("They close with links.\n\nResources mentioned:\n"
        + "- Harbour Lane Trust (2023). Dry Feet: Flood Readiness for Small Towns. https://example.org/dry-feet\n"
        + "- Mira’s essay “Tides Have Memories”, Coast Weekly, June 2023\n"
        + "- The Long Swell (dir. Oren Vale, 2021), documentary\n"
        + "- Night Shift Notes, the podcast Mira recommends to new wardens\n"
        + "- Coastal Wardens Forum (CWF): storm night checklist\n");
    assertThat(works(e)).containsExactlyInAnyOrder("Tides Have Memories", "Dry Feet: Flood Readiness for Small Towns",
        "The Long Swell", "Night Shift Notes", "storm night checklist");
  }

  @Test
  void aNordicTitleEndsBeforeTheNextClauseAndRunsOverADashedSubtitle() {
    assertThat(works(read("Lopuksi puhutaan järjestön raportista Kylät ensin 2035 ja siitä, miten nuoret tulevat "
        + "mukaan.")))
        .containsExactly("Kylät ensin 2035");
    assertThat(works(read("He puhuvat liiton julkaisemasta oppaasta Yhdessä eteenpäin sekä siitä, miten jaksetaan.")))
        .containsExactly("Yhdessä eteenpäin");
    assertThat(works(read("Hon nämner Eva Lunds studie Trött och ensam (2021), som visar att många slutar.")))
        .containsExactly("Trött och ensam");
    assertThat(works(read("Hon berättar om Per Holms bok Skola som löfte – undervisning efter 2000, och varför.")))
        .containsExactly("Skola som löfte – undervisning efter 2000");
  }

  @Test
  void schemeNamesAndWhatATalkIsAboutAreNoTitles() {
    assertThat(kinds("They describe the “Open Door Nights” panels, where tenants meet the board."))
        .containsExactly(Kind.TERM);
    assertThat(kinds("They cite the review ‘Quiet Wards: Listening in Night Care’, the “Speak Early” campaign and "
        + "more."))
        .containsExactly(Kind.TITLE, Kind.TERM);
    assertThat(kinds("She is wary of ‘impact’ talk in boardrooms.")).containsExactly(Kind.TERM);
  }

  @Test
  void aTitleBeforeADefiniteAppositiveButNotTheShowsOwnName() {
    assertThat(works(read("She arrived after the publication of Safe to Speak: A Culture Review of Norbridge "
        + "Ambulance Service, the review by Dame Ada Quill, and stayed.")))
        .containsExactly("Safe to Speak: A Culture Review of Norbridge Ambulance Service");
    assertThat(works(read("Welcome back to Tidal Minds, the podcast for people who lead in ports."))).isEmpty();
  }

  @Test
  void aSecondAuthoredTitleAfterAnAside() {
    assertThat(works(read("She is the author of Small Boats: Notes from a Harbour Office and, most recently, Tides "
        + "Turn Slowly (2023).")))
        .containsExactly("Small Boats: Notes from a Harbour Office", "Tides Turn Slowly");
  }

  @Test
  void aNordicTitleEndsBeforeTheSubjectOfTheNextClause() {
    assertThat(works(read("Hon nämner sin mentor, vars bok Att bära ansvar: om ledarskap i små kommuner hon "
        + "fortfarande läser varje år.")))
        .containsExactly("Att bära ansvar: om ledarskap i små kommuner");
  }

  @Test
  void aSentenceCaseTitleBeforeItsTranslationInBrackets() {
    assertThat(works(read("Ada brings up the report Tutto il porto (The Whole Harbour), which she co-wrote.")))
        .containsExactly("Tutto il porto", "The Whole Harbour");
    assertThat(works(read("They discuss her book Arbeit ohne Angst (published in English as Work Without Fear), "
        + "and more.")))
        .containsExactly("Arbeit ohne Angst", "Work Without Fear");
  }

  @Test
  void aSubtitledTitleAfterAClauseThatACueOpens() {
    assertThat(kinds("De nämner rapporten som förbundet gav ut i våras, ”Tid att leda: Chefer i små kommuner”, och "
        + "mer."))
        .containsExactly(Kind.TITLE);
  }
}
