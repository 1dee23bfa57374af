package io.github.leadershipinterviews.parse;

import static io.github.leadershipinterviews.parse.EntityFixtures.guests;
import static io.github.leadershipinterviews.parse.EntityFixtures.organisations;
import static io.github.leadershipinterviews.parse.EntityFixtures.people;
import static io.github.leadershipinterviews.parse.EntityFixtures.read;
import static io.github.leadershipinterviews.parse.EntityFixtures.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How organisations' names are written: compounds, firms of partners, legal forms, lower-case kinds of body. */
class OrganisationNamesTest {

  @Test
  void aCompoundEndingInAKindOfOrganisationNamesOne() {
    Entities e = read("Joost Vermaat is directeur-bestuurder van Woonstichting Het Anker. Hij werkt samen met "
        + "Huurdersvereniging Noordkant en de Fachhochschule Ellwangen.");
    assertThat(roles(e)).containsExactly("directeur-bestuurder @ Woonstichting Het Anker");
    assertThat(organisations(e)).containsExactly("Woonstichting Het Anker", "Huurdersvereniging Noordkant",
        "Fachhochschule Ellwangen");
    assertThat(people(e)).isEmpty();
  }

  @Test
  void aShortWordWithACompoundsEndIsNoOrganisation() {
    assertThat(Words.isOrganisationCompound("Woonstichting")).isTrue();
    assertThat(Words.isOrganisationCompound("Samt")).isFalse(); // no letters before "amt" to make a compound
    assertThat(Words.isOrganisationCompound("stichting")).isFalse(); // lower case: a common noun
  }

  @Test
  void aFirmOfPartnersKeepsTheCommaInItsName() {
    Entities e = read("Thandi Mabuza is managing partner of Okonjo, Vance & Partners and chair of Riverbend Trust.");
    assertThat(organisations(e)).containsExactly("Okonjo, Vance & Partners", "Riverbend Trust");
    assertThat(roles(e)).containsExactly("managing partner @ Okonjo, Vance & Partners", "chair @ Riverbend Trust");
  }

  @Test
  void aLegalFormAfterACommaOrInLowerCaseEndsTheName() {
    Entities e = read("Rosa Delmar is president of Delmar Civic Strategies, LLC. She also chairs the board of "
        + "Kestrel Care gGmbH and advises Arden Foods plc on pay.");
    assertThat(organisations(e)).contains("Delmar Civic Strategies, LLC", "Kestrel Care gGmbH", "Arden Foods plc");
  }

  @Test
  void dutchWritesTheKindOfPublicBodyInLowerCase() {
    Entities e = read("Fenna de Wit is wethouder Zorg en Jeugd van de gemeente Lindeveld.");
    assertThat(guests(e)).containsExactly("Fenna de Wit");
    assertThat(roles(e)).containsExactly("wethouder Zorg en Jeugd @ gemeente Lindeveld");
  }

  @Test
  void honorificsOfOtherLanguagesAndEldersAreNoPartOfTheName() {
    Entities e = read("Mara Quist is chief executive of Dunmore Trust. She thanks Doña Pilar Ossorio, Mme Odile "
        + "Ferrand, Pr Alain Roux and Aunty Lorna Waller for their advice.");
    assertThat(people(e)).containsExactly("Pilar Ossorio", "Odile Ferrand", "Alain Roux", "Lorna Waller");
  }

  @Test
  void aConversationTheTextTellsOfMakesNoGuest() {
    Entities e = read("Mara Quist is chief executive of Dunmore Trust. She is candid about a hard conversation "
        + "with the Hon. Bronwyn Pellow MP, then the minister.");
    assertThat(guests(e)).containsExactly("Mara Quist");
    assertThat(people(e)).containsExactly("Bronwyn Pellow");
  }

  @Test
  void aGermanAdjectiveInTheGenitivePluralStaysInsideTheName() {
    Entities e = read("Jan Ottmer spricht mit dem Verband kommunaler Unternehmen und dem Bundesverband privater "
        + "Anbieter über die Pflege, die nicht einfach ist.");
    assertThat(organisations(e)).containsExactly("Verband kommunaler Unternehmen",
        "Bundesverband privater Anbieter");
  }

  @Test
  void anEnglishWordEndingInErIsNoPartOfAName() {
    Entities e = read("Dunmore Trust over Christmas was short of staff, as was Harbour Council after Easter.");
    assertThat(organisations(e)).containsExactly("Dunmore Trust", "Harbour Council");
  }

  @Test
  void anAcronymWithoutBracketsAfterTheKindOfOrganisation() {
    Entities e = read("Hanna Lehto puhuu Kaupan Ammattiliitto KAL:n kanssa ja Kaupan Ammattiliitto KAL tukee häntä.");
    assertThat(organisations(e)).containsExactly("Kaupan Ammattiliitto (KAL)");
  }

  @Test
  void platformsAreNoPeopleAndHousingBodiesAndFirmsAreOrganisations() {
    Entities e = read("Mara Quist is chief executive of Dunmore Homes. She once hired Keystone Surveyors and Halloway "
        + "Solicitors. Listen on Apple Podcasts, Pocket Casts and Amazon Music.");
    assertThat(people(e)).isEmpty();
    assertThat(organisations(e)).containsExactly("Dunmore Homes", "Keystone Surveyors", "Halloway Solicitors");
  }

  @Test
  void aGermanCompoundTitleBeforeANameIsNoPartOfIt() {
    Entities e = read("Katrin Vollmer ist Geschäftsführerin der Pflegeverbund Oberau gGmbH. Sie spricht mit der "
        + "Pflegedienstleiterin Jana Brück und Betriebsratsvorsitzende Jürgen Hallmann über die Pflege.");
    assertThat(people(e)).containsExactly("Jana Brück", "Jürgen Hallmann");
  }

  @Test
  void aMinistryNamedForTheListOfWhatItDoesIsOneName() {
    Entities e = read("Ruth Amadi chairs the Ministry of Roads, Bridges and Urban Mobility. She met the Department "
        + "of Health, Ageing, and Carer Support.");
    assertThat(organisations(e)).containsExactly("Ministry of Roads, Bridges and Urban Mobility",
        "Department of Health, Ageing, and Carer Support");
  }

  @Test
  void aListAfterAMinistryThatNamesPeopleOrEndsWithoutAndIsNoPartOfIt() {
    Entities e = read("Ruth Amadi met the Department of Health, Dr Peter Holt and Ann Rees.");
    assertThat(organisations(e)).containsExactly("Department of Health");
    assertThat(organisations(read("Ruth Amadi joined the Ministry of Roads, Harwick, in 2019.")))
        .containsExactly("Ministry of Roads");
  }

  @Test
  void aSchoolNamedForItsFieldKeepsAFieldWordThatCouldEndATitle() {
    assertThat(organisations(read("Jo Amadi taught at the School of Social Policy in Marlow.")))
        .containsExactly("School of Social Policy");
    assertThat(people(read("Jo Amadi met Harbour Mutual CEO Tom Reyes."))).containsExactly("Tom Reyes");
  }

  @Test
  void andAfterAKindOfOrganisationJoinsTwoNames() {
    assertThat(organisations(read("Ruth Amadi thanked Kestrel & Banyan Ventures and Kiranly.")))
        .containsExactly("Kestrel & Banyan Ventures");
    Entities e = read("Ruth Amadi is a consultant surgeon at Glenmoor General Hospital and National Clinical Lead for "
        + "Surgical Safety at the Irish Patient Safety Office.");
    assertThat(roles(e)).containsExactly("consultant surgeon @ Glenmoor General Hospital",
        "National Clinical Lead for Surgical Safety @ Irish Patient Safety Office");
  }

  @Test
  void aConjunctionInsideANameStays() {
    assertThat(organisations(read("Ruth Amadi chairs Kinship Carers & Families (KCF) and Ashcombe and Teign Valley "
        + "NHS Foundation Trust.")))
        .containsExactly("Kinship Carers & Families (KCF)", "Ashcombe and Teign Valley NHS Foundation Trust");
  }
}
