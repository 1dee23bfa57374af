package io.github.leadershipinterviews.parse;

import static io.github.leadershipinterviews.parse.EntityFixtures.guests;
import static io.github.leadershipinterviews.parse.EntityFixtures.organisations;
import static io.github.leadershipinterviews.parse.EntityFixtures.read;
import static io.github.leadershipinterviews.parse.EntityFixtures.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Organisations and roles in French, Spanish, Italian and Portuguese text (our own fictional summaries). */
class RomanceEntitiesTest {

  @Test
  void frenchSentenceCaseNameAfterTheRole() {
    Entities e = read("Dr Solène Marivaux est directrice générale du Centre hospitalier de Brévannes depuis 2021. "
        + "Elle a travaillé dix ans pour la fondation et parle de la fatigue des équipes.");
    assertThat(guests(e)).containsExactly("Solène Marivaux");
    assertThat(roles(e)).containsExactly("directrice générale @ Centre hospitalier de Brévannes");
    assertThat(organisations(e)).containsExactly("Centre hospitalier de Brévannes");
  }

  @Test
  void sentenceCaseNameWithANounAfterDeAndAnElidedArticle() {
    Entities e = read("Yvette Carrel est directrice de l’Agence régionale de santé de Haute-Lirande et elle "
        + "parle de la santé au travail avec l'Université de Valmorin.");
    assertThat(roles(e)).containsExactly("directrice @ Agence régionale de santé de Haute-Lirande");
    assertThat(organisations(e)).containsExactly("Agence régionale de santé de Haute-Lirande",
        "Université de Valmorin");
  }

  @Test
  void italianNameAfterAnElidedPreposition() {
    Entities e = read("Ornella Vezzani è direttrice generale dell'Azienda sanitaria locale di Sorrena e parla "
        + "della sanità pubblica e del personale.");
    assertThat(guests(e)).containsExactly("Ornella Vezzani");
    assertThat(roles(e)).containsExactly("direttrice generale @ Azienda sanitaria locale di Sorrena");
  }

  @Test
  void spanishAndPortugueseCopulasAndRoles() {
    assertThat(roles(read("Ximena Olavide fue directora de la Fundación Albar y es presidenta del Banco Ceral "
        + "desde 2022, con un equipo de cien personas.")))
        .containsExactly("directora @ Fundación Albar (former)", "presidenta @ Banco Ceral");
    assertThat(roles(read("Iara Brandão é presidente da Fundação Caminhos Abertos desde 2019 e fala da saúde "
        + "das equipes.")))
        .containsExactly("presidente @ Fundação Caminhos Abertos");
  }

  @Test
  void aPresentVerbAfterTheConjunctionMakesACurrentRole() {
    assertThat(roles(read("Corin Vasey was director of the Halden Foundation and is chair of Merrow Bank.")))
        .containsExactly("director @ Halden Foundation (former)", "chair @ Merrow Bank");
  }

  @Test
  void englishTextKeepsALowerCaseTitleOutOfTheName() {
    Entities e = read("Tamsin Orley is the Hospital general manager at Westcombe Health and leads 400 staff.");
    assertThat(organisations(e)).containsExactly("Westcombe Health");
  }

  @Test
  void aVerbWithAnAdjectiveEndingEndsTheName() {
    Entities e = read("Le Conseil explique que la Mutuelle des Enseignants de Brévannes est prête. Hugo Lestang est "
        + "président du Conseil départemental de la Vésère.");
    assertThat(organisations(e)).contains("Mutuelle des Enseignants de Brévannes",
        "Conseil départemental de la Vésère");
    assertThat(organisations(e)).doesNotContain("Conseil explique");
  }
}
