package io.github.leadershipinterviews.parse;

import static io.github.leadershipinterviews.parse.EntityFixtures.organisations;
import static io.github.leadershipinterviews.parse.EntityFixtures.people;
import static io.github.leadershipinterviews.parse.EntityFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names that carry no organisation keyword but that their context shows to be organisations, not people. */
class OrganisationContextTest {

  @Test
  void anAppositiveNamingAKindOfOrganisationMakesTheNameOne() {
    Entities e = read("Nia Carrow chairs the trustees of Lantern Steps, a youth homelessness charity working across "
        + "the valleys.");
    assertThat(organisations(e)).containsExactly("Lantern Steps");
    assertThat(people(e)).isEmpty();
  }

  @Test
  void anAppositiveDescribingAPersonKeepsThePerson() {
    Entities e = read("Nia Carrow worked with Mared Jones, a charity trustee, and Idris Bell, a union rep, and "
        + "Owen Price, a nurse at the charity.");
    assertThat(people(e)).containsExactly("Mared Jones", "Idris Bell", "Owen Price");
    assertThat(organisations(e)).isEmpty();
  }

  @Test
  void whatSomeoneFoundedIsAnOrganisation() {
    Entities e = read("Nia Carrow co-founded Tallow Bright Makers with her cousin in 2009. She later founded "
        + "Copper Kiln.");
    assertThat(organisations(e)).containsExactly("Tallow Bright Makers", "Copper Kiln");
    assertThat(people(e)).isEmpty();
  }

  @Test
  void aKindOfOrganisationBeforeTheNameNamesOne() {
    Entities e = read("Nia Carrow leads Vesterby Kommune. Hun samarbejder med fagforeningen Pleje og Omsorg Vest "
        + "og the charity Open Doorway.");
    assertThat(organisations(e)).contains("Pleje og Omsorg Vest", "Open Doorway");
    assertThat(people(e)).isEmpty();
  }

  @Test
  void aFinnishRegisteredAssociationKeepsItsLegalFormAndAcronymThroughACaseEnding() {
    Entities e = read("Aino Salmi on Kivilahden kunnan hallintojohtaja ja Kuntajohtajat Pohjola ry:n (KJP) "
        + "hallituksen jäsen. Hän on toiminut myös Nuorten Polku ry:ssä.");
    assertThat(organisations(e)).containsExactly("Kivilahden kunta", "Kuntajohtajat Pohjola ry (KJP)",
        "Nuorten Polku ry");
    assertThat(people(e)).isEmpty();
  }

  @Test
  void twoNamesJoinedByAndEachWithItsKeywordAreTwoOrganisations() {
    assertThat(organisations(read("Nia Carrow works with Kelso & District NHS Trust and Kelso Police on it.")))
        .containsExactly("Kelso & District NHS Trust", "Kelso Police");
    assertThat(organisations(read("Nia Carrow works with Fenwick Council and Tarn Valley NHS Trust.")))
        .containsExactly("Fenwick Council", "Tarn Valley NHS Trust");
  }

  @Test
  void oneNameWithAnAndInsideStaysWhole() {
    assertThat(organisations(read("Nia Carrow chairs University Hospitals of Kelso and Tarn NHS Foundation Trust.")))
        .containsExactly("University Hospitals of Kelso and Tarn NHS Foundation Trust");
    assertThat(organisations(read("Nia Carrow leads the Allied Freight and Haulage Union (AFHU).")))
        .containsExactly("Allied Freight and Haulage Union (AFHU)");
  }

  @Test
  void anInitiativeIsAnOrganisationWordEvenAfterAPluralPossessive() {
    assertThat(organisations(read("Nia Carrow founded the Kestrel Girls’ Leadership Initiative in 2014.")))
        .containsExactly("Kestrel Girls’ Leadership Initiative");
  }
}
