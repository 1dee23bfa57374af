package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyShowReaderTest {
  private final BodyShowReader reader = new BodyShowReader(HeaderLexicon.defaults());

  @Test
  void readsShowAndHostFromEpisodeIntroduction() {
    List<BodyShowReader.Found> found =
        reader.read("In this episode of Tidewater Talks, Rhian Castell speaks with Dr Ezra Bloom about ports.");
    assertThat(found.get(0).show()).isEqualTo("Tidewater Talks");
    assertThat(found.get(0).hosts()).extracting(PersonName::name).containsExactly("Rhian Castell");
  }

  @Test
  void skipsHostWordAndHonorific() {
    List<BodyShowReader.Found> found = reader.read(
        "Last spring the clinic closed.On this episode of Late Watch, host Dr. Wen Ortega talks with Ada Fell.");
    assertThat(found.get(0).show()).isEqualTo("Late Watch");
    PersonName host = found.get(0).hosts().get(0);
    assertThat(host.name()).isEqualTo("Wen Ortega");
    assertThat(host.honorific()).contains("Dr.");
  }

  @Test
  void hostsInThePluralAreAllHostsButAPlainSecondNameIsTheGuest() {
    List<BodyShowReader.Found> found = reader.read(
        "On this episode of Late Watch, hosts Wen Ortega and Kit Sola sit down with Ada Fell.");
    assertThat(found.get(0).hosts()).extracting(PersonName::name).containsExactly("Wen Ortega", "Kit Sola");
    found = reader.read("On this episode of Late Watch, Wen Ortega and Ada Fell talk about ports.");
    assertThat(found.get(0).hosts()).extracting(PersonName::name).containsExactly("Wen Ortega");
  }

  @Test
  void readsShowAfterThisWeeks() {
    List<BodyShowReader.Found> found =
        reader.read("On this week’s Tidewater Talks, Rhian Castell is joined by Dr Ezra Bloom.");
    assertThat(found.get(0).show()).isEqualTo("Tidewater Talks");
    assertThat(found.get(0).hosts()).extracting(PersonName::name).containsExactly("Rhian Castell");
  }

  @Test
  void readsShowAfterThisEdition() {
    List<BodyShowReader.Found> found =
        reader.read("On this edition of Tidewater Talks, Rhian Castell sits down with Dr Ezra Bloom.");
    assertThat(found.get(0).show()).isEqualTo("Tidewater Talks");
  }

  @Test
  void readsHostAfterTellsHost() {
    List<BodyShowReader.Found> found = reader.read("In this episode, Ada tells host Bruno Falk how it began.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).show()).isNull();
    assertThat(found.get(0).hosts()).extracting(PersonName::name).containsExactly("Bruno Falk");
  }

  @Test
  void readsTranscriptWelcome() {
    List<BodyShowReader.Found> found = reader.read(
        "[00:00] Lior Quist:   Hello and welcome back to The Open Till, a show about shops. I’m Lior Quist, hi.");
    assertThat(found.get(0).show()).isEqualTo("The Open Till");
    assertThat(found.get(0).hosts()).extracting(PersonName::name).containsExactly("Lior Quist");
  }

  @Test
  void ignoresOtherEpisodesAndFirstNames() {
    assertThat(reader.read("Next week: host Bruno Falk meets Ada Fell.")).isEmpty();
    assertThat(reader.read("In the next episode of Tidewater Talks, Rhian Castell meets Ada Fell.")).isEmpty();
    List<BodyShowReader.Found> found = reader.read("In this episode of Tidewater Talks, Rhian meets Ada Fell.");
    assertThat(found.get(0).show()).isEqualTo("Tidewater Talks");
    assertThat(found.get(0).hosts()).isEmpty();
  }

  @Test
  void dropsArticleAndGenericNounAroundShowAndReadsTwoHosts() {
    List<BodyShowReader.Found> found = reader.read(
        "On this episode of the Harbour Lights podcast, we meet a lock keeper. The series is hosted by Una Brannock and Kit Sola.");
    assertThat(found.get(0).show()).isEqualTo("Harbour Lights");
    assertThat(found.get(0).hosts()).isEmpty();
    assertThat(found.get(1).hosts()).extracting(PersonName::name).containsExactly("Una Brannock", "Kit Sola");
  }

  @Test
  void readsHostBeforeConversationVerbAfterIntroduction() {
    List<BodyShowReader.Found> found = reader.read("In this episode, Dr Keir Lund is joined by Maya Roth. They discuss ferries.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).hosts()).extracting(PersonName::name).containsExactly("Keir Lund");
    assertThat(reader.read("In this episode, Maya Roth talks about her first year.")).isEmpty();
  }

  @Test
  void welcomeWithoutHostOrShowWordNamesNoShow() {
    assertThat(reader.read("Her first words were: welcome to Lagos, everyone.")).isEmpty();
    assertThat(reader.read("Welcome to The Kiln Podcast, where makers talk.").get(0).show()).isEqualTo("The Kiln Podcast");
  }

  @Test
  void showNameEndsBeforeAPronounOrHostWordThatStartsTheClause() {
    List<BodyShowReader.Found> she = reader.read(
        "On this episode of The Quiet Ledger she talks with host Imre Vass about budgets, and more.");
    assertThat(she.get(0).show()).isEqualTo("The Quiet Ledger");
    List<BodyShowReader.Found> host = reader.read(
        "In this episode of Harbour Lights host Nell Aubrey meets a ferry captain.");
    assertThat(host.get(0).show()).isEqualTo("Harbour Lights");
    List<BodyShowReader.Found> we = reader.read("In this episode of What We Carry, Nell Aubrey meets Ida Roe.");
    assertThat(we.get(0).show()).isEqualTo("What We Carry"); // a capitalised We belongs to the name
  }

  @Test
  void theHostWordInTheBodysLanguageNamesTheHost() {
    List<BodyShowReader.Found> found = reader.read(
        "Kari Vollan er rådmann i Solvik kommune. Programleder Sindre Havik snakker med Kari om tillit.");
    assertThat(found).flatExtracting(BodyShowReader.Found::hosts).extracting(PersonName::name)
        .containsExactly("Sindre Havik");
  }

  @Test
  void anOrdinalEpisodeOfTheShowNamesTheShow() {
    List<BodyShowReader.Found> found = reader.read(
        "In the second episode of Night Desk Voices, host Ravi Olsen talks to Meg Doyle about shifts.");
    assertThat(found.get(0).show()).isEqualTo("Night Desk Voices");
    assertThat(found.get(0).hosts()).extracting(PersonName::name).containsExactly("Ravi Olsen");
  }

  @Test
  void aNordicEpisodePhraseWithTheVerbRightAfterTheShow() {
    List<BodyShowReader.Found> found = reader.read(
        "I veckans avsnitt av Ledarskap i skolan möter Nils Berg rektorn Anna Ek.");
    assertThat(found.get(0).show()).isEqualTo("Ledarskap i skolan");
  }

  @Test
  void aVerbSecondPhraseNamesTheHostAfterTheVerb() {
    List<BodyShowReader.Found> dutch = reader.read(
        "In deze aflevering van De Raadskamer praat Joost Hendriks met Lieke de Boer over wonen.");
    assertThat(dutch.get(0).show()).isEqualTo("De Raadskamer");
    assertThat(dutch.get(0).hosts()).extracting(PersonName::name).containsExactly("Joost Hendriks");
    List<BodyShowReader.Found> swedish = reader.read(
        "I veckans avsnitt av Ledarskap i skolan möter Nils Berg Anna-Karin Ek, som är rektor.");
    assertThat(swedish.get(0).hosts()).extracting(PersonName::name).containsExactly("Nils Berg");
    List<BodyShowReader.Found> noWith = reader.read(
        "In deze aflevering van De Raadskamer praat Joost Hendriks over wonen.");
    assertThat(noWith.get(0).hosts()).isEmpty();
  }

  @Test
  void aPronounAfterTheShowIsTheGuestAndTheOneSpokenToTheHost() {
    List<BodyShowReader.Found> found = reader.read("Mira Falk runs the port authority. In this episode of Quay Talk, "
        + "she talks to Ossian Brede about tides. In this episode of Quay Talk he speaks with Lune Varga.");
    assertThat(found.get(0).show()).isEqualTo("Quay Talk");
    assertThat(found.get(0).hosts()).extracting(PersonName::name).containsExactly("Ossian Brede");
    assertThat(reader.read("In this episode of Quay Talk he speaks with Lune Varga.").get(0).hosts())
        .extracting(PersonName::name).containsExactly("Lune Varga");
  }

  @Test
  void aCoHostOrAPluralVerbMakesTheSecondNameAHostToo() {
    assertThat(reader.read("This week on Quay Talk, Ossian Brede and co-host Dr Lune Varga talk to Mira Falk.")
        .get(0).hosts()).extracting(PersonName::name).containsExactly("Ossian Brede", "Lune Varga");
    assertThat(reader.read("No episódio de hoje do Cais Aberto, Tiago Lemos e Inês Prado recebem a gestora Rita Sá.")
        .get(0).hosts()).extracting(PersonName::name).containsExactly("Tiago Lemos", "Inês Prado");
    assertThat(reader.read("This week on Quay Talk, Ossian Brede and Mira Falk talk about tides.")
        .get(0).hosts()).extracting(PersonName::name).containsExactly("Ossian Brede");
  }

  @Test
  void aJournalistRightAfterTheShowIsItsHost() {
    List<BodyShowReader.Found> found = reader.read(
        "En este episodio de Puerto Abierto, la periodista Noelia Ramos Ibarra conversa con Tomás Gil.");
    assertThat(found.get(0).show()).isEqualTo("Puerto Abierto");
    assertThat(found.get(0).hosts()).extracting(PersonName::name).containsExactly("Noelia Ramos Ibarra");
  }

  @Test
  void aShowNameWithACommaOrAColonGoesOnToTheHost() {
    List<BodyShowReader.Found> comma = reader.read(
        "On this episode of Tides, Maps and Harbours, host Ossian Brede talks with Mira Falk.");
    assertThat(comma.get(0).show()).isEqualTo("Tides, Maps and Harbours");
    assertThat(comma.get(0).hosts()).extracting(PersonName::name).containsExactly("Ossian Brede");
    List<BodyShowReader.Found> colon = reader.read(
        "In this episode of Quay Talk: Leading by the Water, Ossian Brede talks to Mira Falk.");
    assertThat(colon.get(0).show()).isEqualTo("Quay Talk: Leading by the Water");
    assertThat(colon.get(0).hosts()).extracting(PersonName::name).containsExactly("Ossian Brede");
    List<BodyShowReader.Found> hostNamed = reader.read(
        "On this episode of Quay Talk, Ossian Brede, host of the show, talks with Mira Falk.");
    assertThat(hostNamed.get(0).show()).isEqualTo("Quay Talk");
  }

  @Test
  void aWelcomeNamesTheShowBeforeAnAppositiveOrAfterASelfIntroduction() {
    List<BodyShowReader.Found> appositive = reader.read(
        "Welcome back to Low Tide Lessons, the podcast for harbour leaders.");
    assertThat(appositive.get(0).show()).isEqualTo("Low Tide Lessons");
    List<BodyShowReader.Found> self = reader.read("Hello, I’m Ossian Brede and this is Low Tide Lessons. Today: tides.");
    assertThat(self.get(0).show()).isEqualTo("Low Tide Lessons");
    assertThat(self.get(0).hosts()).extracting(PersonName::name).containsExactly("Ossian Brede");
    assertThat(reader.read("Welcome to Lagos, she says, the city of her birth.")).isEmpty();
  }

  @Test
  void aFinnishShowNameStandsBeforeItsPodcastPhrase() {
    List<BodyShowReader.Found> found = reader.read(
        "Kuuntele.\nSatamien äänet -podcastin tässä jaksossa toimittaja Eeva-Liisa Rinne keskustelee Timo Haran kanssa.");
    assertThat(found.get(0).show()).isEqualTo("Satamien äänet");
    assertThat(found.get(0).hosts()).extracting(PersonName::name).containsExactly("Eeva-Liisa Rinne");
    List<BodyShowReader.Found> lead = reader.read(
        "Tässä Satamien äänet -podcastin jaksossa Eeva-Liisa Rinne keskustelee Timo Haran kanssa.");
    assertThat(lead.get(0).show()).isEqualTo("Satamien äänet");
    assertThat(lead.get(0).hosts()).extracting(PersonName::name).containsExactly("Eeva-Liisa Rinne");
  }

  @Test
  void anEpisodeNumberBetweenThePhraseAndTheShow() {
    List<BodyShowReader.Found> found = reader.read(
        "In episode 14 of Quay Talk, host Ossian Brede is in conversation with Mira Falk.");
    assertThat(found.get(0).show()).isEqualTo("Quay Talk");
    assertThat(found.get(0).hosts()).extracting(PersonName::name).containsExactly("Ossian Brede");
    assertThat(reader.read("In episode 14, host Ossian Brede asks Mira Falk.").get(0).show()).isNull();
  }

  @Test
  void aConversationWithSomeoneForAShowIsWithItsHostWhenAnotherIsTheSubject() {
    List<BodyShowReader.Found> found = reader.read(
        "Mira Falk runs Port Keel. In this conversation with Ossian Brede for Quay Talk, Mira talks about tides.");
    assertThat(found.get(0).show()).isEqualTo("Quay Talk");
    assertThat(found.get(0).hosts()).extracting(PersonName::name).containsExactly("Ossian Brede");
    assertThat(reader.read("In this conversation with Ossian Brede for Quay Talk, Ossian explains tides.")).isEmpty();
    assertThat(reader.read("In this conversation with Ossian Brede for Quay Talk, he explains tides.")).isEmpty();
  }

  @Test
  void readsTheHostOfAWelcomeFromTheClauseThatSaysWhatTheShowIs() {
    List<BodyShowReader.Found> found = reader.read(
        "Welcome to Quay Talk, the podcast in which Mira Falk talks to the people who keep harbours open.");
    assertThat(found.get(0).show()).isEqualTo("Quay Talk");
    assertThat(found.get(0).hosts()).extracting(PersonName::name).containsExactly("Mira Falk");
    assertThat(reader.read("Welcome to Quay Talk, the podcast in which Mira Falk is remembered.").get(0).hosts())
        .isEmpty();
  }

  @Test
  void readsAShowBetweenOnAndThisWeekOnlyWithAHostBeforeAConversationVerb() {
    List<BodyShowReader.Found> found = reader.read(
        "On Quay Talk this week, Mira Falk talks to Wyn Adair, coxswain of the Porthcarrow lifeboat.");
    assertThat(found.get(0).show()).isEqualTo("Quay Talk");
    assertThat(found.get(0).hosts()).extracting(PersonName::name).containsExactly("Mira Falk");
    assertThat(reader.read("On Harbour Board this week, Mira Falk was re-elected as chair.")).isEmpty();
    assertThat(reader.read("The Harbour Board met this week, Mira Falk talks to the board about it."))
        .extracting(BodyShowReader.Found::show).containsOnlyNulls();
  }
}
