package io.github.leadershipinterviews.parse;

import java.util.List;
import java.util.Set;

/**
 * Names of organisations written in sentence case, as French, Spanish, Italian and Portuguese write them: a
 * capitalised kind of organisation, then lower-case adjectives and {@code de} phrases ({@code Centre hospitalier de
 * Vauclair}, {@code Agence régionale de santé d’Occitanie}, {@code Azienda sanitaria locale di Bari}). Read only in
 * a text in one of those languages ({@link Tokens#isRomance()}): in English, {@code Hospital general manager} is a
 * name and a title. German puts an adjective in the genitive plural inside a name ({@code Landesverband freier
 * Pflegedienste}).
 */
final class SentenceCaseNames {
  /** Words that join the parts of such a name: {@code de}, {@code d’}, {@code et}, {@code della} ... */
  private static final Set<String> CONNECTORS = Set.of("de", "du", "des", "d'", "d’", "et", "di", "del", "della",
      "delle", "dei", "degli", "dell'", "dell’", "da", "do", "dos", "das", "e", "y", "la", "le", "les", "l'", "l’", "à",
      "al");
  /** Adjective endings: {@code hospitalier}, {@code régionale}, {@code sanitaria}, {@code públicos} ... */
  private static final List<String> ADJECTIVE_ENDINGS = List.of("al", "ale", "ales", "aux", "ier", "iers", "ière",
      "ières", "iero", "iera", "ieri", "iere", "aire", "aires", "ario", "aria", "ari", "arie", "ário", "ária",
      "ique", "iques", "ico", "ica", "ici", "iche", "ichi", "icos", "icas", "el", "elle", "elles", "els", "if",
      "ive", "ifs", "ives", "ivo", "iva", "ivi", "ien", "ienne", "iens", "iennes", "ano", "ana", "ani",
      "ane", "anos", "anas", "ais", "aise", "ois", "oise", "ile", "iles", "ieur", "ieure", "ior", "iore", "eiro",
      "eira", "ense", "enses", "ês", "esa", "ese", "blico", "blica", "blique", "blicos");
  /** Verbs and small words with an adjective's ending: {@code La Direction explique que ...}, {@code mais}. */
  private static final Set<String> NOT_ADJECTIVES = Set.of("explique", "explica", "indique", "indica", "communique",
      "comunica", "applique", "aplica", "applica", "implique", "implica", "critique", "critica", "publica",
      "pubblica", "significa", "dedica", "dedique", "replica", "verifica", "modifica", "justifica", "fabrica",
      "multiplica", "multiplique", "ani", "mais", "ainsi", "aussi", "aquí");
  /** The longest description: a name rarely holds more lower-case words. */
  private static final int MAX_DESCRIPTION = 8;
  /** Connectors in a row: {@code de la}, {@code de l’}. */
  private static final int MAX_CONNECTORS = 2;
  private static final int MIN_WORD = 3;

  private SentenceCaseNames() {}

  /**
   * The last token of the lower-case description after the kind of organisation at {@code head}, or {@code head}
   * when none follows (or the text is not in a Romance language). A connector before a capitalised word is left to
   * the caller's run ({@code Centre hospitalier} {@code de Vauclair}).
   */
  static int descriptionEnd(Tokens t, int head, boolean[] masked) {
    if (!t.get(head).isOrganisationWord() || head + 1 >= t.size() || !t.get(head + 1).isLowerCase()) {
      return head;
    }
    if (t.isGerman()) {
      return germanAdjective(t, head + 1, masked) ? head + 1 : head;
    }
    if (!t.isRomance()) {
      return head;
    }
    int last = head;
    int connectors = 0;
    for (int k = head + 1; k < t.size() && k - head <= MAX_DESCRIPTION && !t.startsSentence(k) && !masked[k]; k++) {
      Token tok = t.get(k);
      if (!tok.isWord() || !tok.isLowerCase()) {
        break;
      }
      if (CONNECTORS.contains(tok.text())) {
        if (++connectors > MAX_CONNECTORS) {
          break;
        }
        continue;
      }
      boolean noun = connectors > 0 && tok.length() >= MIN_WORD && !tok.lowerIn(Words.ROMANCE_FUNCTION_WORD);
      if (!noun && !isAdjective(tok) || tok.isLowerRoleWord()) {
        break;
      }
      last = k;
      connectors = 0;
    }
    return last;
  }

  /**
   * {@code Landesverband freier Pflegedienste}, {@code Verband kommunaler Unternehmen}: a German adjective in the
   * genitive plural between two capitalised parts of one name.
   */
  private static boolean germanAdjective(Tokens t, int k, boolean[] masked) {
    Token tok = t.get(k);
    Token next = t.at(k + 1);
    return !masked[k] && tok.isWord() && tok.length() > MIN_WORD + 1 && tok.text().endsWith("er")
        && !tok.lowerIn(Words.GERMAN_FUNCTION_WORD) && next != null && next.isWord() && next.isCapitalised()
        && !t.startsSentence(k + 1);
  }

  /** Whether a lower-case word ends in the tail of a description: {@code hospitalier}, but not a connector. */
  static boolean endsDescription(Token tok) {
    return tok.isWord() && tok.isLowerCase() && !CONNECTORS.contains(tok.text());
  }

  private static boolean isAdjective(Token tok) {
    String w = tok.text();
    if (w.length() <= MIN_WORD || NOT_ADJECTIVES.contains(w)) {
      return false;
    }
    for (String ending : ADJECTIVE_ENDINGS) {
      if (w.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
