package io.github.leadershipinterviews.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Splits a written name into name, honorific, post-nominals and appearance numeral.
 *
 * <pre>
 *   "Dr Maren Solheim, Ph.D."        name "Maren Solheim", honorific "Dr", post-nominals [Ph.D.]
 *   "Sir Edwin Marsh CBE"         name "Edwin Marsh", honorific "Sir", post-nominals [CBE]
 *   "Professor Dame Jo Bell"           name "Jo Bell", honorific "Professor Dame"
 *   "Orla Brennan II"              name "Orla Brennan", appearance 2
 * </pre>
 */
final class PersonNames {
  static final Set<String> HONORIFICS = Set.copyOf(Lexicon.load("honorifics.txt"));
  /** First words of the honorifics of two words or more ({@code Professor} of {@code Professor Dame}). */
  private static final Set<String> PAIR_STARTS = firstWords(HONORIFICS);
  private static final Set<String> POST_NOMINALS = undotted(Lexicon.load("post-nominals.txt"));
  static final List<String> NUMERALS = List.of("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X");

  private PersonNames() {}

  /** Whether {@code word} (with or without a trailing full stop) is an honorific such as {@code Dr.}. */
  static boolean isHonorific(String word) {
    return HONORIFICS.contains(stripDot(word));
  }

  /** Whether some two-word honorific starts with {@code first}: without one, the second word need not be made. */
  static boolean mayStartHonorificPair(String first) {
    return PAIR_STARTS.contains(first);
  }

  /**
   * Whether {@code first + " " + second} is an honorific ({@code Professor Dame}); checks the first word alone
   * before joining the two, since this runs at every capitalised word.
   */

  static boolean isHonorificPair(String first, String second) {
    return PAIR_STARTS.contains(first) && isHonorific(first + " " + second);
  }

  /** Whether {@code word} is a post-nominal such as {@code PhD}, {@code Ph.D.} or {@code CBE}. */
  static boolean isPostNominal(String word) {
    return POST_NOMINALS.contains(word.replace(".", ""));
  }

  /** The appearance a roman numeral marks ({@code II} is 2), or empty if {@code word} is not one of II..X. */
  static OptionalInt numeral(String word) {
    int i = NUMERALS.indexOf(word);
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(i + 2);
  }

  /** Splits {@code written}; the name part is what remains, trimmed of spaces and commas. */
  static PersonName parse(String written) {
    List<String> words = words(written.strip());
    String honorific = takeHonorifics(words);
    List<String> postNominals = new ArrayList<>();
    OptionalInt appearance = OptionalInt.empty();
    while (words.size() > 2 || (words.size() == 2 && !postNominals.isEmpty())) {
      String last = stripComma(words.get(words.size() - 1));
      OptionalInt n = numeral(last);
      if (n.isPresent() && appearance.isEmpty() && postNominals.isEmpty()) {
        appearance = n;
      } else if (isPostNominal(last)) {
        postNominals.add(0, last);
      } else {
        break;
      }
      words.remove(words.size() - 1);
    }
    String name = stripComma(String.join(" ", words));
    return new PersonName(name, Optional.ofNullable(honorific), postNominals, appearance);
  }

  /**
   * The pieces of {@code s} between runs of spaces ({@code [\s\u00A0]+}), exactly as {@code s.split} with that
   * regex gives them (an empty first piece kept, empty last pieces dropped), without running a regex per name.
   */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < s.length()) {
      if (!isSplitSpace(s.charAt(i))) {
        i++;
        continue;
      }
      out.add(s.substring(start, i));
      while (i < s.length() && isSplitSpace(s.charAt(i))) {
        i++;
      }
      start = i;
    }
    if (out.isEmpty()) {
      out.add(s);
      return out;
    }
    out.add(s.substring(start));
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** {@code \s} of a regex ({@code [ \t\n\x0B\f\r]}) or a no-break space. */
  private static boolean isSplitSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0';
  }

  private static String takeHonorifics(List<String> words) {
    StringBuilder honorific = new StringBuilder();
    while (words.size() > 1) {
      String first = words.get(0);
      String two = words.size() > 2 ? first + " " + stripDot(words.get(1)) : null;
      int take = two != null && HONORIFICS.contains(stripDot(two)) ? 2 : isHonorific(first) ? 1 : 0;
      if (take == 0 || words.size() - take < 1) {
        break;
      }
      for (int i = 0; i < take; i++) {
        honorific.append(honorific.length() > 0 ? " " : "").append(words.remove(0));
      }
    }
    return honorific.length() == 0 ? null : honorific.toString();
  }

  private static Set<String> firstWords(Set<String> entries) {
    Set<String> out = new HashSet<>();
    for (String e : entries) {
      int space = e.indexOf(' ');
      if (space > 0) {
        out.add(e.substring(0, space));
      }
    }
    return Set.copyOf(out);
  }

  private static Set<String> undotted(List<String> entries) {
    Set<String> out = new HashSet<>();
    entries.forEach(e -> out.add(e.replace(".", "")));
    return Set.copyOf(out);
  }

  private static String stripDot(String word) {
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }

  private static String stripComma(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == ',' || Character.isWhitespace(s.charAt(end - 1)))) {
      end--;
    }
    return s.substring(0, end);
  }
}
