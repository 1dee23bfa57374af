package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TitleReaderTest {
  private static final Predicate<String> ANY = name -> true;
  private final TitleReader reader = new TitleReader(HeaderLexicon.defaults());

  private static List<String> names(TitleReader.Title t) {
    return t.guests().stream().map(PersonName::name).toList();
  }

  @Test
  void dropsGuestPrefixBeforeComma() {
    TitleReader.Title t = reader.read("Ingrid Solberg-Haas, steering a port authority through a storm", ANY);
    assertThat(t.title()).isEqualTo("steering a port authority through a storm");
    assertThat(names(t)).containsExactly("Ingrid Solberg-Haas");
    assertThat(t.code()).isNull();
  }

  @Test
  void dropsGuestPrefixAndQuotesAroundTitle() {
    TitleReader.Title t = reader.read("Callum O’Rourke, \u201CWho are you leading for?\u201D", ANY);
    assertThat(t.title()).isEqualTo("Who are you leading for?");
    assertThat(names(t)).containsExactly("Callum O’Rourke");
  }

  @Test
  void dropsGuestPrefixBeforeColonWithHonorific() {
    TitleReader.Title t = reader.read("Professor Amara Nwosu: My plan is to listen first", ANY);
    assertThat(t.title()).isEqualTo("My plan is to listen first");
    assertThat(t.guests().get(0).honorific()).contains("Professor");
    assertThat(names(t)).containsExactly("Amara Nwosu");
  }

  @Test
  void dropsQuotedTitleSuffixGuest() {
    TitleReader.Title t = reader.read("\"No one is too senior to sweep\" - Tobias Reinholt", ANY);
    assertThat(t.title()).isEqualTo("No one is too senior to sweep");
    assertThat(names(t)).containsExactly("Tobias Reinholt");
  }

  @Test
  void keepsWithGuestEndingAndReadsBothGuests() {
    TitleReader.Title t = reader.read("Bridging two councils with Dr. Lena Varga and Kwabena Mensah-Cole", ANY);
    assertThat(t.title()).isEqualTo("Bridging two councils with Dr. Lena Varga and Kwabena Mensah-Cole");
    assertThat(names(t)).containsExactly("Lena Varga", "Kwabena Mensah-Cole");
  }

  @Test
  void keepsCommaWithGuestAndPostNominals() {
    TitleReader.Title t = reader.read("What the wards taught me, with Dr. Ines Corvo, MD, MPH", ANY);
    assertThat(t.title()).isEqualTo("What the wards taught me, with Dr. Ines Corvo, MD, MPH");
    assertThat(t.guests().get(0).postNominals()).containsExactly("MD", "MPH");
  }

  @Test
  void keepsCodesAndExposesThem() {
    assertThat(reader.read("QWL77: Rebuilding morale with Hal Brennan", ANY).code()).isEqualTo("QWL77");
    assertThat(reader.read("#12: The meeting nobody wanted", ANY).code()).isEqualTo("#12");
    assertThat(reader.read("431: Small habits, big teams", ANY).code()).isEqualTo("431");
    assertThat(reader.read("Episode 9: Leading in the dark", ANY).code()).isEqualTo("Episode 9");
    TitleReader.Title s = reader.read("S03-E11: Letting go of the rota", ANY);
    assertThat(s.code()).isEqualTo("S03-E11");
    assertThat(s.title()).isEqualTo("S03-E11: Letting go of the rota");
  }

  @Test
  void readsShowFromEpisodePrefixAndKeepsNameRolePlaceWhole() {
    TitleReader.Title t = reader.read("Harbour Voices ep.7: Maeve Dunleavy, Former Harbour Master, Cobh", ANY);
    assertThat(t.title()).isEqualTo("Harbour Voices ep.7: Maeve Dunleavy, Former Harbour Master, Cobh");
    assertThat(t.show()).isEqualTo("Harbour Voices");
    assertThat(t.code()).isEqualTo("ep.7");
    assertThat(names(t)).containsExactly("Maeve Dunleavy");
  }

  @Test
  void readsGuestBeforeTopicWordInOtherLanguages() {
    TitleReader.Title t = reader.read("Avsnitt 5: Britta Lövgren om att våga fråga", ANY);
    assertThat(t.code()).isEqualTo("Avsnitt 5");
    assertThat(names(t)).containsExactly("Britta Lövgren");
    assertThat(names(reader.read("Jonas Aaltonen on running a night shelter", ANY))).containsExactly("Jonas Aaltonen");
  }

  @Test
  void keepsRepeatAppearanceNumeral() {
    TitleReader.Title t = reader.read("Rafe Okonjo II, what changed in a year", ANY);
    assertThat(t.title()).isEqualTo("what changed in a year");
    assertThat(t.guests().get(0).appearance()).isEqualTo(OptionalInt.of(2));
  }

  @Test
  void keepsTitleCasedTopicThatTheBodyDoesNotName() {
    TitleReader.Title t = reader.read("Quiet Harbours: why calm teams win", name -> false);
    assertThat(t.title()).isEqualTo("Quiet Harbours: why calm teams win");
    assertThat(t.guests()).isEmpty();
  }

  @Test
  void readsTitleWithoutGuest() {
    TitleReader.Title t = reader.read("Psychological Safety: what it is and is not", ANY);
    assertThat(t.title()).isEqualTo("Psychological Safety: what it is and is not");
    assertThat(t.guests()).isEmpty();
    assertThat(reader.read("Leading with Purpose and Passion", ANY).guests()).isEmpty();
  }

  @Test
  void dropsGuestPrefixBeforeSpacedDashAndPairsOfGuests() {
    TitleReader.Title t = reader.read("Tamsin Earle - Why the quiet ones lead", ANY);
    assertThat(t.title()).isEqualTo("Why the quiet ones lead");
    assertThat(names(t)).containsExactly("Tamsin Earle");
    TitleReader.Title pair = reader.read("Noor Haddad and Evan Pryor: two chairs, one board", ANY);
    assertThat(pair.title()).isEqualTo("two chairs, one board");
    assertThat(names(pair)).containsExactly("Noor Haddad", "Evan Pryor");
  }

  @Test
  void dropsSuffixGuestFollowedByRole() {
    TitleReader.Title t = reader.read("“Say the hard thing early” | Mirela Costa, COO", ANY);
    assertThat(t.title()).isEqualTo("Say the hard thing early");
    assertThat(names(t)).containsExactly("Mirela Costa");
  }

  @Test
  void readsGuestsInsideBracketsAndBeforeRoles() {
    assertThat(names(reader.read("The quiet leader (with Ada Brisk)", ANY))).containsExactly("Ada Brisk");
    TitleReader.Title t = reader.read("Interview with Colm Ruane, CEO of Ruane Mills", ANY);
    assertThat(t.title()).isEqualTo("Interview with Colm Ruane, CEO of Ruane Mills");
    assertThat(names(t)).containsExactly("Colm Ruane");
    assertThat(names(reader.read("Sure hands with Jo Arkwright (Arkwright Builders)", ANY))).containsExactly("Jo Arkwright");
  }

  @Test
  void dropsTheNameBeforeARoleAsBeforeAnyTopic() {
    TitleReader.Title t = reader.read("Greta Lindahl, CEO of Fjordline Ferries", ANY);
    assertThat(t.title()).isEqualTo("CEO of Fjordline Ferries");
    assertThat(names(t)).containsExactly("Greta Lindahl");
    TitleReader.Title place = reader.read("Maeve Dunleavy, Former Harbour Master, Cobh", ANY);
    assertThat(place.title()).isEqualTo("Former Harbour Master, Cobh");
    assertThat(names(place)).containsExactly("Maeve Dunleavy");
  }

  @Test
  void dropsGuestAfterColonOrInClosingBrackets() {
    TitleReader.Title colon = reader.read("Holding the line in a strike: Owain Prys", ANY);
    assertThat(colon.title()).isEqualTo("Holding the line in a strike");
    assertThat(names(colon)).containsExactly("Owain Prys");
    TitleReader.Title brackets = reader.read("Holding the line in a strike (Owain Prys)", ANY);
    assertThat(brackets.title()).isEqualTo("Holding the line in a strike");
    assertThat(names(brackets)).containsExactly("Owain Prys");
  }

  @Test
  void aShowBeforeAnEpisodeNumberAfterTheLastBarIsTheShowAndStaysInTheTitle() {
    TitleReader.Title t = reader.read("Ropes, rotas and rescue | Harbour Hours at Sea #23", ANY);
    assertThat(t.title()).isEqualTo("Ropes, rotas and rescue | Harbour Hours at Sea #23");
    assertThat(t.show()).isEqualTo("Harbour Hours at Sea");
    assertThat(reader.read("Ropes, rotas and rescue | Episode #23", ANY).show()).isNull();
    assertThat(reader.read("Ropes, rotas and rescue | a new crew #23", ANY).show()).isNull();
  }
}
