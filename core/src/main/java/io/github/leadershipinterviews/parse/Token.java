package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import java.util.Locale;

/**
 * One word or punctuation mark of the body, with its offsets. A word keeps its inner apostrophes and hyphens
 * ({@code O’Dea}, {@code Price-Jones}), dotted abbreviations ({@code Ph.D.}) and clitics ({@code Eastmere's},
 * {@code KIV:s}); {@link #bare()} strips a possessive or case clitic.
 *
 * <p>The finders ask the same questions of the same token many times (is it capitalised, an honorific, a word of
 * an organisation's name?): the token answers each once, on first use, and keeps the answer. A token belongs to
 * one parse and is not shared between threads.
 */
final class Token {
  // Character shape of the first code point, known from the start.
  private static final int WORD = 1;
  private static final int CAPITALISED = 1 << 1;
  private static final int LOWER_CASE = 1 << 2;

  // Answers computed on first use: bit {@code b} of known says it was asked, of answers what.
  private static final int ACRONYM = 1;
  private static final int POST_NOMINAL = 1 << 1;
  private static final int LOWER_ROLE_WORD = 1 << 2;
  private static final int BARE_ROLE_WORD = 1 << 3;
  private static final int BARE_POST_NOMINAL = 1 << 4;
  /** Not yet looked up, for the classes fields. */
  private static final int UNKNOWN = -1;

  private final int start;
  private final int end;
  private final String text;
  private final int shape;
  /** Whether the text is all ASCII: its lower case is then A-Z to a-z, which look-ups can do on the fly. */
  private final boolean ascii;
  private String bare;
  private String lower;
  private int known;
  private int answers;
  /** {@link Words#classesOf} the text, the bare word and the lower-case form, looked up once. */
  private int classes = UNKNOWN;
  private int bareClasses = UNKNOWN;
  private int lowerClasses = UNKNOWN;

  Token(int start, int end, String text) {
    this.start = start;
    this.end = end;
    this.text = text;
    int c = text.codePointAt(0);
    this.shape = (Character.isLetterOrDigit(c) ? WORD : 0) | (Character.isUpperCase(c) ? CAPITALISED : 0)
        | (Character.isLowerCase(c) ? LOWER_CASE : 0);
    this.ascii = LowerCaseTable.isAscii(text);
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  String text() {
    return text;
  }

  boolean isWord() {
    return (shape & WORD) != 0;
  }

  boolean isCapitalised() {
    return (shape & CAPITALISED) != 0;
  }

  boolean isLowerCase() {
    return (shape & LOWER_CASE) != 0;
  }

  boolean is(String s) {
    return text.equals(s);
  }

  boolean isAny(String... options) {
    for (String s : options) {
      if (text.equals(s)) {
        return true;
      }
    }
    return false;
  }

  /** The text in lower case ({@link Locale#ROOT}). */
  String lower() {
    if (lower == null) {
      lower = text.toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  /** The word without a possessive or clitic ending: {@code Eastmere's}, {@code ECSA’s}, {@code KIV:s}. */
  String bare() {
    if (bare == null) {
      bare = strip(text);
    }
    return bare;
  }

  private static String strip(String text) {
    int n = text.length();
    if (n > 2 && (text.charAt(n - 2) == '\'' || text.charAt(n - 2) == '’') && text.charAt(n - 1) == 's') {
      return text.substring(0, n - 2);
    }
    int colon = text.indexOf(':');
    return colon > 0 ? text.substring(0, colon) : text;
  }

  /** Whether the word carries a possessive or clitic ending. */
  boolean hasClitic() {
    return bare().length() != text.length();
  }

  /** Whether the bare word is all capitals and at least two letters ({@code NHS}, {@code CQC}). */
  boolean isAcronym() {
    return answer(ACRONYM);
  }

  /** The {@link Words#classesOf} the text. */
  int classes() {
    if (classes == UNKNOWN) {
      classes = Words.classesOf(text);
    }
    return classes;
  }

  /** The {@link Words#classesOf} the bare word. */
  int bareClasses() {
    if (bareClasses == UNKNOWN) {
      bareClasses = bare().equals(text) ? classes() : Words.classesOf(bare());
    }
    return bareClasses;
  }

  /** Whether the lower-case form is in the list {@code list} ({@link Words#SHOW_CUE}, ...). */
  boolean lowerIn(int list) {
    return (lowerClasses() & list) != 0;
  }

  private int lowerClasses() {
    if (lowerClasses == UNKNOWN) {
      lowerClasses = ascii && lower == null ? Words.lowerClassesOfAscii(text) : Words.lowerClassesOf(lower());
    }
    return lowerClasses;
  }

  /** The first character of {@link #lower()}, without making it for an ASCII word. */
  char lowerFirst() {
    return ascii ? LowerCaseTable.lower(text.charAt(0)) : lower().charAt(0);
  }

  /** {@link Words#isNeverName} of the text; {@link #isBareNeverName} of the bare word. */
  boolean isNeverName() {
    return (classes() & Words.NEVER_NAME) != 0;
  }

  boolean isBareNeverName() {
    return (bareClasses() & Words.NEVER_NAME) != 0;
  }

  /** {@link Words#isOrganisationWord} of the bare word. */
  boolean isOrganisationWord() {
    return (bareClasses() & Words.ORGANISATION_WORD) != 0;
  }

  /** {@link Words#isKnownOrganisation} of the bare word. */
  boolean isKnownOrganisation() {
    return (bareClasses() & Words.KNOWN_ORGANISATION) != 0;
  }

  /** {@link PersonNames#isHonorific} of the text; {@link #isBareHonorific} of the bare word. */
  boolean isHonorific() {
    return (classes() & Words.HONORIFIC) != 0;
  }

  boolean isBareHonorific() {
    return (bareClasses() & Words.HONORIFIC) != 0;
  }

  /** {@link Words#isPlacePrefix} of the text; {@link #isBarePlacePrefix} of the bare word. */
  boolean isPlacePrefix() {
    return (classes() & Words.PLACE_PREFIX) != 0;
  }

  boolean isBarePlacePrefix() {
    return (bareClasses() & Words.PLACE_PREFIX) != 0;
  }

  /** {@link Words#isNameParticle} of the text. */
  boolean isNameParticle() {
    return (classes() & Words.NAME_PARTICLE) != 0;
  }

  /** {@link Words#isSecondParticle} of the text. */
  boolean isSecondParticle() {
    return (classes() & Words.SECOND_PARTICLE) != 0;
  }

  /** {@link Words#isLegalForm} of the text. */
  boolean isLegalForm() {
    return (classes() & Words.LEGAL_FORM) != 0;
  }

  /** {@link PersonNames#isPostNominal} of the text. */
  boolean isPostNominal() {
    return answer(POST_NOMINAL);
  }

  /** Whether the text is an appearance numeral ({@link PersonNames#numeral}). */
  boolean isNumeral() {
    return (classes() & Words.NUMERAL) != 0;
  }

  /** {@link Words#isNeverOrganisation} of the text; {@link #isBareNeverOrganisation} of the bare word. */
  boolean isNeverOrganisation() {
    return (classes() & (Words.NOT_ORGANISATION | Words.NUMERAL)) != 0 || isPostNominal();
  }

  boolean isBareNeverOrganisation() {
    return (bareClasses() & (Words.NOT_ORGANISATION | Words.NUMERAL)) != 0 || answer(BARE_POST_NOMINAL);
  }

  /** {@link Words#isRoleWord} of the bare word. */
  boolean isRoleWord() {
    return answer(BARE_ROLE_WORD);
  }

  /** {@link Words#isLowerRoleWord} of the text in lower case. */
  boolean isLowerRoleWord() {
    return answer(LOWER_ROLE_WORD);
  }

  private boolean answer(int test) {
    if ((known & test) == 0) {
      answers |= compute(test) ? test : 0;
      known |= test;
    }
    return (answers & test) != 0;
  }

  private boolean compute(int test) {
    return switch (test) {
      case ACRONYM -> acronym(bare());
      case POST_NOMINAL -> PersonNames.isPostNominal(text);
      case BARE_POST_NOMINAL -> PersonNames.isPostNominal(bare());
      // the bare word of a word without a clitic is the text itself: the same lower-case form
      case BARE_ROLE_WORD -> bare().equals(text) ? isLowerRoleWord() : Words.isRoleWord(bare());
      case LOWER_ROLE_WORD -> (lowerClasses() & Words.ROLE_WORD) != 0
          || (ascii ? Words.hasRoleSuffixAscii(text) : Words.hasRoleSuffix(lower()));
      default -> throw new IllegalArgumentException("unknown token test " + test);
    };
  }

  private static boolean acronym(String b) {
    if (b.length() < 2) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (Character.isLowerCase(c) || Character.isDigit(c) || Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2;
  }

  Span span() {
    return Span.of(start, end);
  }

  @Override
  public String toString() {
    return text + "@" + start;
  }
}
