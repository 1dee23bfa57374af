package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.Person;
import org.junit.jupiter.api.Test;

class HeaderVocabularyTest {
  private static final String POLISH = String.join("\n",
      "Zofia Kmita, prowadzenie zespołu po fuzji",
      "Szefowie od kuchni - Podcast od Adam Lis - Środy",
      "Wszystkie odcinki",
      "Kategorie: Biznes",
      "Zofia Kmita kieruje spółdzielnią Mleczna Droga od 2021 roku.");

  @Test
  void userVocabularyAddsShowLineCategoryScheduleAndChrome() {
    SummaryParser parser = SummaryParser.builder()
        .headerVocabulary(HeaderVocabulary.builder()
            .byPhrases("Podcast od")
            .categoryLabels("Kategorie")
            .scheduleWords("Środy")
            .chromeLines("Wszystkie odcinki")
            .build())
        .build();
    Episode episode = parser.parse(POLISH);
    assertThat(episode.show().flatMap(s -> s.name())).contains("Szefowie od kuchni");
    assertThat(episode.show().get().hosts()).extracting(Person::name).containsExactly("Adam Lis");
    assertThat(episode.categories()).containsExactly("Biznes");
    assertThat(episode.summary().text()).isEqualTo("Zofia Kmita kieruje spółdzielnią Mleczna Droga od 2021 roku.");
  }

  @Test
  void withoutTheVocabularyTheUnknownShowLineStartsTheBody() {
    Episode episode = SummaryParser.defaults().parse(POLISH);
    assertThat(episode.show()).isEmpty();
    assertThat(episode.summary().text()).startsWith("Szefowie od kuchni - Podcast od Adam Lis");
  }

  @Test
  void rejectsBlankAndNullWordsNamingTheArgument() {
    assertThatThrownBy(() -> HeaderVocabulary.builder().byPhrases("Podcast od", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("byPhrases[1] must not be blank but was \" \"");
    assertThatThrownBy(() -> HeaderVocabulary.builder().categoryLabels((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("categoryLabels[0]");
    assertThatThrownBy(() -> SummaryParser.builder().headerVocabulary(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("headerVocabulary");
  }
}
