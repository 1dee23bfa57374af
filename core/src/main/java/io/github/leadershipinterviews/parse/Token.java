package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import java.util.Locale;

/**
 * One word or punctuation mark of the body, with its offsets. A word keeps its inner apostrophes and hyphens
 * ({@code O’Dea}, {@code Price-Jones}), dotted abbreviations ({@code Ph.D.}) and clitics ({@code Eastmere's},
 * {@code KIV:s}); {@link #bare()} strips a possessive or case clitic.
 *
 * <p>The finders ask the same questions of the same token many times (is it capitalised, an honorific, a word of
 * an organisation's name?): the token answers each once, on first use, and keeps the answer. Its text, too, is
 * made on first use: most tests read the characters of the body in place, and most words are never asked for
 * their text. A token belongs to one parse and is not shared between threads.
 */
final class Token {
  // Character shape of the first code point, known from the start.
  private static final int WORD = 1;
  private static final int CAPITALISED = 1 << 1;
  private static final int LOWER_CASE = 1 << 2;
  // Known from the tokenizer.
  private static final int ASCII = 1 << 3;
  private static final int AFTER_LINE_BREAK = 1 << 4;

  // Answers computed on first use: bit {@code b} of known says it was asked, of answers what.
  private static final int ACRONYM = 1;
  private static final int POST_NOMINAL = 1 << 1;
  private static final int LOWER_ROLE_WORD = 1 << 2;
  private static final int BARE_ROLE_WORD = 1 << 3;
  private static final int BARE_POST_NOMINAL = 1 << 4;
  private static final int BARE_DIGIT = 1 << 5;
  /** Not yet looked up, for the classes fields. */
  private static final int UNKNOWN = -1;

  private final int start;
  private final int end;
  /** The characters the text is cut from: {@code source[offset, offset + end - start)}. */
  private final String source;
  private final int offset;
  /** Made from {@link #source} on first use. */
  private String text;
  /** Length of {@link #bare()}; -1 until asked. */
  private int bareLength = -1;
  /**
   * The shape bits, {@link #ASCII} (the text is all ASCII: its lower case is then A-Z to a-z, which look-ups can
   * do on the fly) and {@link #AFTER_LINE_BREAK}; a byte, as the answers below: a parse makes a token per word.
   */
  private final byte flags;
  /** For an ASCII text, {@link String#hashCode} of its lower-case form. */
  private final int lowerHash;
  /** The first character of the text, kept here: most tests start with it, and need not reach the text. */
  private final char first;
  private String bare;
  private String lower;
  private byte known;
  private byte answers;
  /**
   * {@link Words#classesOf} the text, the bare word (ten bits: a short each) and the lower-case form, looked up
   * once.
   */
  private short classes = UNKNOWN;
  private short bareClasses = UNKNOWN;
  private int lowerClasses = UNKNOWN;

  Token(int start, int end, String text) {
    this(start, end, text, 0, text, LowerCaseTable.asciiLowerHash(text, 0, text.length()), false);
  }

  /**
   * The token {@code source[offset, offset + end - start)}, whose text is {@code text} if the caller has it, else
   * null (made on first use); the caller knows its {@link LowerCaseTable#asciiLowerHash} (which says whether it
   * is all ASCII), and whether a line break stands between the token and the one before.
   */
  Token(int start, int end, String source, int offset, String text, long asciiLowerHash, boolean afterLineBreak) {
    this.start = start;
    this.end = end;
    this.source = source;
    this.offset = offset;
    this.text = text;
    boolean ascii = asciiLowerHash != LowerCaseTable.NOT_ASCII;
    this.flags = (byte) (shape(source.codePointAt(offset)) | (ascii ? ASCII : 0)
        | (afterLineBreak ? AFTER_LINE_BREAK : 0));
    this.first = source.charAt(offset);
    this.lowerHash = (int) asciiLowerHash;
  }

  private static int shape(int c) {
    if (c < 0x80) { // ASCII by range tests, as the Character methods answer them
      boolean upper = c >= 'A' && c <= 'Z';
      boolean lower = c >= 'a' && c <= 'z';
      return (upper || lower || c >= '0' && c <= '9' ? WORD : 0) | (upper ? CAPITALISED : 0) | (lower ? LOWER_CASE : 0);
    }
    return (Character.isLetterOrDigit(c) ? WORD : 0) | (Character.isUpperCase(c) ? CAPITALISED : 0)
        | (Character.isLowerCase(c) ? LOWER_CASE : 0);
  }

  /** Whether the white space before this token (after the token before) holds a line break. */
  boolean afterLineBreak() {
    return (flags & AFTER_LINE_BREAK) != 0;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  String text() {
    if (text == null) {
      text = source.substring(offset, offset + length());
    }
    return text;
  }

  /** The length of the text. */
  int length() {
    return end - start;
  }

  /** The first character of the text. */
  char firstChar() {
    return first;
  }

  /** Whether the text is all ASCII. */
  private boolean isAscii() {
    return (flags & ASCII) != 0;
  }

  boolean isWord() {
    return (flags & WORD) != 0;
  }

  boolean isCapitalised() {
    return (flags & CAPITALISED) != 0;
  }

  boolean isLowerCase() {
    return (flags & LOWER_CASE) != 0;
  }

  boolean is(String s) {
    // the first character, kept in the token, tells most words apart before the source is read
    return s.length() == length() && first == s.charAt(0) && source.startsWith(s, offset);
  }

  boolean isAny(String... options) {
    for (String s : options) {
      if (is(s)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text equals {@code s}, ignoring case ({@link String#equalsIgnoreCase}). */
  boolean isIgnoreCase(String s) {
    return s.length() == length() && source.regionMatches(true, offset, s, 0, s.length());
  }

  /** The text in lower case ({@link Locale#ROOT}). */
  String lower() {
    if (lower == null) {
      lower = text().toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  /** The word without a possessive or clitic ending: {@code Eastmere's}, {@code ECSA’s}, {@code KIV:s}. */
  String bare() {
    if (bare == null) {
      bare = hasClitic() ? source.substring(offset, offset + bareLength) : text();
    }
    return bare;
  }

  /** The length of {@link #bare()}, found in the source without cutting either string. */
  private int bareLength() {
    if (bareLength < 0) {
      bareLength = strippedLength();
    }
    return bareLength;
  }

  private int strippedLength() {
    int n = length();
    char beforeLast = n > 2 ? source.charAt(offset + n - 2) : 0;
    if (n > 2 && (beforeLast == '\'' || beforeLast == '’') && source.charAt(offset + n - 1) == 's') {
      return n - 2;
    }
    for (int i = 0; i < n; i++) { // the first colon ends the bare word, unless it starts the text
      if (source.charAt(offset + i) == ':') {
        return i > 0 ? i : n;
      }
    }
    return n;
  }

  /** Whether the token is one quote mark ({@link Tokens#isQuoteMark}). */
  boolean isQuoteMark() {
    return length() == 1 && Tokens.isQuoteMark(first);
  }

  /** Whether the word carries a possessive or clitic ending. */
  boolean hasClitic() {
    return bareLength() != length();
  }

  /** Whether the bare word holds a digit ({@link Character#isDigit(char)}). */
  boolean bareHasDigit() {
    return answer(BARE_DIGIT);
  }

  /** Whether the bare word is all capitals and at least two letters ({@code NHS}, {@code CQC}). */
  boolean isAcronym() {
    if (Character.isLowerCase(first)) {
      return false; // the bare word starts as the text does, and an acronym has no lower-case letter
    }
    return answer(ACRONYM);
  }

  /** The {@link Words#classesOf} the text. */
  int classes() {
    if (classes == UNKNOWN) {
      classes = (short) Words.classesOf(text());
    }
    return classes;
  }

  /** The {@link Words#classesOf} the bare word. */
  int bareClasses() {
    if (bareClasses == UNKNOWN) {
      bareClasses = (short) (hasClitic() ? Words.classesOf(bare()) : classes());
    }
    return bareClasses;
  }

  /** Whether the text is in one of the case-sensitive lists {@code lists} ({@link Words#NEVER_NAME}, ...). */
  private boolean inText(int lists) {
    if (classes == UNKNOWN && (Words.initials(first) & lists) == 0) {
      return false; // no word of the lists starts with this character: no look-up needed
    }
    return (classes() & lists) != 0;
  }

  /** As {@link #inText}, for the bare word (which starts with the text's first character). */
  private boolean inBare(int lists) {
    if (bareClasses == UNKNOWN && (Words.initials(first) & lists) == 0) {
      return false;
    }
    return (bareClasses() & lists) != 0;
  }

  /** Whether the lower-case form is in the list {@code list} ({@link Words#SHOW_CUE}, ...). */
  boolean lowerIn(int list) {
    if (lowerClasses == UNKNOWN && isAscii() && (Words.lowerInitials(LowerCaseTable.lower(first)) & list) == 0) {
      return false; // no word of the list starts with this letter: no look-up needed
    }
    return (lowerClasses() & list) != 0;
  }

  private int lowerClasses() {
    if (lowerClasses == UNKNOWN) {
      lowerClasses = isAscii() && lower == null ? Words.lowerClassesOfAscii(source, offset, offset + length(),
          lowerHash)
          : Words.lowerClassesOf(lower());
    }
    return lowerClasses;
  }

  /** The first character of {@link #lower()}, without making it for an ASCII word. */
  char lowerFirst() {
    return isAscii() ? LowerCaseTable.lower(first) : lower().charAt(0);
  }

  /** {@link Words#isNeverName} of the text; {@link #isBareNeverName} of the bare word. */
  boolean isNeverName() {
    return inText(Words.NEVER_NAME);
  }

  boolean isBareNeverName() {
    return inBare(Words.NEVER_NAME);
  }

  /** {@link Words#isOrganisationWord} of the bare word. */
  boolean isOrganisationWord() {
    return inBare(Words.ORGANISATION_WORD);
  }

  /** {@link Words#isKnownOrganisation} of the bare word. */
  boolean isKnownOrganisation() {
    return inBare(Words.KNOWN_ORGANISATION);
  }

  /** {@link PersonNames#isHonorific} of the text; {@link #isBareHonorific} of the bare word. */
  boolean isHonorific() {
    return inText(Words.HONORIFIC);
  }

  boolean isBareHonorific() {
    return inBare(Words.HONORIFIC);
  }

  /** {@link Words#isPlacePrefix} of the text; {@link #isBarePlacePrefix} of the bare word. */
  boolean isPlacePrefix() {
    return inText(Words.PLACE_PREFIX);
  }

  boolean isBarePlacePrefix() {
    return inBare(Words.PLACE_PREFIX);
  }

  /** {@link Words#isNameParticle} of the text. */
  boolean isNameParticle() {
    return inText(Words.NAME_PARTICLE);
  }

  /** {@link Words#isSecondParticle} of the text. */
  boolean isSecondParticle() {
    return inText(Words.SECOND_PARTICLE);
  }

  /** {@link Words#isLegalForm} of the text. */
  boolean isLegalForm() {
    return inText(Words.LEGAL_FORM);
  }

  /** {@link PersonNames#isPostNominal} of the text. */
  boolean isPostNominal() {
    return answer(POST_NOMINAL);
  }

  /** Whether the text is an appearance numeral ({@link PersonNames#numeral}). */
  boolean isNumeral() {
    return inText(Words.NUMERAL);
  }

  /** {@link Words#isNeverOrganisation} of the text; {@link #isBareNeverOrganisation} of the bare word. */
  boolean isNeverOrganisation() {
    return inText(Words.NOT_ORGANISATION | Words.NUMERAL) || isPostNominal();
  }

  boolean isBareNeverOrganisation() {
    return inBare(Words.NOT_ORGANISATION | Words.NUMERAL) || answer(BARE_POST_NOMINAL);
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
      // compute first: it may answer another test on the way (a bare role word asks the lower-case one), and
      // "answers |= compute(test)" would read answers before that and write the other answer away.
      boolean yes = compute(test);
      answers |= (byte) (yes ? test : 0);
      known |= (byte) test;
    }
    return (answers & test) != 0;
  }

  private boolean compute(int test) {
    return switch (test) {
      case ACRONYM -> acronym(source, offset, offset + bareLength());
      case POST_NOMINAL -> PersonNames.isPostNominal(text());
      case BARE_POST_NOMINAL -> PersonNames.isPostNominal(bare());
      // the bare word of a word without a clitic is the text itself: the same lower-case form
      case BARE_ROLE_WORD -> hasClitic() ? Words.isRoleWord(bare()) : isLowerRoleWord();
      case LOWER_ROLE_WORD -> lowerIn(Words.ROLE_WORD)
          || (isAscii() ? Words.hasRoleSuffixAscii(source, offset, offset + length()) : Words.hasRoleSuffix(lower()))
          || hasHyphen() && Words.prefixedRoleWord(lower()); // "Pro-Chancellor": the lower-case copy only then
      case BARE_DIGIT -> hasDigit(source, offset, offset + bareLength());
      default -> throw new IllegalArgumentException("unknown token test " + test);
    };
  }

  private boolean hasHyphen() {
    for (int i = offset; i < offset + length(); i++) { // within the word: an indexOf would scan the whole text
      if (source.charAt(i) == '-') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s[from, to)} is all capitals and at least two letters. */
  private static boolean acronym(String s, int from, int to) {
    if (to - from < 2) {
      return false;
    }
    int letters = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
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
    return text() + "@" + start;
  }
}
