package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private static List<String> words(String text) {
    return Arrays.stream(Tokenizer.tokenize(text)).map(Token::text).toList();
  }

  @Test
  void anElidedArticleOrPrepositionIsAWordOfItsOwn() {
    assertThat(words("de l’Université d'Orvanne, dell'Istituto, L'Agence"))
        .containsExactly("de", "l’", "Université", "d'", "Orvanne", ",", "dell'", "Istituto", ",", "L'", "Agence");
  }

  @Test
  void namesAndEnglishContractionsKeepTheirApostrophe() {
    assertThat(words("D’Souza and O’Dea don't, D'après"))
        .containsExactly("D’Souza", "and", "O’Dea", "don't", ",", "D'", "après");
  }
}
