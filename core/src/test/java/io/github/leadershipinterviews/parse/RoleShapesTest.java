package io.github.leadershipinterviews.parse;

import static io.github.leadershipinterviews.parse.EntityFixtures.organisations;
import static io.github.leadershipinterviews.parse.EntityFixtures.read;
import static io.github.leadershipinterviews.parse.EntityFixtures.roles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles written with brackets, abbreviations and boards, and where the role is held (our own fictional text). */
class RoleShapesTest {

  @Test
  void aDepartmentInBracketsBelongsToTheTitle() {
    assertThat(roles(read("Ewan Dray is Depute Chief Executive (People and Transformation) at Glen Morrow Council.")))
        .containsExactly("Depute Chief Executive (People and Transformation) @ Glen Morrow Council");
  }

  @Test
  void aDepartmentInBracketsOnANameTitleOrganisationLine() {
    Entities e = read("Ewan Dray, Deputy Chief Executive (Care and Partnerships), Glen Morrow Council\n\nEwan talks "
        + "about rotas.", List.of("Ewan Dray"), List.of());
    assertThat(roles(e)).containsExactly("Deputy Chief Executive (Care and Partnerships) @ Glen Morrow Council");
  }

  @Test
  void aNameAfterAtIsWhereTheRoleIsHeldNotADepartment() {
    Entities e = read("Rena Solt is a senior fellow at the Marlow Center for Civic Leadership at Tidewell State "
        + "University.");
    assertThat(organisations(e)).containsExactly("Marlow Center for Civic Leadership", "Tidewell State University");
    assertThat(roles(e)).containsExactly("senior fellow @ Marlow Center for Civic Leadership");
  }

  @Test
  void theFullStopOfAnAbbreviationBeforeACommaEndsNoClause() {
    assertThat(roles(read("Nomsa Dube is managing partner of Dube Mensah Inc., one of the largest firms in the city, "
        + "and chairperson of the Tembisa Children’s Trust.")))
        .containsExactly("managing partner @ Dube Mensah Inc", "chairperson @ Tembisa Children’s Trust");
  }

  @Test
  void aTitleOnTheBoardIsTheDirectorsAndASecondTitleAfterCommaAnd() {
    assertThat(roles(read("Wei Lin is Chief Executive of the Harbour Care Agency (HCA), and an independent "
        + "non-executive director on the board of Kestrel Mutual Ltd.")))
        .containsExactly("Chief Executive @ Harbour Care Agency", "independent non-executive director @ Kestrel Mutual Ltd");
  }

  @Test
  void theSubjectOfAWhenClauseAfterAGreetingIsTheGuest() {
    Entities e = read("Welcome back to the show, with your host, Clara Dunne. Most restructures are announced. "
        + "This one was whispered. When Tobin Rask became Chief Executive of Marden Vale Council in 2022, he "
        + "inherited a budget gap. Clara asks him whether it worked.", List.of(), List.of("Clara Dunne"));
    assertThat(EntityFixtures.guests(e)).containsExactly("Tobin Rask");
    assertThat(roles(e)).containsExactly("Chief Executive @ Marden Vale Council");
  }

  @Test
  void aNameLaterInTheTextWithoutAVerbOfHoldingAPostIsNoGuest() {
    Entities e = read("Welcome back to the show. Most restructures are announced. This one was whispered. When "
        + "Tobin Rask's report came out, the council listened.");
    assertThat(EntityFixtures.guests(e)).isEmpty();
  }

  @Test
  void aTitlesOwnAcronymInBracketsIsNoPartOfIt() {
    Entities e = read("Mina Okoro is the night operations manager (NOM) for Eastmere Ambulance Service NHS Trust.");
    assertThat(roles(e)).containsExactly("night operations manager @ Eastmere Ambulance Service NHS Trust");
  }

  @Test
  void aRoleBetweenDashesAfterTheName() {
    Entities e = read("Halfway through, Siân Kell – a ward sister at St Brannock’s Hospital who also chairs a "
        + "forum – joins them.", List.of("Siân Kell"), List.of());
    assertThat(roles(e)).containsExactly("ward sister @ St Brannock’s Hospital");
  }

  @Test
  void aTitleWrittenAsAnHonorificBeforeTheNameAndTheOrganisationAfterIt() {
    Entities e = read("Ama and Ben are joined by Superintendent Lena Varr of Calderholm Police.", List.of(),
        List.of("Ama Owusu", "Ben Torr"));
    assertThat(roles(e)).containsExactly("Superintendent @ Calderholm Police");
  }

  @Test
  void anOrdinalOpeningANameAfterAPrepositionStaysInIt() {
    Entities e = read("Declan Mott is co-founder and director of operations at Second Step, a social enterprise.");
    assertThat(organisations(e)).containsExactly("Second Step");
    assertThat(roles(e)).containsExactly("co-founder @ Second Step", "director of operations @ Second Step");
  }

  @Test
  void aRoleNamedAfterTheOrganisationWithWhere() {
    assertThat(roles(read("Dana Whitlock works at Harrow Valley Health Partners, where she is director of nursing.")))
        .containsExactly("director of nursing @ Harrow Valley Health Partners");
    assertThat(roles(read("Odile Marsh spent ten years at Fenwick Water Authority, where she was head of estates.")))
        .containsExactly("head of estates @ Fenwick Water Authority (former)");
  }

  @Test
  void aWhereClauseWithoutATitleOrAboutAPlaceGivesNoRole() {
    assertThat(roles(read("Dana Whitlock works at Harrow Valley Health Partners, where she is happiest.")))
        .isEmpty();
    assertThat(roles(read("Dana Whitlock grew up in Harrow, where she is a school governor.")))
        .isEmpty();
  }

  @Test
  void chairingTheBoardOfAnOrganisationIsBeingItsChair() {
    assertThat(roles(read("Tomas Reyes chairs the board of the Eastmoor Housing Association.")))
        .containsExactly("chair @ Eastmoor Housing Association");
    assertThat(roles(read("Tomas Reyes, who chaired the board of Eastmoor Housing Association until 2022, now "
        + "advises start-ups."))).containsExactly("chair @ Eastmoor Housing Association (former)");
  }

  @Test
  void aTitleWhoseOwnPartsHoldCommasBeforeACommaAndWhereItIsHeld() {
    assertThat(roles(read("Kojo Badu is Head of Strategy, Planning and Performance, at the Ministry of Ports.")))
        .containsExactly("Head of Strategy, Planning and Performance @ Ministry of Ports");
    assertThat(roles(read("Ama Owusu, Deputy Secretary, Policy and Programs, at the Department of Fair Work, says "
        + "the unit grew."))).containsExactly("Deputy Secretary, Policy and Programs @ Department of Fair Work");
  }

  @Test
  void aSentenceOpeningAtAnOrganisationWhereTheGuestHoldsARole() {
    Entities e = read("At Cascadia Pines University, where she has served as vice provost for student success since "
        + "2021, Dr. Renata Fitch oversees advising. Renata explains why.");
    assertThat(roles(e)).containsExactly("vice provost for student success @ Cascadia Pines University");
  }

  @Test
  void rolesInBracketsAfterThePanelsNamesTheOrganisationLast() {
    Entities e = read("The panel brought together Eng. Joseph Mutai (Director, Fire and Rescue Services, Ndere County "
        + "Government) and Dr Halima Said, MMed (Head of Emergency Medicine, Lakeview Teaching Hospital).");
    assertThat(e.people()).extracting(p -> p.name() + ": " + EntityFixtures.roles(p)).containsExactly(
        "Joseph Mutai: [Director, Fire and Rescue Services @ Ndere County Government]",
        "Halima Said: [Head of Emergency Medicine @ Lakeview Teaching Hospital]");
  }

  @Test
  void aMedicalDegreeBetweenTheNameAndTheVerbIsAPostNominal() {
    assertThat(roles(read("Ana-Lucía Cruz, MMed, has been acting director of the Marlow County Department of "
        + "Public Health since August.")))
        .containsExactly("acting director @ Marlow County Department of Public Health");
  }

  @Test
  void aListOfRolesSplitBySemicolonsAfterAPronounThatNamesTheGuest() {
    Entities e = read("Hilary Marsh spent 28 years in the navy. Today she is chief executive of Forces Hearth, the "
        + "families charity; a non-executive director of Bramblecote NHS Foundation Trust, where she chairs the "
        + "People Committee; and a governor of the Rydal Academy in Lincoln.");
    assertThat(roles(e)).containsExactly("chief executive @ Forces Hearth",
        "non-executive director @ Bramblecote NHS Foundation Trust", "governor @ Rydal Academy");
  }

  @Test
  void aPastRoleAfterAPronounIsLeftAsAnAside() {
    assertThat(roles(read("Hilary Marsh leads Forces Hearth. Before that she was head of estates at Rydal Academy.")))
        .isEmpty();
  }

  @Test
  void aFewLowerCaseWordsInBracketsAfterALowerCaseTitleBelongToIt() {
    assertThat(roles(read("Arjun Menon is vice-principal (academics) at Sarojini Iyer Memorial School.")))
        .containsExactly("vice-principal (academics) @ Sarojini Iyer Memorial School");
  }

  @Test
  void aFewWordsDescribingTheOrganisationBeforeItsName() {
    assertThat(roles(read("Ann Rees is a trustee of the mental health charity Mindful Valleys Trust.")))
        .containsExactly("trustee @ Mindful Valleys Trust");
    assertThat(roles(read("Jussi Peltomaa är vd för det kommunägda bolaget Norrvik Energi AB.")))
        .containsExactly("vd @ Norrvik Energi AB");
  }

  @Test
  void chairingAfterAnAdverbAndTheBoardOfTrusteesOfAnOrganisation() {
    assertThat(roles(read("Ingrid Solheim founded Harbourlight Refuge. Ingrid now chairs the Coastal Refuges "
        + "Alliance (CRA).")))
        .containsExactly("chair @ Coastal Refuges Alliance");
    Entities e = read("Lorraine Batiste is interim superintendent of the Pelican Bay School District. Lorraine also "
        + "chairs the Board of Trustees of the Gulf Coast Community Foundation.");
    assertThat(roles(e)).containsExactly("interim superintendent @ Pelican Bay School District",
        "chair @ Gulf Coast Community Foundation");
    assertThat(organisations(e)).containsExactly("Pelican Bay School District", "Gulf Coast Community Foundation");
  }
}
