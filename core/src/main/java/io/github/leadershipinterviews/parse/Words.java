package io.github.leadershipinterviews.parse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The entity stage's word lists, loaded once, and the word tests built on them. */
final class Words {
  private static final Set<String> ROLE_WORDS = lowerSet(Lexicon.load("role-words.txt"));
  private static final List<String> ROLE_SUFFIXES = Lexicon.load("role-suffixes.txt");
  private static final Set<String> ORGANISATION_WORDS = Set.copyOf(Lexicon.load("organisation-words.txt"));
  private static final Map<String, String> ORGANISATION_TAILS = tails(Lexicon.load("organisation-tails.txt"));
  private static final Set<String> KNOWN_ORGANISATIONS = Set.copyOf(Lexicon.load("known-organisations.txt"));
  private static final Set<String> NOT_ORGANISATIONS = Set.copyOf(Lexicon.load("not-organisations.txt"));
  private static final Set<String> NOT_NAMES = Set.copyOf(Lexicon.load("not-names.txt"));
  private static final Set<String> PLACE_PREFIXES = Set.copyOf(Lexicon.load("place-prefixes.txt"));
  private static final Set<String> NAME_PARTICLES = Set.of("van", "von", "de", "da", "del", "della", "di", "du",
      "le", "la", "bin", "bint", "al", "el", "ten", "ter", "dos", "y");
  /** Second particles: {@code van der}, {@code von den}, {@code de la}. */
  private static final Set<String> SECOND_PARTICLES = Set.of("der", "den", "de", "la", "los", "las");
  private static final Set<String> LEGAL_FORMS = Set.of("GmbH", "Ltd", "Inc", "LLC", "LLP", "plc", "PLC", "AB", "Oy",
      "Oyj", "AS", "ASA", "A/S", "SA", "AG", "NV", "BV", "Corp");

  private static final int SHORT_TAIL = 4;
  private static final int LONGEST_TAIL = ORGANISATION_TAILS.keySet().stream().mapToInt(String::length).max()
      .orElse(0);

  private Words() {}

  /** {@code chief}, {@code Director}, {@code vd}, {@code henkilöstöjohtaja}: a word of a job title. */
  static boolean isRoleWord(String word) {
    return isLowerRoleWord(word.toLowerCase(Locale.ROOT));
  }

  /** As {@link #isRoleWord}, for a word already in lower case ({@link Tokens#lower}). */
  static boolean isLowerRoleWord(String w) {
    if (ROLE_WORDS.contains(w)) {
      return true;
    }
    for (String suffix : ROLE_SUFFIXES) {
      if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
        return true;
      }
    }
    return ROLE_SUFFIXES.contains(w);
  }

  static boolean isOrganisationWord(String word) {
    return ORGANISATION_WORDS.contains(word);
  }

  /** The base form of a lower-case Nordic organisation tail ({@code kaupungin} is {@code kaupunki}), or null. */
  static String organisationTail(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String tail = matchingTail(lower);
    return tail == null ? null : word.substring(0, word.length() - tail.length()) + ORGANISATION_TAILS.get(tail);
  }

  /**
   * The longest tail that {@code lower} ends with (a short tail must be the whole word), by hash lookups of its
   * endings instead of a scan of the list: at each length only one tail can match.
   */
  private static String matchingTail(String lower) {
    if (lower.length() <= SHORT_TAIL) {
      return ORGANISATION_TAILS.containsKey(lower) ? lower : null;
    }
    for (int len = Math.min(lower.length(), LONGEST_TAIL); len > SHORT_TAIL; len--) {
      String ending = lower.substring(lower.length() - len);
      if (ORGANISATION_TAILS.containsKey(ending)) {
        return ending;
      }
    }
    return null;
  }

  static boolean isKnownOrganisation(String word) {
    return KNOWN_ORGANISATIONS.contains(word);
  }

  static boolean isNeverOrganisation(String word) {
    return NOT_ORGANISATIONS.contains(word) || PersonNames.isPostNominal(word) || PersonNames.numeral(word).isPresent();
  }

  static boolean isNeverName(String word) {
    return NOT_NAMES.contains(word);
  }

  static boolean isPlacePrefix(String word) {
    return PLACE_PREFIXES.contains(word);
  }

  static boolean isNameParticle(String word) {
    return NAME_PARTICLES.contains(word);
  }

  static boolean isSecondParticle(String word) {
    return SECOND_PARTICLES.contains(word);
  }

  /** {@code GmbH}, {@code Ltd}, {@code Oy}: the legal form that ends a company's name. */
  static boolean isLegalForm(String word) {
    return LEGAL_FORMS.contains(word);
  }

  private static Set<String> lowerSet(List<String> words) {
    Set<String> out = new HashSet<>();
    words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    return Set.copyOf(out);
  }

  /** Inflected form to base form; a form listed twice keeps its last base form. */
  private static Map<String, String> tails(List<String> lines) {
    Map<String, String> out = new HashMap<>();
    for (String line : lines) {
      String[] forms = line.split("\\|");
      for (String form : forms) {
        out.put(form.strip(), forms[0].strip());
      }
    }
    return out;
  }
}
