package io.github.leadershipinterviews.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one title line: the episode code, the title as the guidelines define it, the guests the title names,
 * and a show named by a {@code Show ep.N:} prefix.
 *
 * <pre>
 *   "Jo Doe, leading with care"                title "leading with care", guest Jo Doe
 *   "Jo Doe: Patience is a tactic"             title "Patience is a tactic", guest Jo Doe
 *   "\"Trust first\" - Jo Doe"                 title "Trust first", guest Jo Doe
 *   "Trust first with Dr. Jo Doe and Al Roe"   title unchanged, guests Jo Doe, Al Roe
 *   "Jo Doe on leading change"                 title unchanged, guest Jo Doe
 *   "XYZ12: Trust first"                       title unchanged, code XYZ12
 *   "Beacon Talks ep.4: Jo Doe, Former Chief, Leeds"  title unchanged, code ep.4, show Beacon Talks
 *   "Trust first | Beacon Talks #17"           title unchanged, show Beacon Talks
 * </pre>
 *
 * <p>A guest's name is taken off the title only where it stands apart as a prefix or a suffix, and only when the
 * caller's {@code known} test (the body mentions the surname) accepts it: a title-cased topic such as
 * {@code Radical Candour: ...} keeps its words.
 */
final class TitleReader {
  private static final String SEP = "\\s*[:|\u2013\u2014-]\\s*";
  private static final Pattern SEASON_EPISODE = Pattern.compile("(S\\d{1,3}\\s?[-\u2013]?\\s?[E\u00C9]\\d{1,4})"
      + "(?![\\p{L}\\d])[\\s:|\u2013\u2014.-]*");
  private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s*[,:|\u2013\u2014-]\\s*");
  private static final Pattern HASH = Pattern.compile("(#\\d{1,5})(?!\\d)[\\s:|\u2013\u2014.-]*");
  private static final Pattern LETTERS_DIGITS = Pattern.compile("(\\p{Lu}{1,6}\\d{1,5})" + SEP);
  private static final Pattern NUMBER = Pattern.compile("(\\d{1,5})\\s*[:|]\\s*");
  private static final Pattern WORD_NUMBER = Pattern.compile("((\\p{L}+)\\.?\\s*#?\\d{1,5})(?!\\d)" + SEP + "|((\\p{L}+)\\.?\\s*#?\\d{1,5})\\s+(?=\\S)");
  private static final Pattern SHOW_EPISODE =
      Pattern.compile("(\\p{Lu}[^:]{0,80}?)\\s+((?:ep|Ep|EP|episode|Episode|#)\\.?\\s*\\d{1,5})" + SEP);
  private static final int MAX_BAR_SHOW_WORDS = 8;
  private static final int MAX_EPISODE_DIGITS = 5;
  private static final List<String> SMALL_WORDS = List.of("of", "and", "for", "the", "at", "in", "on", "de", "du", "van");
  private static final String QUOTES = "\"\u201C\u201D\u201E\u2018\u2019'\u00AB\u00BB";

  private final HeaderLexicon lexicon;
  private final NameShape names;

  TitleReader(HeaderLexicon lexicon) {
    this.lexicon = lexicon;
    this.names = lexicon.names;
  }

  /** What a title line says. {@code code} and {@code show} may be null. */
  record Title(String title, String code, String show, List<PersonName> guests) {
    Title {
      guests = List.copyOf(guests);
    }
  }

  /** Reads {@code line}; {@code known} says whether a candidate guest name is mentioned in the body. */
  Title read(String line, Predicate<String> known) {
    String text = line.strip();
    Title coded = coded(text, known);
    if (coded != null) {
      return coded.show() != null ? coded : new Title(coded.title(), coded.code(), barShow(text), coded.guests());
    }
    List<PersonName> guests = new ArrayList<>();
    String title = standApart(text, known, guests);
    if (title == null) {
      title = unquote(text);
      guests.addAll(inside(text, known));
    }
    if (guests.isEmpty()) {
      guests.addAll(nameList(title, known));   // a title that is only the guest's name
    }
    return new Title(title, null, barShow(text), guests);
  }

  /**
   * {@code Trust first | Beacon Talks #17}: the show named before an episode number after the title's last bar,
   * in title case; null when there is none. The title keeps it (GUIDELINES: only a guest's name comes off).
   */
  private String barShow(String text) {
    int bar = text.lastIndexOf(" | ");
    if (bar <= 0) {
      return null;
    }
    List<String> words = NameShape.words(text.substring(bar + 3));
    int n = words.size();
    int showEnd = n >= 2 && isHashNumber(words.get(n - 1)) ? n - 1
        : n >= 3 && isNumber(words.get(n - 1)) && isEpisodeWord(words.get(n - 2)) ? n - 2 : -1;
    if (showEnd < 1 || showEnd > MAX_BAR_SHOW_WORDS || isEpisodeWord(words.get(showEnd - 1))) {
      return null;   // "Topic | Episode #17" names no show
    }
    for (String word : words.subList(0, showEnd)) {
      if (!Character.isUpperCase(word.codePointAt(0)) && !isSmallWord(word)) {
        return null;
      }
    }
    return String.join(" ", words.subList(0, showEnd));
  }

  /** {@code #17}. */
  private static boolean isHashNumber(String word) {
    return word.length() >= 2 && word.charAt(0) == '#' && isNumber(word.substring(1));
  }

  /** One to five ASCII digits. */
  private static boolean isNumber(String word) {
    if (word.isEmpty() || word.length() > MAX_EPISODE_DIGITS) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < '0' || word.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** A title with a code prefix: kept whole (GUIDELINES), guests read from the part after the code. */
  private Title coded(String text, Predicate<String> known) {
    Prefix prefix = codePrefix(text);
    if (prefix == null || prefix.end() >= text.length()) {
      return null;
    }
    String rest = text.substring(prefix.end());
    List<PersonName> guests = new ArrayList<>();
    // "Episodio 23: "Quoted phrase" - Guest": the guest's name after a dash and the quote marks go, the code stays
    String withoutGuest = withoutSuffixGuest(rest, known, guests);
    if (withoutGuest != null) {
      return new Title(text.substring(0, prefix.end()) + withoutGuest, prefix.code().strip(), prefix.show(), guests);
    }
    if (standApart(rest, known, guests) == null) {
      guests.addAll(inside(rest, known));
    }
    return new Title(text, prefix.code().strip(), prefix.show(), guests);
  }

  /** An episode code at the start of a title, a show named before it, and where the rest starts. */
  private record Prefix(String code, String show, int end) {}

  private Prefix codePrefix(String text) {
    if (!HeaderLexicon.hasAsciiDigit(text)) {
      return null;   // every code pattern holds a digit; most titles hold none
    }
    int first = text.codePointAt(0);
    if (first == '#' || first >= '0' && first <= '9') {   // the only openers of HASH and NUMBER
      Matcher m = first == '#' ? HASH.matcher(text) : NUMBER.matcher(text);
      return m.lookingAt() ? new Prefix(m.group(1), null, m.end()) : null;
    }
    return Character.isLetter(first) ? wordPrefix(text, first) : null;   // every other pattern opens with one
  }

  /** {@link #codePrefix} of a title that starts with a letter. */
  private Prefix wordPrefix(String text, int first) {
    Matcher m = SEASON_EPISODE.matcher(text);
    if (m.lookingAt() || Character.isUpperCase(first) && (m = LETTERS_DIGITS.matcher(text)).lookingAt()) {
      return new Prefix(m.group(1), null, m.end());
    }
    m = WORD_NUMBER.matcher(text);
    if (m.lookingAt() && isEpisodeWord(m.group(2) != null ? m.group(2) : m.group(4))) {
      return new Prefix(m.group(1) != null ? m.group(1) : m.group(3), null, m.end());
    }
    m = SHOW_EPISODE.matcher(text);
    return Character.isUpperCase(first) && m.lookingAt() ? new Prefix(m.group(2), m.group(1).strip(), m.end()) : null;
  }

  private boolean isEpisodeWord(String word) {
    return word != null && lexicon.episodeWords.contains(HeaderLexicon.fold(word));
  }

  /** The title without a guest name that stands apart ({@code Name, topic}, {@code "..." - Name}), or null. */
  private String standApart(String text, Predicate<String> known, List<PersonName> guests) {
    String title = withoutSuffixGuest(text, known, guests);
    return title != null ? title : withoutPrefixGuest(text, known, guests);
  }

  /** {@code "Phrase" - Jo Doe} or {@code Topic | Jo Doe, CEO}: the title before the dash, or null. */
  private String withoutSuffixGuest(String text, Predicate<String> known, List<PersonName> guests) {
    String bracketed = withoutBracketedGuest(text.strip(), known, guests);
    if (bracketed != null) {
      return bracketed;
    }
    int dash = lastDash(text);
    int colon = text.lastIndexOf(": ");
    int cut = dash >= colon ? dash : colon;           // where the title ends
    int from = dash >= colon ? dash + 3 : colon + 2;  // where the name starts
    if (cut <= 0) {
      return null;
    }
    String after = text.substring(from);
    int comma = after.indexOf(',');
    List<PersonName> names = nameList(after.substring(0, comma < 0 ? after.length() : absorbPostNominals(after, comma)), known);
    if (names.isEmpty()) {
      return null;
    }
    guests.addAll(names);
    return unquote(text.substring(0, cut));
  }

  /** {@code Topic (Jo Doe)}: the title before the brackets, or null. */
  private String withoutBracketedGuest(String text, Predicate<String> known, List<PersonName> guests) {
    int open = text.lastIndexOf('(');
    if (!text.endsWith(")") || open <= 0 || !withGuests(text.substring(0, open)).isEmpty()) {
      return null;   // "with Jo Doe (Doe Builders)": the brackets name the guest's firm, not a guest
    }
    List<PersonName> names = nameList(text.substring(open + 1, text.length() - 1), known);
    guests.addAll(names);
    return names.isEmpty() ? null : unquote(text.substring(0, open));
  }

  /** {@code Jo Doe, topic}, {@code Jo Doe: topic}, {@code Jo Doe - topic}: the rest, or null. */
  private String withoutPrefixGuest(String text, Predicate<String> known, List<PersonName> guests) {
    int sep = firstSeparator(text);
    if (sep <= 0) {
      return null;
    }
    int nameEnd = absorbPostNominals(text, sep);
    List<PersonName> names = nameList(text.substring(0, nameEnd), known);
    if (names.isEmpty()) {
      return null;
    }
    guests.addAll(names);
    String rest = LEADING_SEPARATOR.matcher(text.substring(nameEnd)).replaceFirst("").strip();
    // "Jo Doe, Former Harbour Master, Leeds" too: the name stands apart as a prefix (GUIDELINES), the role stays
    return rest.isEmpty() ? text : unquote(rest);
  }

  /** Guests named inside a title that keeps its words: {@code ... with X and Y}, {@code X on topic}. */
  private List<PersonName> inside(String text, Predicate<String> known) {
    List<PersonName> with = withGuests(text);
    return with.isEmpty() ? leadingGuests(text, known) : with;
  }

  private List<PersonName> withGuests(String text) {
    List<String> words = NameShape.words(text);
    for (int i = words.size() - 2; i >= 0; i--) {
      if (lexicon.withWords.contains(HeaderLexicon.foldWord(trimBrackets(words.get(i))))) {
        // "with" itself marks what follows as people: the name shape alone decides, the body need not agree;
        // a role after the names ("with Jo Doe, CEO of X") ends the list
        List<PersonName> list = leadingNames(String.join(" ", words.subList(i + 1, words.size())));
        if (!list.isEmpty()) {
          return list;
        }
      }
    }
    return List.of();
  }

  /** {@code Jo Doe on leading change}, {@code Jo Doe om ...}: a name, then a word that introduces a topic. */
  private List<PersonName> leadingGuests(String text, Predicate<String> known) {
    List<String> words = NameShape.words(text);
    for (int i = 2; i < Math.min(words.size(), 12); i++) {
      if (lexicon.aboutWords.contains(HeaderLexicon.fold(words.get(i)))) {
        return nameList(String.join(" ", words.subList(0, i)), known);
      }
    }
    return List.of();
  }

  /** The full names that open {@code text} ({@code Jo Doe and Al Roe, founders of X}); empty if none does. */
  List<PersonName> leadingNames(String text) {
    List<PersonName> out = new ArrayList<>();
    for (String piece : splitNames(withoutBrackets(text))) {
      PersonName guest = guest(piece, name -> true);
      if (guest == null) {
        break;
      }
      out.add(guest);
    }
    return out;
  }

  /** {@code A, B and Dr. C, PhD}: every piece must be a known full name, or the list is empty. */
  List<PersonName> nameList(String text, Predicate<String> known) {
    List<String> pieces = splitNames(withoutBrackets(text));
    List<PersonName> out = new ArrayList<>();
    for (String piece : pieces) {
      PersonName guest = guest(piece, known);
      if (guest == null) {
        return List.of();
      }
      out.add(guest);
    }
    return out;
  }

  /** {@code text} without parenthesised or bracketed asides ({@code Jo Doe (Acme)}), which are not names. */
  private static String withoutBrackets(String text) {
    if (text.indexOf('(') < 0 && text.indexOf('[') < 0) {
      return text;   // most names: nothing to take out
    }
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '(' || c == '[' ? 1 : 0;
      if (depth == 0) {
        out.append(c);
      }
      depth -= (c == ')' || c == ']') && depth > 0 ? 1 : 0;
    }
    return out.toString();
  }

  /** {@code piece} without stray brackets or quote marks at its ends ({@code (with Jo Doe)}). */
  private static String trimBrackets(String piece) {
    int start = 0;
    int end = piece.length();
    while (start < end && "()[]".indexOf(piece.charAt(start)) >= 0 || start < end && QUOTES.indexOf(piece.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ("()[]".indexOf(piece.charAt(end - 1)) >= 0 || QUOTES.indexOf(piece.charAt(end - 1)) >= 0)) {
      end--;
    }
    return piece.substring(start, end).strip();
  }

  /** Splits at commas and conjunctions; a piece made of post-nominals joins the name before it. */
  List<String> splitNames(String text) {
    List<String> pieces = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : NameShape.words(text)) {
      if (lexicon.isConjunction(word)) {
        flush(pieces, current);
        continue;
      }
      current.append(current.length() > 0 ? " " : "").append(word);
      if (word.endsWith(",")) {
        flush(pieces, current);
      }
    }
    flush(pieces, current);
    return pieces;
  }

  private static void flush(List<String> pieces, StringBuilder current) {
    String piece = current.toString().strip();
    current.setLength(0);
    if (piece.isEmpty()) {
      return;
    }
    String bare = piece.endsWith(",") ? piece.substring(0, piece.length() - 1) : piece;
    if (!pieces.isEmpty() && isPostNominals(bare)) {
      pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + ", " + bare);
    } else {
      pieces.add(bare);
    }
  }

  private static boolean isPostNominals(String piece) {
    for (String w : NameShape.words(piece)) {
      if (!PersonNames.isPostNominal(w.replace(",", ""))) {
        return false;
      }
    }
    return true;
  }

  /** The person {@code text} names, when it is a full name that {@code known} accepts; null otherwise. */
  private PersonName guest(String text, Predicate<String> known) {
    String t = trimBrackets(text);
    if (!names.isFullName(t)) {
      return null;
    }
    PersonName person = PersonNames.parse(t);   // parsed once: the caller keeps it
    return known.test(person.name()) ? person : null;
  }

  /** The end of a name before {@code sep}, extended over {@code , PhD, MD} segments. */
  private static int absorbPostNominals(String text, int sep) {
    int end = sep;
    while (end < text.length() && text.charAt(end) == ',') {
      int next = text.indexOf(',', end + 1);
      int colon = text.indexOf(':', end + 1);
      int stop = next < 0 ? (colon < 0 ? text.length() : colon) : (colon >= 0 ? Math.min(next, colon) : next);
      if (!isPostNominals(text.substring(end + 1, stop).strip())) {
        break;
      }
      end = stop;
    }
    return end;
  }

  /** The first comma, colon or spaced dash, if it comes early enough to end a name. */
  private static int firstSeparator(String text) {
    for (int i = 0; i < Math.min(text.length(), 90); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ':') {
        return i;
      }
      if (isSpacedDash(text, i)) {
        return i;
      }
      if (QUOTES.indexOf(c) >= 0 && c != '\'' && c != '\u2019') {
        return -1;
      }
    }
    return -1;
  }

  /** The last {@code " - "}, {@code " – "}, {@code " | "} (index of its leading space), or -1. */
  private static int lastDash(String text) {
    for (int i = text.length() - 3; i >= 0; i--) {
      if (isSpacedDash(text, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a spaced dash or bar ({@code " - "}) starts at {@code i}. */
  private static boolean isSpacedDash(String text, int i) {
    return i + 2 < text.length() && text.charAt(i) == ' ' && text.charAt(i + 2) == ' '
        && "-\u2013\u2014|".indexOf(text.charAt(i + 1)) >= 0;
  }

  private static boolean isSmallWord(String word) {
    return SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** {@code text} without one pair of quote marks around it (and space). */
  static String unquote(String text) {
    String t = text.strip();
    if (t.length() >= 2 && QUOTES.indexOf(t.charAt(0)) >= 0 && QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0) {
      return t.substring(1, t.length() - 1).strip();
    }
    return t;
  }
}
