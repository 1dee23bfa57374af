package io.github.leadershipinterviews.parse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The entity stage's word lists, loaded once, and the word tests built on them.
 *
 * <p>The finders test the same tokens against many lists, again and again. So every list a token is tested
 * against is also one bit of a word's <em>classes</em>: a token looks its text (case-sensitive lists, {@link
 * #classesOf}) and its lower-case form ({@link #lowerClassesOf}) up once, and each test after that is a bit test
 * ({@link Token#isNeverName}, {@link Token#lowerIn}).
 */
final class Words {
  private static final Set<String> ROLE_WORDS = lowerSet(Lexicon.load("role-words.txt"));
  private static final List<String> ROLE_SUFFIXES = Lexicon.load("role-suffixes.txt");
  private static final Set<String> ORGANISATION_WORDS = Set.copyOf(Lexicon.load("organisation-words.txt"));
  private static final List<String> ORGANISATION_COMPOUND_ENDS = Lexicon.load("organisation-compound-ends.txt");
  /** Letters before a compound's end: {@code Woon} in {@code Woonstichting}; {@code Samt} is no office. */
  private static final int COMPOUND_HEAD = 4;
  private static final int SHORTEST_COMPOUND_END = ORGANISATION_COMPOUND_ENDS.stream().mapToInt(String::length)
      .min().orElse(1);
  private static final Map<String, String> ORGANISATION_TAILS = tails(Lexicon.load("organisation-tails.txt"));
  private static final Set<String> KNOWN_ORGANISATIONS = Set.copyOf(Lexicon.load("known-organisations.txt"));
  private static final Set<String> NOT_ORGANISATIONS = Set.copyOf(Lexicon.load("not-organisations.txt"));
  /** Street words ({@code Road}): no name's, but an organisation may start with one ({@link OrganisationFinder}). */
  static final Set<String> STREET_WORDS = Set.copyOf(Lexicon.load("street-words.txt"));
  private static final Set<String> NOT_NAMES = Set.copyOf(Lexicon.load("not-names.txt"));
  private static final Set<String> PLACE_PREFIXES = Set.copyOf(Lexicon.load("place-prefixes.txt"));
  private static final Set<String> NAME_PARTICLES = Set.of("van", "von", "de", "da", "del", "della", "di", "du",
      "le", "la", "bin", "bint", "al", "el", "ten", "ter", "dos", "y");
  /** Second particles: {@code van der}, {@code von den}, {@code de la}. */
  private static final Set<String> SECOND_PARTICLES = Set.of("der", "den", "de", "la", "los", "las");
  private static final Set<String> LEGAL_FORMS = Set.of("GmbH", "Ltd", "Inc", "LLC", "LLP", "plc", "PLC", "AB", "Oy",
      "Oyj", "AS", "ASA", "A/S", "SA", "AG", "NV", "BV", "Corp", "S.p.A.", "S.r.l.", "SpA", "Srl", "SARL", "Ltda",
      "Lda", "gGmbH", "HF");

  // Bits of classesOf: case-sensitive lists, tested on a token's text or bare word.
  static final int NEVER_NAME = 1;
  static final int PLACE_PREFIX = 1 << 1;
  static final int NAME_PARTICLE = 1 << 2;
  static final int SECOND_PARTICLE = 1 << 3;
  static final int LEGAL_FORM = 1 << 4;
  /** {@link PersonNames#isHonorific}: an honorific, with or without one trailing full stop. */
  static final int HONORIFIC = 1 << 5;
  static final int NOT_ORGANISATION = 1 << 6;
  /** {@link PersonNames#numeral}: II to X. */
  static final int NUMERAL = 1 << 7;
  static final int ORGANISATION_WORD = 1 << 8;
  static final int KNOWN_ORGANISATION = 1 << 9;

  // Bits of lowerClassesOf: lists of lower-case words, tested on a token's lower-case form.
  static final int SHOW_CUE = 1;
  static final int WORK_CUE = 1 << 1;
  static final int CUE_FIRST_WORD = 1 << 2;
  static final int RELATIVE_WORD = 1 << 3;
  static final int HOST_WORD = 1 << 4;
  static final int MEETING_LINK = 1 << 5;
  static final int MEETING_VERB = 1 << 6;
  static final int DISCUSSION_VERB = 1 << 7;
  static final int OTHER_EPISODE = 1 << 8;
  static final int CLAUSE_END = 1 << 9;
  static final int FILLER = 1 << 10;
  static final int FORMER = 1 << 11;
  static final int PREPOSITION = 1 << 12;
  static final int PRONOUN = 1 << 13;
  static final int NORDIC_FUNCTION_WORD = 1 << 14;
  /** {@link #ROLE_WORDS} or a suffix of {@link #ROLE_SUFFIXES} as a whole word. */
  static final int ROLE_WORD = 1 << 15;
  /** The relative pronoun {@code who}, which {@link ReferenceResolver} resolves. */
  static final int WHO = 1 << 16;
  /** Function words of French, Spanish, Italian and Portuguese that English and the Germanic languages lack. */
  static final int ROMANCE_FUNCTION_WORD = 1 << 17;
  /** Function words of German that English, Dutch, the Nordic and the Romance languages do not use. */
  static final int GERMAN_FUNCTION_WORD = 1 << 18;

  /**
   * Frequent function words of the Romance languages that an English, German, Dutch or Nordic text does not use
   * ({@code de} and {@code en} are Dutch too, {@code a} and {@code as} English).
   */
  private static final Set<String> GERMAN_FUNCTION_WORDS = Set.of("der", "die", "das", "und", "ist", "nicht",
      "mit", "für", "auf", "sich", "dem", "ein", "eine", "einer", "zu", "im", "wir", "sie", "auch", "wie", "über",
      "bei", "nach", "wird", "sind", "hat");
  private static final Set<String> ROMANCE_FUNCTION_WORDS = Set.of("le", "la", "les", "des", "du", "une", "est",
      "et", "dans", "pour", "avec", "qui", "sur", "au", "aux", "el", "los", "las", "del", "una", "es", "y", "con",
      "por", "que", "para", "il", "gli", "della", "delle", "degli", "è", "per", "che", "nel", "nella", "sono", "os",
      "da", "do", "das", "dos", "uma", "é", "em", "com", "não", "l'", "l’", "d'", "d’", "dell'", "dell’");

  private static final Map<String, Integer> CLASSES = classes();
  private static final Map<String, Integer> LOWER_CLASSES = lowerClasses();
  private static final LowerCaseTable ASCII_LOWER_CLASSES = new LowerCaseTable(LOWER_CLASSES);
  /** For each ASCII character, the bits of the lists holding a word that starts with it. */
  private static final int[] INITIALS = withCompoundInitials(initialsOf(CLASSES));
  private static final int[] LOWER_INITIALS = initialsOf(LOWER_CLASSES);
  /** The distinct last letters of the role suffixes: a word ending otherwise ends in none of them. */
  private static final String ROLE_SUFFIX_ENDS = distinctLastLetters(ROLE_SUFFIXES);
  /**
   * The role suffixes by their last letter, at its index in {@link #ROLE_SUFFIX_ENDS}: a word ending in {@code r}
   * (leader, director) is tested against the few suffixes ending so, not all of them.
   */
  private static final String[][] ROLE_SUFFIXES_BY_END = byLastLetter(ROLE_SUFFIXES, ROLE_SUFFIX_ENDS);
  /** The role suffixes all in ASCII: the only ones an ASCII word can end with. */
  private static final List<String> ASCII_ROLE_SUFFIXES = ROLE_SUFFIXES.stream().filter(LowerCaseTable::isAscii)
      .toList();
  /** The distinct last letters of {@link #ASCII_ROLE_SUFFIXES}. */
  private static final String ASCII_ROLE_SUFFIX_ENDS = distinctLastLetters(ASCII_ROLE_SUFFIXES);
  /** {@link #ASCII_ROLE_SUFFIXES} by their last letter, at its index in {@link #ASCII_ROLE_SUFFIX_ENDS}. */
  private static final String[][] ASCII_ROLE_SUFFIXES_BY_END =
      byLastLetter(ASCII_ROLE_SUFFIXES, ASCII_ROLE_SUFFIX_ENDS);

  private static final int SHORT_TAIL = 4;
  private static final int LONGEST_TAIL = ORGANISATION_TAILS.keySet().stream().mapToInt(String::length).max()
      .orElse(0);
  /** {@link #ORGANISATION_TAILS}' keys, looked up by an ending of a lower-case word where it stands. */
  private static final LowerCaseTable TAIL_TABLE = tailTable();
  /** The last letters of the organisation tails. */
  private static final String TAIL_ENDS = lastLetters(List.copyOf(ORGANISATION_TAILS.keySet()));

  private Words() {}

  /** {@code chief}, {@code Director}, {@code vd}, {@code henkilöstöjohtaja}: a word of a job title. */
  /**
   * Conjunctions that join two names or two role clauses in running text ({@code X Trust and Y Police}, {@code ...
   * och dessutom ordförande i Y}); the header's own list ({@code header-conjunctions.txt}) also joins hosts' names.
   */
  static final String[] CONJUNCTIONS = {"and", "och", "ja", "og", "und", "et", "en", "y", "e"};

  private static final Set<String> ROLE_PREFIXES = Set.of("pro", "vice", "co", "deputy", "joint", "acting",
      "interim", "sub", "assistant", "associate", "senior", "ex");

  static boolean isRoleWord(String word) {
    return isLowerRoleWord(word.toLowerCase(Locale.ROOT));
  }

  /** As {@link #isRoleWord}, for a word already in lower case ({@link Tokens#lower}). */
  static boolean isLowerRoleWord(String w) {
    return (lowerClassesOf(w) & ROLE_WORD) != 0 || hasRoleSuffix(w) || prefixedRoleWord(w);
  }

  /** {@code pro-chancellor}, {@code deputy-director}: a role word behind a prefix that qualifies titles. */
  static boolean prefixedRoleWord(String w) {
    int dash = w.indexOf('-');
    return dash > 1 && dash < w.length() - 2 && ROLE_PREFIXES.contains(w.substring(0, dash))
        && (lowerClassesOf(w.substring(dash + 1)) & ROLE_WORD) != 0;
  }

  /** {@code henkilöstöjohtaja}: a longer word ending in a role suffix. */
  static boolean hasRoleSuffix(String w) {
    int end = w.isEmpty() ? -1 : ROLE_SUFFIX_ENDS.indexOf(w.charAt(w.length() - 1));
    if (end < 0) {
      return false;
    }
    for (String suffix : ROLE_SUFFIXES_BY_END[end]) {
      if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /** The {@link #NEVER_NAME}, ... bits of the case-sensitive lists {@code word} is in. */
  static int classesOf(String word) {
    Integer c = CLASSES.get(word);
    int bits = c == null ? 0 : c;
    return (bits & ORGANISATION_WORD) == 0 && isOrganisationCompound(word) ? bits | ORGANISATION_WORD : bits;
  }

  /** The {@link #SHOW_CUE}, ... bits of the lower-case lists {@code lowerWord} is in. */
  static int lowerClassesOf(String lowerWord) {
    Integer c = LOWER_CLASSES.get(lowerWord);
    return c == null ? 0 : c;
  }

  /**
   * The bits of the case-sensitive lists that hold a word starting with {@code c}; all bits for a character
   * outside ASCII (not indexed). A list whose bit is missing holds no word starting so.
   */
  static int initials(char c) {
    return c < INITIALS.length ? INITIALS[c] : -1;
  }

  /** As {@link #initials}, for the lists of lower-case words. */
  static int lowerInitials(char c) {
    return c < LOWER_INITIALS.length ? LOWER_INITIALS[c] : -1;
  }

  /** An organisation compound ({@link #isOrganisationCompound}) may start with any capital. */
  private static int[] withCompoundInitials(int[] initials) {
    for (char c = 'A'; c <= 'Z'; c++) {
      initials[c] |= ORGANISATION_WORD;
    }
    return initials;
  }

  private static int[] initialsOf(Map<String, Integer> classes) {
    int[] out = new int[0x80];
    classes.forEach((word, bits) -> {
      if (!word.isEmpty() && word.charAt(0) < out.length) {
        out[word.charAt(0)] |= bits;
      }
    });
    return out;
  }

  /**
   * {@link #lowerClassesOf} the lower-case form of the ASCII word {@code s[from, to)}, without making that form;
   * {@code lowerHash} is its {@link LowerCaseTable#asciiLowerHash}.
   */
  static int lowerClassesOfAscii(String s, int from, int to, int lowerHash) {
    return ASCII_LOWER_CLASSES.get(s, from, to, lowerHash);
  }

  /**
   * {@link #hasRoleSuffix} of the lower-case form of the ASCII word {@code s[from, to)}, without making that form:
   * a suffix with other letters than ASCII cannot end it.
   */
  static boolean hasRoleSuffixAscii(String s, int from, int to) {
    int length = to - from;
    int end = length == 0 ? -1 : ASCII_ROLE_SUFFIX_ENDS.indexOf(LowerCaseTable.lower(s.charAt(to - 1)));
    if (end < 0) {
      return false; // no suffix ends with this letter
    }
    for (String suffix : ASCII_ROLE_SUFFIXES_BY_END[end]) {
      if (length > suffix.length() + 2
          && s.regionMatches(true, to - suffix.length(), suffix, 0, suffix.length())) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Integer> classes() {
    Map<String, Integer> out = new HashMap<>();
    add(out, NOT_NAMES, NEVER_NAME);
    add(out, STREET_WORDS, NEVER_NAME);
    add(out, PLACE_PREFIXES, PLACE_PREFIX);
    add(out, NAME_PARTICLES, NAME_PARTICLE);
    add(out, SECOND_PARTICLES, SECOND_PARTICLE);
    add(out, LEGAL_FORMS, LEGAL_FORM);
    for (String h : PersonNames.HONORIFICS) {
      if (!h.endsWith(".")) {
        out.merge(h, HONORIFIC, (a, b) -> a | b); // "Dr" is an honorific, and so is "Dr."
      }
      out.merge(h + ".", HONORIFIC, (a, b) -> a | b);
    }
    add(out, NOT_ORGANISATIONS, NOT_ORGANISATION);
    add(out, PersonNames.NUMERALS, NUMERAL);
    add(out, ORGANISATION_WORDS, ORGANISATION_WORD);
    add(out, KNOWN_ORGANISATIONS, KNOWN_ORGANISATION);
    return out;
  }

  private static Map<String, Integer> lowerClasses() {
    Map<String, Integer> out = new HashMap<>();
    add(out, EntityReader.SHOW_CUES, SHOW_CUE);
    add(out, WorkFinder.CUES.keySet(), WORK_CUE);
    add(out, WorkFinder.CUE_FIRST_WORDS, CUE_FIRST_WORD);
    add(out, WorkFinder.RELATIVE_WORDS, RELATIVE_WORD);
    add(out, CastReader.HOST_WORDS, HOST_WORD);
    add(out, CastReader.MEETING_LINKS, MEETING_LINK);
    add(out, CastReader.MEETING_VERBS, MEETING_VERB);
    add(out, CastReader.DISCUSSION_VERBS, DISCUSSION_VERB);
    add(out, CastReader.OTHER_EPISODE, OTHER_EPISODE);
    add(out, RoleReader.CLAUSE_ENDS, CLAUSE_END);
    add(out, RoleReader.FILLERS, FILLER);
    add(out, RoleReader.FORMER, FORMER);
    add(out, RoleReader.PREPOSITIONS, PREPOSITION);
    add(out, ReferenceResolver.PRONOUNS.keySet(), PRONOUN);
    add(out, NordicNames.FUNCTION_WORDS.keySet(), NORDIC_FUNCTION_WORD);
    add(out, ROLE_WORDS, ROLE_WORD);
    add(out, ROLE_SUFFIXES, ROLE_WORD);
    add(out, List.of("who"), WHO);
    add(out, ROMANCE_FUNCTION_WORDS, ROMANCE_FUNCTION_WORD);
    add(out, GERMAN_FUNCTION_WORDS, GERMAN_FUNCTION_WORD);
    return out;
  }

  private static void add(Map<String, Integer> out, java.util.Collection<String> words, int bit) {
    for (String w : words) {
      out.merge(w, bit, (a, b) -> a | b);
    }
  }

  /** The last letters of {@code words}, each once, in the order first met. */
  private static String distinctLastLetters(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (!w.isEmpty() && out.indexOf(String.valueOf(w.charAt(w.length() - 1))) < 0) {
        out.append(w.charAt(w.length() - 1));
      }
    }
    return out.toString();
  }

  /** {@code words} grouped by last letter, group {@code k} for the letter at {@code k} in {@code ends}. */
  private static String[][] byLastLetter(List<String> words, String ends) {
    String[][] out = new String[ends.length()][];
    for (int k = 0; k < ends.length(); k++) {
      char end = ends.charAt(k);
      out[k] = words.stream().filter(w -> !w.isEmpty() && w.charAt(w.length() - 1) == end).toArray(String[]::new);
    }
    return out;
  }

  private static String lastLetters(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (!w.isEmpty()) {
        out.append(w.charAt(w.length() - 1));
      }
    }
    return out.toString();
  }

  static boolean isOrganisationWord(String word) {
    return ORGANISATION_WORDS.contains(word) || isOrganisationCompound(word);
  }

  /**
   * {@code Woonstichting}, {@code Fachhochschule}, {@code Ammattiliitto}: a capitalised compound ending in a kind of
   * organisation, with at least {@value #COMPOUND_HEAD} letters before that end.
   */
  static boolean isOrganisationCompound(String word) {
    if (word.length() < COMPOUND_HEAD + SHORTEST_COMPOUND_END || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (String end : ORGANISATION_COMPOUND_ENDS) {
      if (word.length() >= end.length() + COMPOUND_HEAD && word.endsWith(end)) {
        return true;
      }
    }
    return false;
  }

  /** The base form of a lower-case Nordic organisation tail ({@code kaupungin} is {@code kaupunki}), or null. */
  static String organisationTail(String word) {
    if (word.length() > SHORT_TAIL && LowerCaseTable.isAscii(word)
        && TAIL_ENDS.indexOf(LowerCaseTable.lower(word.charAt(word.length() - 1))) < 0) {
      return null; // as matchingTail would answer, without the lower-case copy: ASCII keeps its length
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String tail = matchingTail(lower);
    return tail == null ? null : word.substring(0, word.length() - tail.length()) + ORGANISATION_TAILS.get(tail);
  }

  /**
   * The longest tail that {@code lower} ends with (a short tail must be the whole word), by hash lookups of its
   * endings instead of a scan of the list: at each length only one tail can match. Each ending is looked up where
   * it stands, its hash grown from the one a character shorter: no String per ending tried.
   */
  private static String matchingTail(String lower) {
    if (lower.length() <= SHORT_TAIL) {
      return ORGANISATION_TAILS.containsKey(lower) ? lower : null;
    }
    if (TAIL_ENDS.indexOf(lower.charAt(lower.length() - 1)) < 0) {
      return null; // no tail ends so: no ending to look up
    }
    int n = lower.length();
    int hash = 0; // String.hashCode of lower[n - len, n)
    int power = 1; // 31^(len - 1)
    int longest = 0;
    for (int len = 1; len <= Math.min(n, LONGEST_TAIL); len++) {
      hash += lower.charAt(n - len) * power;
      power *= 31;
      if (len > SHORT_TAIL && TAIL_TABLE.get(lower, n - len, n, hash) != 0) {
        longest = len;
      }
    }
    return longest == 0 ? null : lower.substring(n - longest);
  }

  private static LowerCaseTable tailTable() {
    Map<String, Integer> out = new HashMap<>();
    ORGANISATION_TAILS.keySet().forEach(tail -> out.put(tail, 1));
    return new LowerCaseTable(out);
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
