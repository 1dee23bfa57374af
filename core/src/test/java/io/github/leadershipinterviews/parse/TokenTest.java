package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A token answers the word-list questions from one look-up per form, kept after the first use: every answer must
 * be the one the word lists themselves give ({@link Words}, {@link PersonNames}), for every word of those lists in
 * every case and with every ending a text gives it, asked once or twice.
 */
class TokenTest {

  private static final List<String> LEXICONS = List.of("organisation-words.txt", "not-names.txt",
      "honorifics.txt", "place-prefixes.txt", "known-organisations.txt", "not-organisations.txt",
      "post-nominals.txt", "role-words.txt");

  @Test
  void answersAsTheWordListsDoForEveryListedWordAndItsVariants() {
    List<String> words = variantsOfListedWords();
    assertThat(words).hasSizeGreaterThan(1_000);
    assertSoftly(softly -> {
      for (String word : words) {
        Token token = new Token(0, word.length(), word);
        for (int round = 0; round < 2; round++) { // the second answer comes from what the token kept
          String bare = token.bare();
          softly.assertThat(token.isOrganisationWord()).as("isOrganisationWord %s", word)
              .isEqualTo(Words.isOrganisationWord(bare));
          softly.assertThat(token.isKnownOrganisation()).as("isKnownOrganisation %s", word)
              .isEqualTo(Words.isKnownOrganisation(bare));
          softly.assertThat(token.isNeverName()).as("isNeverName %s", word).isEqualTo(Words.isNeverName(word));
          softly.assertThat(token.isBareNeverName()).as("isBareNeverName %s", word)
              .isEqualTo(Words.isNeverName(bare));
          softly.assertThat(token.isHonorific()).as("isHonorific %s", word)
              .isEqualTo(PersonNames.isHonorific(word));
          softly.assertThat(token.isBareHonorific()).as("isBareHonorific %s", word)
              .isEqualTo(PersonNames.isHonorific(bare));
          softly.assertThat(token.isPlacePrefix()).as("isPlacePrefix %s", word)
              .isEqualTo(Words.isPlacePrefix(word));
          softly.assertThat(token.isNameParticle()).as("isNameParticle %s", word)
              .isEqualTo(Words.isNameParticle(word));
          softly.assertThat(token.isLegalForm()).as("isLegalForm %s", word).isEqualTo(Words.isLegalForm(word));
          softly.assertThat(token.isPostNominal()).as("isPostNominal %s", word)
              .isEqualTo(PersonNames.isPostNominal(word));
          softly.assertThat(token.isNeverOrganisation()).as("isNeverOrganisation %s", word)
              .isEqualTo(Words.isNeverOrganisation(word));
          softly.assertThat(token.isRoleWord()).as("isRoleWord %s", word).isEqualTo(Words.isRoleWord(bare));
          softly.assertThat(token.isLowerRoleWord()).as("isLowerRoleWord %s", word)
              .isEqualTo(Words.isLowerRoleWord(word.toLowerCase(Locale.ROOT)));
          softly.assertThat(token.lower()).as("lower %s", word).isEqualTo(word.toLowerCase(Locale.ROOT));
        }
      }
    });
  }

  @Test
  void stripsAPossessiveOrACaseEndingFromTheBareWord() {
    assertThat(new Token(0, 10, "Eastmere's").bare()).isEqualTo("Eastmere");
    assertThat(new Token(0, 6, "ECSA’s").bare()).isEqualTo("ECSA");
    assertThat(new Token(0, 5, "KIV:s").bare()).isEqualTo("KIV");
    assertThat(new Token(0, 4, "Moss").bare()).isEqualTo("Moss");
    assertThat(new Token(0, 4, "Moss").hasClitic()).isFalse();
    assertThat(new Token(0, 10, "Eastmere's").hasClitic()).isTrue();
  }

  @Test
  void knowsTheShapeOfItsFirstCharacter() {
    assertThat(new Token(0, 6, "Ärende").isCapitalised()).isTrue();
    assertThat(new Token(0, 6, "ärende").isLowerCase()).isTrue();
    assertThat(new Token(0, 4, "2024").isWord()).isTrue();
    assertThat(new Token(0, 4, "2024").isCapitalised()).isFalse();
    assertThat(new Token(0, 1, "“").isWord()).isFalse();
    assertThat(new Token(0, 1, "“").isQuoteMark()).isTrue();
    assertThat(new Token(0, 3, "NHS").isAcronym()).isTrue();
    assertThat(new Token(0, 5, "NHS's").isAcronym()).isTrue();
    assertThat(new Token(0, 3, "Nhs").isAcronym()).isFalse();
  }

  private static List<String> variantsOfListedWords() {
    Set<String> words = new LinkedHashSet<>(List.of("Wren", "wren", "Fallow", "the", "The", "Ärende",
        "ÖVERLÄKARE", "Hospital's", "Dr.", "DR", "chief", "Chief’s", "KIV:s", "NHS", "plc", "Ph.D."));
    for (String lexicon : LEXICONS) {
      for (String entry : Lexicon.load(lexicon)) {
        for (String word : entry.split(" ")) {
          if (!word.isBlank()) {
            words.addAll(variants(word));
          }
        }
      }
    }
    return new ArrayList<>(words);
  }

  private static List<String> variants(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String capitalised = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    return List.of(word, lower, word.toUpperCase(Locale.ROOT), capitalised, word + "'s", word + "’s",
        word + ".", word + ":s");
  }
}
