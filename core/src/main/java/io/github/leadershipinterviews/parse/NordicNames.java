package io.github.leadershipinterviews.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Case endings on names in Finnish and Swedish text, turned back into the name's base form. Only the last word
 * of a name takes the ending ({@code Aino Virtasen kanssa}, {@code Per-Olof Hammars råd}).
 *
 * <table>
 *   <caption>Suffix rules, first match wins</caption>
 *   <tr><th>language</th><th>ending</th><th>base</th><th>example</th></tr>
 *   <tr><td>Finnish</td><td>-sen</td><td>-nen</td><td>Lahtisen → Lahtinen, Virtasen → Virtanen</td></tr>
 *   <tr><td>Finnish</td><td>-istä/-ista</td><td>-inen</td><td>Hämäläistä → Hämäläinen</td></tr>
 *   <tr><td>Finnish</td><td>two vowels + -ta/-tä; consonant + -aa/-ää</td><td>drop -ta, -a</td>
 *       <td>Rautiota → Rautio, Hakalaa → Hakala</td></tr>
 *   <tr><td>Finnish</td><td>vowel + -ssa/-ssä/-sta/-stä/-lla/-llä/-lta/-ltä/-lle/-ksi/-na/-nä</td><td>vowel</td>
 *       <td>Koskelalla → Koskela</td></tr>
 *   <tr><td>Finnish</td><td>vowel + -n (not -in on a surname)</td><td>vowel</td><td>Koskelan → Koskela</td></tr>
 *   <tr><td>Swedish, Danish, Norwegian</td><td>-s (not -ss)</td><td>—</td><td>Hammars → Hammar</td></tr>
 * </table>
 */
final class NordicNames {

  enum Language { FINNISH, SCANDINAVIAN, OTHER }

  static final Map<String, Language> FUNCTION_WORDS = functionWords(Lexicon.load("nordic-function-words.txt"));
  private static final String[] FINNISH_CASES = {"ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi",
      "na", "nä"};
  private static final String VOWELS = "aeiouyäöå";
  private static final int MIN_STEM = 3;
  /** {@code Berglundin mukaan}: the genitive ending of a name that ends in a consonant. */
  private static final String GENITIVE_AFTER_CONSONANT = "in";
  /** Consonants Finnish writes single in a name's genitive where the name has them doubled ({@code Riitta}). */
  private static final String GRADED_CONSONANTS = "tkp";

  private NordicNames() {}

  /** The language of tokens {@code from..to}, from the function words in them. */
  static Language languageOf(Tokens t, int from, int to) {
    int fi = 0;
    int sv = 0;
    for (int i = Math.max(0, from); i <= to && i < t.size(); i++) {
      Language l = t.lowerIn(i, Words.NORDIC_FUNCTION_WORD) ? FUNCTION_WORDS.get(t.lower(i)) : null;
      fi += l == Language.FINNISH ? 1 : 0;
      sv += l == Language.SCANDINAVIAN ? 1 : 0;
    }
    if (fi >= 2 && fi > sv) {
      return Language.FINNISH;
    }
    return sv >= 2 ? Language.SCANDINAVIAN : Language.OTHER;
  }

  /** The base form of a name word in {@code language}, or the word itself. */
  static String baseForm(String word, Language language) {
    List<String> forms = switch (language) {
      case FINNISH -> finnish(word);
      case SCANDINAVIAN -> scandinavian(word);
      case OTHER -> List.of();
    };
    if (forms.isEmpty() || language == Language.FINNISH && word.endsWith("in")
        && forms.get(0).length() == word.length() - 1) {
      // a surname ending in -i takes -en (Mäki, Mäen; Lehti, Lehden): one in -in is its own base form (Sarlin)
      return word;
    }
    return forms.get(0);
  }

  /** Every form {@code word} may be an inflection of, most likely first, the word itself excluded. */
  static List<String> candidates(String word) {
    List<String> out = new ArrayList<>(finnish(word));
    if (word.endsWith("nen") && endsInVowel(word, word.length() - 1)) {
      // Annen → Anne. Only as a candidate to look up among known names: as a base form it would also turn
      // every -nen surname (Virtanen) into a wrong one, which is why finnish() leaves it out.
      out.add(word.substring(0, word.length() - 1));
    }
    out.addAll(scandinavian(word));
    return out;
  }

  /** Whether {@code word} ends like an inflected Finnish or Scandinavian name (genitive -n or -s, a case ending). */
  static boolean mayBeInflected(String word) {
    if (word.endsWith("n") || word.endsWith("s")) {
      return true;
    }
    for (String c : FINNISH_CASES) {
      if (word.endsWith(c)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> finnish(String w) {
    List<String> out = new ArrayList<>();
    if (w.endsWith("sen") && w.length() > MIN_STEM + 3) {
      out.add(w.substring(0, w.length() - 3) + "nen");
    }
    if ((w.endsWith("istä") || w.endsWith("ista")) && w.length() > MIN_STEM + 4) {
      out.add(w.substring(0, w.length() - 3) + "nen"); // the partitive of a -inen name: Hämäläistä → Hämäläinen
    }
    int n = w.length();
    if (n > MIN_STEM + 3 && (w.endsWith("ta") || w.endsWith("tä")) && isVowel(w.charAt(n - 3))
        && isVowel(w.charAt(n - 4))) {
      out.add(w.substring(0, n - 2)); // the partitive after two vowels: Rautiota → Rautio
    }
    if (n > MIN_STEM + 2 && (w.endsWith("aa") || w.endsWith("ää")) && !isVowel(w.charAt(n - 3))) {
      out.add(w.substring(0, n - 1)); // the partitive of an -a name: Hakalaa → Hakala
    }
    for (String c : FINNISH_CASES) {
      int stem = w.length() - c.length();
      if (w.endsWith(c) && w.startsWith("se", stem - 2) && stem - 2 > MIN_STEM) {
        out.add(w.substring(0, stem - 2) + "nen"); // Koskiselta, Virtasessa: a -nen name's stem is -se-
      }
      if (w.endsWith(c) && endsInVowel(w, stem)) {
        out.add(w.substring(0, stem));
      }
    }
    if (w.endsWith("n") && !w.endsWith("nen") && endsInVowel(w, w.length() - 1)) {
      out.add(w.substring(0, w.length() - 1));
    }
    if (isPartitiveOfBackVowelStem(w)) {
      out.add(w.substring(0, w.length() - 1)); // Koivistoa → Koivisto, Hirvisaloa → Hirvisalo
    }
    return out;
  }

  /**
   * Every form a Finnish case form of a name may stand for, for look-up among known names: {@link #candidates}, the
   * stem of a genitive after a consonant ({@code Berglundin} → {@code Berglund}), and each with its consonant
   * strengthened ({@code Eija-Riitan} → {@code Eija-Riita} → {@code Eija-Riitta}).
   */
  static List<String> genitiveBases(String word) {
    List<String> bases = new ArrayList<>(candidates(word));
    if (word.endsWith(GENITIVE_AFTER_CONSONANT)) {
      bases.add(word.substring(0, word.length() - GENITIVE_AFTER_CONSONANT.length()));
    }
    List<String> out = new ArrayList<>(bases.size() * 2);
    for (String b : bases) {
      out.add(b);
      out.add(strongGrade(b));
    }
    return out;
  }

  /**
   * {@code Riita} of {@code Riitan} → {@code Riitta}: Finnish weakens a doubled t, k or p before a genitive ending,
   * so a stem ending in a vowel after a single one may stand for the name with it doubled.
   */
  private static String strongGrade(String stem) {
    int last = stem.length() - 1;
    if (last < 2 || !isVowel(stem.charAt(last))) {
      return stem;
    }
    char c = stem.charAt(last - 1);
    boolean single = GRADED_CONSONANTS.indexOf(c) >= 0 && stem.charAt(last - 2) != c;
    return single ? stem.substring(0, last) + c + stem.substring(last) : stem;
  }

  private static List<String> scandinavian(String w) {
    boolean genitive = w.length() > MIN_STEM + 1 && w.endsWith("s") && !w.endsWith("ss");
    return genitive ? List.of(w.substring(0, w.length() - 1)) : List.of();
  }

  /**
   * The partitive {@code -a}/{@code -ä} after a stem ending in o, u, y or ö. Not after e or i: Andrea and Maria
   * end so in their base form.
   */
  private static boolean isPartitiveOfBackVowelStem(String w) {
    int n = w.length();
    return n > MIN_STEM + 2 && (w.charAt(n - 1) == 'a' || w.charAt(n - 1) == 'ä') && "ouyö".indexOf(w.charAt(n - 2)) >= 0;
  }

  static boolean isVowel(char c) {
    return VOWELS.indexOf(Character.toLowerCase(c)) >= 0;
  }

  private static boolean endsInVowel(String w, int end) {
    return end >= MIN_STEM && VOWELS.indexOf(Character.toLowerCase(w.charAt(end - 1))) >= 0;
  }

  private static Map<String, Language> functionWords(List<String> lines) {
    Map<String, Language> out = new HashMap<>();
    for (String line : lines) {
      String[] parts = line.split("\\s+", 2);
      out.put(parts[1], parts[0].equals("fi") ? Language.FINNISH : Language.SCANDINAVIAN);
    }
    return Map.copyOf(out);
  }
}
