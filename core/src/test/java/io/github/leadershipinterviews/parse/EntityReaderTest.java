package io.github.leadershipinterviews.parse;

import static io.github.leadershipinterviews.parse.EntityFixtures.guests;
import static io.github.leadershipinterviews.parse.EntityFixtures.mentions;
import static io.github.leadershipinterviews.parse.EntityFixtures.organisations;
import static io.github.leadershipinterviews.parse.EntityFixtures.people;
import static io.github.leadershipinterviews.parse.EntityFixtures.read;
import static io.github.leadershipinterviews.parse.EntityFixtures.roles;
import static io.github.leadershipinterviews.parse.EntityFixtures.works;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.model.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityReaderTest {

  @Test
  void guestIntroducedAsRoleOfOrganisationWithAcronym() {
    Entities e = read("Dame Petra Lund is Chief Executive of Eastmere Hospice Care (EHC), a charity in the valley. "
        + "She was formerly Director of Nursing at Greyford Community Trust. Petra describes her work.");
    assertThat(guests(e)).containsExactly("Petra Lund");
    assertThat(e.guests().get(0).honorific()).contains("Dame");
    assertThat(roles(e)).containsExactly("Chief Executive @ Eastmere Hospice Care",
        "Director of Nursing @ Greyford Community Trust (former)");
    assertThat(organisations(e)).containsExactly("Eastmere Hospice Care (EHC)", "Greyford Community Trust");
  }

  @Test
  void possessiveOrganisationBeforeLowerCaseRole() {
    Entities e = read("Nadia Fell is Brookvale Homes Group's director of people. Brookvale manages 9,000 homes. "
        + "She credits Brookvale's chief executive, Omar Tilling, with backing her.");
    assertThat(guests(e)).containsExactly("Nadia Fell");
    assertThat(roles(e)).containsExactly("director of people @ Brookvale Homes Group");
    assertThat(people(e)).containsExactly("Omar Tilling");
    assertThat(organisations(e)).containsExactly("Brookvale Homes Group");
  }

  @Test
  void hostSpeaksWithGuestWhoseAppositiveHasCurrentAndFormerRoles() {
    Entities e = read("In this episode of Civic Matters, Lena Storr speaks with Sir Arnold Pell CBE, Chair of the "
        + "Kestral Foundation and formerly Permanent Secretary at the Department for Coastal Affairs. Arnold spent "
        + "30 years in government.", List.of(), List.of("Lena Storr"));
    assertThat(guests(e)).containsExactly("Arnold Pell");
    Person guest = e.guests().get(0);
    assertThat(guest.honorific()).contains("Sir");
    assertThat(guest.postNominals()).containsExactly("CBE");
    assertThat(roles(e)).containsExactly("Chair @ Kestral Foundation",
        "Permanent Secretary @ Department for Coastal Affairs (former)");
    assertThat(people(e)).isEmpty();
    assertThat(organisations(e)).containsExactly("Kestral Foundation", "Department for Coastal Affairs");
  }

  @Test
  void hostNamedInTheBodyIsNeitherGuestNorPerson() {
    Entities e = read("In this episode of Civic Matters, host Lena Storr talks with Dr. Omar Quill, Chief Medical "
        + "Officer at Redfern Valley Health (RVH). Dr. Quill runs clinics.");
    assertThat(guests(e)).containsExactly("Omar Quill");
    assertThat(people(e)).isEmpty();
    assertThat(roles(e)).containsExactly("Chief Medical Officer @ Redfern Valley Health");
  }

  @Test
  void combinedTitleIsTwoRolesAtOneOrganisation() {
    Entities e = read("Dr. Anita Vale is President and CEO of Harwell Health System (HHS), a network of hospitals.");
    assertThat(roles(e)).containsExactly("President @ Harwell Health System", "CEO @ Harwell Health System");
  }

  @Test
  void abbreviatedTitleWithInnerOfAndAnd() {
    Entities e = read("Maeve Dunne is Dep Dir of HR and OD at Kellsbridge Teaching Hospitals NHS Foundation Trust "
        + "(KTH), where she leads/chairs the Trust’s wellbeing group.");
    assertThat(roles(e)).containsExactly("Dep Dir of HR and OD @ Kellsbridge Teaching Hospitals NHS Foundation Trust");
    assertThat(organisations(e)).containsExactly("Kellsbridge Teaching Hospitals NHS Foundation Trust (KTH)");
  }

  @Test
  void titleBeforeOrganisationAfterSecondPreposition() {
    Entities e = read("Conor Moss talks to Prof. Aine Curran MBE, Dean of Nursing at the University of Kells and a "
        + "former ward sister at Abbeyfield General Hospital in Galway.", List.of(), List.of("Conor Moss"));
    assertThat(roles(e)).containsExactly("Dean of Nursing @ University of Kells",
        "ward sister @ Abbeyfield General Hospital (former)");
  }

  @Test
  void twoGuestsOnLinesOfTheirOwn() {
    Entities e = read("Host Dr Ada Kerr is joined by two leaders.\n\n"
        + "Ruth Obi, Director of Adult Social Care, Marsh County Council\n"
        + "Piotr Nowak, Chief Operating Officer, Marsh and Fenn Hospitals NHS Trust\n\n"
        + "Ruth and Piotr talk about discharge.");
    assertThat(guests(e)).containsExactly("Ruth Obi", "Piotr Nowak");
    assertThat(roles(e.guests().get(0))).containsExactly("Director of Adult Social Care @ Marsh County Council");
    assertThat(roles(e.guests().get(1)))
        .containsExactly("Chief Operating Officer @ Marsh and Fenn Hospitals NHS Trust");
    assertThat(people(e)).isEmpty();
  }

  @Test
  void nextEpisodeNamesAPersonNotAGuest() {
    Entities e = read("Lucy Hart is CEO of Northway Logistics. In the next episode, Tom talks to Sir Neil Banks, "
        + "chair of the Guild of Carriers (GoC). Next week: Tom sits down with Amy Roe, Chief Nursing Officer at "
        + "Pine Ridge Medical Center.");
    assertThat(guests(e)).containsExactly("Lucy Hart");
    assertThat(people(e)).containsExactly("Neil Banks", "Amy Roe");
  }

  @Test
  void firstNameAndPronounsResolveToTheGuest() {
    String body = "Carla Brandt is CEO of Quayside Foods. She founded it in 2010. Carla says that kindness pays.";
    Entities e = read(body);
    assertThat(mentions(e, body)).containsExactly("Carla Brandt -> Carla Brandt", "She -> Carla Brandt",
        "Carla -> Carla Brandt");
  }

  @Test
  void pronounOfTheOtherGenderGoesToThePersonNamedLast() {
    String body = "Carla Brandt is CEO of Quayside Foods. She thanks her chair, Victor Adu, for the space he "
        + "gives her.";
    Entities e = read(body);
    assertThat(mentions(e, body)).containsExactly("Carla Brandt -> Carla Brandt", "She -> Carla Brandt",
        "her -> Carla Brandt", "Victor Adu -> Victor Adu", "he -> Victor Adu", "her -> Carla Brandt");
  }

  @Test
  void honorificAndSurnameResolveToTheFullName() {
    String body = "Jo Marsh is Principal of Saltby College. Her mentor was Dr Tola Ade of the Tarn Colleges "
        + "Partnership. Dr Ade told her to write it down, and Ade was right.";
    Entities e = read(body);
    assertThat(people(e)).containsExactly("Tola Ade");
    assertThat(mentions(e, body)).contains("Dr Ade -> Tola Ade", "Ade -> Tola Ade");
    assertThat(organisations(e)).containsExactly("Saltby College", "Tarn Colleges Partnership");
  }

  @Test
  void namesWithApostrophesHyphensAndAccents() {
    Entities e = read("Ana Reyes is the author of a book co-written with Dr Fionn Ó Briain. She thanks Siobhan "
        + "O’Dea, Mary-Beth Kell and Zoë Müller-Lindqvist.");
    assertThat(people(e)).containsExactly("Fionn Ó Briain", "Siobhan O’Dea", "Mary-Beth Kell",
        "Zoë Müller-Lindqvist");
  }

  @Test
  void acronymAloneAndPossessiveAcronymsAreOrganisations() {
    Entities e = read("Ian Roe is chief executive of Glenbar Council. He sits on ECSA’s finance group and works "
        + "with the NHS. The Care Audit Office (CAO) was critical, and the CAO’s report said so.");
    assertThat(organisations(e)).containsExactly("Glenbar Council", "ECSA", "NHS", "Care Audit Office (CAO)");
  }

  @Test
  void genericReferencesAndPlacesAreNotNew() {
    Entities e = read("Eve Lam is Chief Executive of Bramble Learning Trust. The Trust runs schools in West "
        + "Yorkshire and the East Midlands. Two years on, the trust is rated Good.");
    assertThat(organisations(e)).containsExactly("Bramble Learning Trust");
    assertThat(people(e)).isEmpty();
  }

  @Test
  void organisationsByAmpersandAndShortenedName() {
    Entities e = read("Rui Costa is Founder and CEO of Lantern Peak Analytics. He was a consultant at Holt & Birch. "
        + "The year Lantern Peak moved to a four-day week, their client Southgate Insurance complained.");
    assertThat(roles(e)).containsExactly("Founder @ Lantern Peak Analytics", "CEO @ Lantern Peak Analytics",
        "consultant @ Holt & Birch (former)");
    assertThat(organisations(e)).containsExactly("Lantern Peak Analytics", "Holt & Birch", "Southgate Insurance");
    assertThat(people(e)).isEmpty();
  }

  @Test
  void worksAfterAuthorOfAsACommaSeparatedRun() {
    Entities e = read("Dr. Lia Moreno is the author of Night Rounds: What Nurses Know, The Quiet Clinic: Notes "
        + "from the Edge, and Small Steps: Fixes for Busy Teams. She writes often.");
    assertThat(works(e)).containsExactly("Night Rounds: What Nurses Know", "The Quiet Clinic: Notes from the Edge",
        "Small Steps: Fixes for Busy Teams");
    assertThat(people(e)).isEmpty();
  }

  @Test
  void quotedWorksAfterCues() {
    Entities e = read("Her 2022 talk “The Late Shift Speaks” grew from a blog entitled \"Notes from 4 a.m.\" and "
        + "the 2019 report ‘Safe at Night.’ She also wrote her book “The Long Bench”, which sold well.");
    assertThat(works(e)).containsExactly("The Late Shift Speaks", "Notes from 4 a.m.", "Safe at Night",
        "The Long Bench");
  }

  @Test
  void plainTitleAfterReportWithInnerCommas() {
    Entities e = read("The inquiry’s final report, Nobody Waits: Families, Courts and the Cost of Delay, found "
        + "delays. He is the author of The Slow State: Why Care Takes Time.");
    assertThat(works(e)).containsExactly("Nobody Waits: Families, Courts and the Cost of Delay",
        "The Slow State: Why Care Takes Time");
    assertThat(organisations(e)).isEmpty();
  }

  @Test
  void apaReferenceAndResourcesHeading() {
    Entities e = read("Read more in Holm, K. A. (2021). Leading Slowly: A Field Guide. Other notes.\n"
        + "Resources mentioned:\nThe Harwick Four-Day Week Report 2023\nSupport the show\n");
    assertThat(works(e)).containsExactly("Leading Slowly: A Field Guide", "The Harwick Four-Day Week Report 2023");
  }

  @Test
  void apaReferenceInsideASentenceEndsBeforeARelativeClause() {
    Entities e = read("He often cites Varga, T. (2020). Small Rooms, Big Decisions: Leading Teams, which he gives to"
        + " every new manager.");
    assertThat(works(e)).containsExactly("Small Rooms, Big Decisions: Leading Teams");
  }

  @Test
  void quoteStageTitlesBecomeWorks() {
    String body = "She wrote a weekly staff blog, Notes from the Ward, which she still publishes.";
    int start = body.indexOf("Notes");
    int end = body.indexOf(", which");
    QuotedPassage title = new QuotedPassage(io.github.leadershipinterviews.model.Span.of(start, end),
        io.github.leadershipinterviews.model.Span.of(start, end), QuotedPassage.Kind.TITLE);
    Entities e = read(body, List.of(), List.of(), List.of(title));
    assertThat(works(e)).containsExactly("Notes from the Ward");
  }

  @Test
  void roleVerbAndPlaceAfterNetworkName() {
    Entities e = read("Dr Ivo Lark is Director of Finance at Westby Community Health NHS Trust and chairs the "
        + "Budget Leaders Network for the North East. He joins Gemma.");
    assertThat(roles(e)).containsExactly("Director of Finance @ Westby Community Health NHS Trust",
        "chair @ Budget Leaders Network");
    assertThat(organisations(e)).containsExactly("Westby Community Health NHS Trust", "Budget Leaders Network");
  }

  @Test
  void departmentInATitleLineIsNotAnOrganisation() {
    Entities e = read("Host Ann Lee is joined by two leaders.\n\n"
        + "Mira Toth, Director of Children's Services, Fallow Vale Borough Council\n"
        + "Joe Pratt, Chief Executive, Fallow Vale Community Health Partnership\n\n"
        + "They share a building in Fallow Vale.");
    assertThat(roles(e.guests().get(0))).containsExactly("Director of Children's Services @ Fallow Vale Borough Council");
    assertThat(organisations(e)).containsExactly("Fallow Vale Borough Council",
        "Fallow Vale Community Health Partnership");
    assertThat(people(e)).isEmpty();
  }

  @Test
  void foreignKeywordsAbbreviatedSaintAndReportAfterAClause() {
    Entities e = read("Professor Lena Brandt is Medical Director of the Auental Klinikum in Kassel and a member of "
        + "the board of the Hessian Society for Safe Care (HSSC). She led a team at St. Ilsen Hospital in Fulda. "
        + "Lena wrote a report she shared with staff, “Speak Up Early”, which changed practice.");
    assertThat(roles(e)).containsExactly("Medical Director @ Auental Klinikum",
        "member of the board @ Hessian Society for Safe Care");
    assertThat(organisations(e)).containsExactly("Auental Klinikum", "Hessian Society for Safe Care (HSSC)",
        "St. Ilsen Hospital");
    assertThat(works(e)).containsExactly("Speak Up Early");
  }

  @Test
  void guestAnnouncedAsTodaysGuestOrJoiningTheHost() {
    assertThat(guests(read("Welcome back! My guest today is Nia Grant, founder of Tidewell Studio."))).containsExactly(
        "Nia Grant");
    assertThat(guests(read("This week I am joined by Omar Reyes, a partner at Fenmore & Lowe."))).containsExactly(
        "Omar Reyes");
  }

  @Test
  void nameAfterATitleWordAndPlacesAfterIn() {
    Entities e = read("Rhea Patel is CEO of Oakmere Trust. Chief Executive Ann Bell praised her team in Holloway "
        + "Vale and across Upper Fenmore.");
    assertThat(people(e)).containsExactly("Ann Bell");
  }

  @Test
  void lowerCaseQuotedPhraseAfterACueIsATermNotAWork() {
    Entities e = read("She uses an approach called ‘radical listening’ and wrote a report called ‘Quiet Wards’.");
    assertThat(works(e)).containsExactly("Quiet Wards");
  }

  @Test
  void objectPronounOfTheSubjectsOwnVerbIsTheGuest() {
    String body = "Ruth Dale is Principal of Fenby College. Her mentor was Dr Ada Okoro. Dr Okoro told her to "
        + "slow down.";
    Entities e = read(body);
    assertThat(mentions(e, body)).endsWith("Dr Okoro -> Ada Okoro", "her -> Ruth Dale");
  }

  @Test
  void twoGuestsAnnouncedAfterAColonWithTheirRoles() {
    Entities e = read("Host Rita Gold talks to two HR leaders: Tom Marsh, HR Director at Fenby Water, and Ana Rivas, "
        + "Head of Talent at Greenhill Housing Association. Tom mentions the book Radical Kindness by Kit Vale.");
    assertThat(guests(e)).containsExactly("Tom Marsh", "Ana Rivas");
    assertThat(roles(e.guests().get(1))).containsExactly("Head of Talent @ Greenhill Housing Association");
    assertThat(people(e)).containsExactly("Kit Vale");
    assertThat(works(e)).containsExactly("Radical Kindness");
  }

  @Test
  void interviewerBeforeTheGuestsFirstNameIsAHostAndBecomingGivesARole() {
    Entities e = read("Colonel Ian Doyle served 20 years in the army before becoming Director of Operations at "
        + "Riverside Ambulance Service. Today Sara Lim sits down with Ian to talk about pressure. He thanks the "
        + "charity Veterans Onward and Jo Kent's book The Long March and the Fenby report.");
    assertThat(guests(e)).containsExactly("Ian Doyle");
    assertThat(roles(e)).containsExactly("Director of Operations @ Riverside Ambulance Service");
    assertThat(people(e)).containsExactly("Jo Kent");
    assertThat(works(e)).containsExactly("The Long March");
  }

  @Test
  void discussionWithGuestsMakesTheDiscussantsHosts() {
    Entities e = read("This week Cara Dunn and Ravi Sen discuss the new plan with Professor Jo Hale, Chief Nurse at "
        + "Westby University Hospitals NHS Foundation Trust, and Mark O'Neill, Director of Nursing at Eastby Health. "
        + "Mark cites the Royal College of Nursing's survey.");
    assertThat(guests(e)).containsExactly("Jo Hale", "Mark O'Neill");
    assertThat(people(e)).isEmpty();
    assertThat(organisations(e)).contains("Royal College of Nursing");
  }

  @Test
  void particlesLegalFormsAndTwoNamesAroundAnAmpersand() {
    Entities e = read("Jamal Webb is CEO of Stackwell Ltd and worked at Amazon and McKinsey & Company. His investor, "
        + "Lisa van der Berg of Northby Ventures, backed him.");
    assertThat(people(e)).containsExactly("Lisa van der Berg");
    assertThat(organisations(e)).containsExactly("Stackwell Ltd", "McKinsey & Company", "Northby Ventures");
  }

  @Test
  void organisationEndsBeforeAJobTitleAndAPersonAndDottedCountriesAreNoOrganisations() {
    Entities e = read("Tomas Reyes is chief executive of Larkspur Freight. He recalls what he learned from former "
        + "Pinecrest Mutual CEO Dana Whitlow-Berg, and how costs rose across the U.K. and the U.S. last year.");
    assertThat(people(e)).containsExactly("Dana Whitlow-Berg");
    assertThat(organisations(e)).containsExactly("Larkspur Freight", "Pinecrest Mutual");
  }
}
