package io.github.leadershipinterviews.parse;

import static io.github.leadershipinterviews.parse.EntityFixtures.guests;
import static io.github.leadershipinterviews.parse.EntityFixtures.mentions;
import static io.github.leadershipinterviews.parse.EntityFixtures.organisations;
import static io.github.leadershipinterviews.parse.EntityFixtures.people;
import static io.github.leadershipinterviews.parse.EntityFixtures.read;
import static io.github.leadershipinterviews.parse.EntityFixtures.roles;
import static io.github.leadershipinterviews.parse.EntityFixtures.works;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NordicEntitiesTest {

  @Test
  void swedishRoleAcronymGenitiveAndInflectedNames() {
    String body = "Eva Lindh är vd för Kallsjö Kraft, ett kommunägt bolag. Hon var tidigare ekonomichef i "
        + "Bergvikens kommun och är ordförande för nätverket Kraftledare i Väst (KIV). Eva berättar om mentorn "
        + "Per-Olof Hammars viktigaste råd. KIV:s rapport ”Ledare i stormen” visar att Lindhs team växte.";
    Entities e = read(body);
    assertThat(guests(e)).containsExactly("Eva Lindh");
    assertThat(roles(e)).contains("vd @ Kallsjö Kraft", "ekonomichef @ Bergvikens kommun (former)");
    assertThat(people(e)).containsExactly("Per-Olof Hammar");
    assertThat(organisations(e)).containsExactly("Kallsjö Kraft", "Bergvikens kommun", "Kraftledare i Väst (KIV)");
    assertThat(works(e)).containsExactly("Ledare i stormen");
    assertThat(mentions(e, body)).contains("Lindhs -> Eva Lindh");
  }

  @Test
  void finnishGenitiveOrganisationAndInflectedNames() {
    String body = "Aino Koski on Kuusimaan hyvinvointialueen henkilöstöjohtaja. Aiemmin hän työskenteli Vaaralan "
        + "kaupungin sosiaalijohtajana. Kalle keskustelee Aino Kosken kanssa ja Ainon mentorin, professori Helmi "
        + "Virtasen, ajatuksista. Hän on kirjoittanut kirjan nimeltä Rohkea johtaja – opas arkeen, ja puhuu "
        + "Suomen Johtajayhdistyksen (SJY) ohjelmasta. SJY:n kyselyn mukaan moni on väsynyt.";
    Entities e = read(body, List.of(), List.of("Kalle Laine"));
    assertThat(guests(e)).containsExactly("Aino Koski");
    // "Aiemmin hän työskenteli ... sosiaalijohtajana": formerly worked as social director, in the essive case
    assertThat(roles(e)).containsExactly("henkilöstöjohtaja @ Kuusimaan hyvinvointialue",
        "sosiaalijohtaja @ Vaaralan kaupunki (former)");
    assertThat(people(e)).containsExactly("Helmi Virtanen");
    assertThat(organisations(e)).containsExactly("Kuusimaan hyvinvointialue", "Vaaralan kaupunki",
        "Suomen Johtajayhdistys (SJY)");
    assertThat(works(e)).containsExactly("Rohkea johtaja – opas arkeen");
    assertThat(mentions(e, body)).contains("Ainon -> Aino Koski");
  }

  @Test
  void inflectedFullNameOfTheGuestIsNotASecondPerson() {
    Entities e = read("Saila Kärppä is CEO of Tunturi Freight. Jaksossa Veikko Ranta keskustelee Saila Kärpän "
        + "kanssa luottamuksesta.", List.of(), List.of("Veikko Ranta"));
    assertThat(guests(e)).containsExactly("Saila Kärppä");
    assertThat(people(e)).isEmpty();
  }

  @Test
  void swedishRoleAfterYearAndDescriptorNoun() {
    Entities e = read("Maja Berg är verksamhetschef i Tallåsens kommun. Hon är sedan 2020 ordförande för "
        + "föreningen Vårdledare i Syd och var tidigare enhetschef på Ekbackens vårdcentral.");
    assertThat(roles(e)).containsExactly("verksamhetschef @ Tallåsens kommun", "ordförande @ Vårdledare i Syd",
        "enhetschef @ Ekbackens vårdcentral (former)");
  }

  @Test
  void danishAndGermanRolesWithFormerMarkers() {
    Entities e = read("Mette Holm er direktør for Region Sydvest og tidligere formand for Danske Chefer.");
    assertThat(roles(e)).containsExactly("direktør @ Region Sydvest", "formand @ Danske Chefer (former)");
    Entities g = read("Dr. Katrin Vogt ist Geschäftsführerin der Stadtwerke Lindenau GmbH und spricht über ihren "
        + "Mentor Prof. Dr. Heinrich Alberts.");
    assertThat(roles(g)).containsExactly("Geschäftsführerin @ Stadtwerke Lindenau GmbH");
    assertThat(people(g)).containsExactly("Heinrich Alberts");
  }

  @Test
  void finnishCaseOfANenNameAcronymAndRoleAfterAGenitiveTailAndAnOpeningAdverb() {
    String body = "Liisa Mäki on Ruskolan ammattikorkeakoulun (RAMK) vararehtori. Hän kertoo, että oppi paljon "
        + "edeltäjältään, professori Outi Laaksoselta, joka kysyi aina ensin. Lopuksi Jari kysyy, mikä Liisaa innostaa.";
    Entities e = read(body, List.of(), List.of("Jari Salo"));
    assertThat(people(e)).containsExactly("Outi Laaksonen");
    assertThat(organisations(e)).containsExactly("Ruskolan ammattikorkeakoulu (RAMK)");
    assertThat(roles(e)).containsExactly("vararehtori @ Ruskolan ammattikorkeakoulu");
  }

  @Test
  void theGenitiveOfAFirstNameEndingInNeIsAMention() {
    String body = "Janne Harju on Kivikosken sataman toimitusjohtaja. Petra ja Janne keskustelevat muutoksesta. "
        + "Jannen mukaan tärkeintä on kuunnella ensin.";
    Entities e = read(body, List.of(), List.of("Petra Lind"));
    assertThat(mentions(e, body)).contains("Jannen -> Janne Harju");
  }

  @Test
  void aFinnishGenitiveNameBeforeTheColonSpeaksTheQuotation() {
    String summary = "Janne Harju: satama ja luottamus\nSatamapodcast - Podcast tekijän mukaan Petra Lind - Maanantaisin"
        + "\n\nKategoriat:\n\nJanne Harju on Kivikosken sataman toimitusjohtaja. Petra ja Janne keskustelevat muutoksesta. "
        + "Jannen mukaan johtajan tärkein tehtävä on suojata tiimiä: ”Minun työni on ottaa kritiikki vastaan.”";
    assertThat(SummaryParser.defaults().parse(summary).quotations())
        .extracting(q -> q.speaker().orElse("-"))
        .containsExactly("Janne Harju");
  }

  @Test
  void aDepartmentInsideAMunicipalityIsNotAnOrganisation() {
    String body = "Lise Holm er kommunaldirektør i Egeby Kommune. Hun var tidligere direktør for Social og "
        + "Sundhed i Ravnsø Kommune og er formand for Netværket i Nord.";
    Entities e = read(body);
    assertThat(organisations(e)).containsExactlyInAnyOrder("Egeby Kommune", "Ravnsø Kommune", "Netværket i Nord");
  }

  @Test
  void finnishPartitiveNamesInTheirBaseForm() {
    Entities e = read("Aino Koski on Vaaralan kaupungin kaupunginjohtaja. Hän kiittää mentoriaan, kauppaneuvos "
        + "Raili Hämäläistä, ja ylilääkäri Matti Rautiota. Toimittaja haastattelee myös Jari Hakalaa, joka on ollut johtaja.");
    assertThat(people(e)).containsExactly("Raili Hämäläinen", "Matti Rautio", "Jari Hakala");
  }

  @Test
  void aFinnishSurnameEndingInInIsItsOwnBaseForm() {
    Entities e = read("Aino Koski on Vaaralan kaupungin kaupunginjohtaja. Hallituksen puheenjohtaja, KTT Eeva "
        + "Sarlin neuvoi häntä, että hän on myös kuuntelija ja se on tärkeää.");
    assertThat(people(e)).containsExactly("Eeva Sarlin");
  }

  @Test
  void aNordicAdverbOpeningASentenceIsNoPartOfAName() {
    Entities e = read("Aino Koski on Vaaralan kaupungin kaupunginjohtaja. Aiemmin Koski työskenteli Kuusimaan "
        + "kunnassa. Esimerkiksi Kylätalo Tuulensuu ry avasi kahvilan.");
    assertThat(people(e)).isEmpty();
    assertThat(organisations(e)).contains("Kylätalo Tuulensuu ry");
  }

  @Test
  void aFinnishCooperativeInTheGenitiveAndDanishSchoolsAreOrganisations() {
    assertThat(roles(read("Anu Pelkonen on toiminut Hämeenrannan Osuuskaupan toimitusjohtajana vuodesta 2019.")))
        .containsExactly("toimitusjohtaja @ Hämeenrannan Osuuskauppa");
    Entities e = read("Henrik Skov underviste på Limfjordens Tekniske Skole og Professionshøjskolen Vadehav.");
    assertThat(organisations(e)).containsExactly("Limfjordens Tekniske Skole", "Professionshøjskolen Vadehav");
    assertThat(people(e)).isEmpty();
  }

  @Test
  void aTitleBetweenAnOrganisationAndTheGuestsName() {
    Entities e = read("Vieraana on Saimaanrannan hyvinvointialueen kehitysjohtaja Markus Lindholm, joka johti "
        + "uudistusta.", List.of("Markus Lindholm"), List.of());
    assertThat(roles(e)).containsExactly("kehitysjohtaja @ Saimaanrannan hyvinvointialue");
  }

  @Test
  void aFirstNameAfterAnOpeningAdverbIsTheSubjectOfItsCopula() {
    Entities e = read("Sari Kallio johtaa Tuulikello ry:tä. Lisäksi Sari on Sosiaalialan Järjestöjen Liiton "
        + "(SJL) hallituksen puheenjohtaja.");
    assertThat(roles(e)).contains("hallituksen puheenjohtaja @ Sosiaalialan Järjestöjen Liitto");
  }
}
