package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Work;
import io.github.leadershipinterviews.model.WorkKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds titles of works: passages the quotation stage marks as titles, quoted or title-cased phrases after a cue
 * ({@code her book “...”}, {@code the 2019 report “...”}, {@code author of A: Sub, B: Sub, and C: Sub}), APA
 * references ({@code Doe, J. A. (2021). Title: Subtitle.}) and lines under a {@code Resources mentioned:} heading.
 * Also marks the tokens inside titles so that no person or organisation is read from them.
 */
final class WorkFinder {
  static final Map<String, WorkKind> CUES = cues(Lexicon.load("work-cues.txt"));
  /** First words of the two-word cues: only after one of them is a two-word cue worth building. */
  static final Set<String> CUE_FIRST_WORDS = firstWords(CUES.keySet());
  private static final Set<String> DETERMINERS = Set.copyOf(Lexicon.load("work-cue-determiners.txt"));
  private static final Set<String> ABBREVIATIONS = Set.copyOf(Lexicon.load("abbreviations.txt"));
  private static final Set<String> HEADINGS = Set.copyOf(Lexicon.load("resource-headings.txt"));
  /** Cues after which a title may stand without quote marks. */
  private static final Set<String> PLAIN_CUES = Set.of("author of", "authors of", "co-author of", "writer of",
      "entitled", "titled", "nimeltä", "nimeltään");
  /**
   * Participles that name what they follow ({@code a panel called “...”}): the title comes right after them, so a
   * clause after one ({@code she called and said, “...”}) is a verb's, not a work's.
   */
  private static final Set<String> NAMING_CUES = Set.of("called", "named", "titled", "entitled");
  /** Verbs that make the cue the subject: {@code her post at the museum is head of X, Y} describes the post. */
  private static final Set<String> COPULAS = Set.of("is", "was", "are", "were");
  /** Subject pronouns of a relative clause after the cue ({@code the book she is proudest of, “...”}). */
  private static final Set<String> SUBJECTS = Set.of("i", "you", "he", "she", "it", "we", "they");
  /** Cues of languages that write titles in sentence case: the title runs to the next comma or full stop. */
  private static final Set<String> SENTENCE_CASE_CUES = Set.of("nimeltä", "nimeltään");
  /**
   * Book and report nouns of Nordic languages, whose titles are in sentence case ({@code boken Grannskapets makt},
   * {@code kirjan Hiljainen kriisi: johtaminen epävarmuudessa}): a capitalised word right after one opens a title
   * that runs to a comma, full stop or bracket, or to the word that names its author or source ({@link #BYLINE}).
   */
  private static final Set<String> NORDIC_TITLE_CUES = Set.of("boken", "boka", "bogen", "bok", "bog", "kirjan",
      "kirja", "kirjasta", "kirjassa", "kirjaansa", "kirjassaan", "raportin", "raportti", "raportissa",
      "raportista", "rapporten", "rapport", "selvityksen", "tutkimuksen", "kirjaa", "raporttia", "studie", "studien",
      "opas", "oppaan", "oppaasta", "oppaassa", "opasta");
  /** Book and report nouns of Romance languages, whose titles are in sentence case too ({@code el libro Cuidar ...}). */
  private static final Set<String> ROMANCE_TITLE_CUES = Set.of("libro", "livro", "livre", "ouvrage", "essai",
      "ensayo", "saggio", "informe", "relatório", "rapporto");
  /**
   * Pronouns and question words that open the sentence's next clause after a conjunction ({@code raportista X ja
   * siitä, miten ...}: "and about how"), where a title's own lower-case words would go on.
   */
  private static final Set<String> CLAUSE_OPENERS = Set.of("siitä", "sitä", "siihen", "siinä", "mitä", "kuinka",
      "hur", "vad", "varför", "hvordan", "hvad", "hva", "hvorfor", "vilka", "hvilke");
  /**
   * Subject pronouns of a clause that follows the title without a relative word ({@code vars bok X hon fortfarande
   * ger till alla}: "whose book X she still gives to all").
   */
  private static final Set<String> PRONOUN_SUBJECTS = Set.of("hon", "han", "hun", "hän");
  private static final Set<String> BYLINE = Set.of("av", "af", "mukaan", "som", "der", "joka", "jonka", "jossa",
      "ja", "sekä", "og", "och");
  /** Kinds whose title case title may follow the cue with nothing after it but punctuation. */
  private static final Set<WorkKind> PUNCTUATED_KINDS = Set.of(WorkKind.REPORT, WorkKind.BLOG);
  private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "to", "in", "on",
      "for", "from", "with", "at", "as", "into", "vs", "about", "over", "under", "without", "nor", "but");
  /** Kinds whose cue may stand right before an unquoted title in title case ({@code her book The Long Table}). */
  private static final Set<WorkKind> NAMING_KINDS = Set.of(WorkKind.BOOK, WorkKind.FILM);
  static final Set<String> RELATIVE_WORDS = Set.of("which", "that", "who", "whom", "whose", "where",
      "when");
  /** A year in an APA reference ({@code 2021}, {@code 2021a}), compiled once. */
  private static final Pattern YEAR = Pattern.compile("\\d{4}[a-z]?");
  private static final int MAX_QUOTED = 80;
  private static final int MAX_CLAUSE = 10;
  private static final int MAX_PLAIN_CLAUSE = 7;
  private static final int MAX_TITLE = 40;
  /** Lower-case words an appositive may put between its article and its cue ({@code a short practical guide}). */
  private static final int MAX_ADJECTIVES = 2;
  /** Lower-case words of an aside between a list's titles ({@code and, most recently, B}). */
  private static final int MAX_ASIDE = 3;
  /** Words before {@code as} in a bracket that gives a title's translation ({@code published in English as}). */
  private static final int MAX_TRANSLATION_LEAD = 5;
  private static final int MAX_RESOURCE_LINES = 12;

  private final Tokens t;
  private final boolean[] masked;
  private final Map<String, Work> works = new LinkedHashMap<>();

  private WorkFinder(Tokens t) {
    this.t = t;
    this.masked = new boolean[t.size()];
  }

  /** The works, in order of first mention; marks title tokens in {@code masked}. */
  static List<Work> find(Tokens t, List<QuotedPassage> quotes, boolean[] masked) {
    WorkFinder f = new WorkFinder(t);
    for (QuotedPassage q : quotes) {
      if (q.kind() == QuotedPassage.Kind.TITLE) {
        f.add(q.text().in(t.text()), null, t.indexAt(q.text().start()), t.indexAt(q.text().end()) - 1);
      }
    }
    for (int i = 0; i < t.size(); i++) {
      f.cueAt(i);
      f.apaAt(i);
    }
    for (int i = 0; i < t.size(); i++) {
      f.headingAt(i); // after the cues, so that a resource line whose title a cue read is not read again
    }
    for (int i = 0; i < masked.length; i++) {
      masked[i] |= f.masked[i];
    }
    return sorted(f, t);
  }

  private static List<Work> sorted(WorkFinder f, Tokens t) {
    return new ArrayList<>(f.works.values());
  }

  private void cueAt(int i) {
    Token tok = t.get(i);
    if (!tok.isWord() || !tok.lowerIn(Words.CUE_FIRST_WORD | Words.WORK_CUE)) {
      return; // neither a cue nor the first word of one
    }
    String one = t.lower(i);
    String two = i + 1 < t.size() && CUE_FIRST_WORDS.contains(one) ? one + " " + t.lower(i + 1) : null;
    String cue = two != null && CUES.containsKey(two) ? two : CUES.containsKey(one) ? one : null;
    if (cue == null) {
      authorAside(i, one + " of");
      return;
    }
    titleBeforeAppositive(i, CUES.get(cue));
    int after = i + (cue.equals(two) ? 2 : 1);
    if (t.is(after, ",") || t.is(after, ":")) {
      after++;
    }
    boolean noun = isNoun(i) || NORDIC_TITLE_CUES.contains(cue); // "boken", "raportin": definite or inflected
    boolean clause = !NAMING_CUES.contains(cue) && afterClause(after, CUES.get(cue), noun);
    if (!quotedAt(after, CUES.get(cue)) && !clause
        && !(noun && bracketedAt(after, cue))) {
      plainAt(after, cue);
    }
  }

  /**
   * {@code the regulator published Damp, Mould and Silence, a report that found ...}: a Title Case title before a
   * comma and an indefinite article with the cue; it follows a lower-case word, so that a name opening a sentence
   * is not read as one, and has a small word or a comma of titles inside.
   */
  private void titleBeforeAppositive(int cue, WorkKind kind) {
    Token next = t.at(cue + 1);
    boolean describes = next == null || !next.isWord() || t.lowerIn(cue + 1, Words.RELATIVE_WORD)
        || next.isAny("by", "on", "from", "of", "for", "into", "about", "written")
        || next.isLowerCase() && next.text().endsWith("ed"); // "a short guide published by"
    int article = articleBefore(cue);
    if (article < 3 || !t.is(article - 1, ",") || !describes || !t.get(article - 2).isWord()
        || kind == WorkKind.PODCAST && t.is(article, "the")) {
      // "Jo Bell and Sam Reid, a report author": the cue is part of another noun; "welcome to X, the podcast for
      // ...": X is the show's own name, no work it mentions
      return;
    }
    int end = article - 2;
    int from = end;
    while (from - 1 >= 0 && end - from < MAX_TITLE && !t.startsSentence(from)) {
      Token prev = t.get(from - 1);
      if (!(prev.isWord() && (prev.isCapitalised() || SMALL_WORDS.contains(prev.text())) || prev.isAny(",", ":"))) {
        break;
      }
      from--;
    }
    boolean subtitled = hasColon(from, end);
    while (subtitled && from < end && t.get(from).isWord() && SMALL_WORDS.contains(t.get(from).text())) {
      from++; // "the publication of Fit for the Future: An ...": a subtitle says the small word before is no part
    }
    Token before = t.at(from - 1);
    if (before != null && before.isWord() && before.isLowerCase() && !t.startsSentence(from) && joined(from, end)
        && t.get(from).isCapitalised() && titleCased(from, end) && !masked[from]) {
      add(t.text(from, end), kind, from, end);
    }
  }

  /**
   * A small word, comma or colon inside the title ({@code Damp, Mould and Silence}), which a name ({@code director
   * at Calder Borough Council, a joint post}) does not have.
   */
  private boolean joined(int from, int end) {
    for (int j = from + 1; j < end; j++) {
      if (t.isAny(j, ",", ":") || t.get(j).isWord() && SMALL_WORDS.contains(t.get(j).text())) {
        return true;
      }
    }
    return false;
  }

  private boolean hasColon(int from, int end) {
    for (int j = from; j <= end; j++) {
      if (t.is(j, ":")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The article before the cue ({@code Title, the review by ...}), with at most {@link #MAX_ADJECTIVES} lower-case
   * words between ({@code a short guide}, {@code an annual staff survey}); -1 if there is none.
   */
  private int articleBefore(int cue) {
    for (int j = cue - 1; j >= 0 && cue - j <= MAX_ADJECTIVES + 1; j--) {
      Token tok = t.get(j);
      if (tok.isWord() && tok.isAny("a", "an", "the")) {
        return j;
      }
      if (!tok.isWord() || !tok.isLowerCase() || SMALL_WORDS.contains(tok.text())) {
        return -1;
      }
    }
    return -1;
  }

  /** {@code co-author, with Dr. Jo Bell, of The Long Road}: an author cue split by an aside in commas. */
  private void authorAside(int i, String cue) {
    if (!PLAIN_CUES.contains(cue) || !t.is(i + 1, ",")) {
      return;
    }
    for (int j = i + 2; j < t.size() && j - i < MAX_CLAUSE && !sentenceBreak(j); j++) {
      if (t.is(j, ",")) {
        if (t.is(j + 1, "of")) {
          plainAt(j + 2, cue);
        }
        return;
      }
    }
  }

  /**
   * {@code her book}, {@code Jo Bell’s 2023 report}, {@code del libro}: a determiner or a possessive one or two
   * words before the cue makes it a noun, where {@code they talk to Jo Bell, ...} has none.
   */
  private boolean isNoun(int cue) {
    for (int j = cue - 1; j >= 0 && cue - j <= 2; j--) {
      Token tok = t.get(j);
      if (!tok.isWord()) {
        return false;
      }
      if (DETERMINERS.contains(t.lower(j)) || tok.text().endsWith("'s") || tok.text().endsWith("’s")) {
        return true;
      }
      if (!tok.isLowerCase() && !Character.isDigit(tok.firstChar())) {
        return false;
      }
    }
    return false;
  }

  /**
   * {@code the report she co-wrote with Jo Bell, “...”}, {@code the book she gives every new manager, Hold Steady
   * by ...}: a short clause that starts in lower case and a comma, then the title, quoted or in Title Case.
   */
  private boolean afterClause(int k, WorkKind kind, boolean noun) {
    Token first = t.at(k);
    if (first == null || !first.isWord() || !first.isLowerCase() || t.lowerIn(k, Words.WORK_CUE)) {
      return false; // "her book, entitled Small Town, Big Stakes": the second cue reads the title
    }
    boolean plain = true; // lower-case words only, as short as a verb's clause ("the report she wrote with him")
    boolean subject = SUBJECTS.contains(first.text());
    for (int j = k + 1; j < t.size() && j - k < MAX_CLAUSE && !sentenceBreak(j); j++) {
      Token tok = t.get(j);
      if (!subject && tok.isWord() && COPULAS.contains(tok.text())) {
        return false; // "her post at the museum is chief curator, Settler Histories": the cue is the subject
      }
      subject |= tok.isWord() && SUBJECTS.contains(tok.text());
      if (tok.is(",")) {
        return (noun || plain) && quotedAt(j + 1, kind) || noun && plainAfterClause(j + 1, kind);
      }
      if (!tok.isWord() && !tok.is(".") || t.lowerIn(j, Words.WORK_CUE)) {
        return false; // "her book, entitled Small Town, Big Stakes": the later cue reads the title
      }
      plain &= tok.isWord() && tok.isLowerCase() && j - k < MAX_PLAIN_CLAUSE;
    }
    return false;
  }

  /**
   * {@code her essay Leading at eye level (Lakeside Press, 2021)}, {@code the book by Dr. Jo Bell, The town that
   * listens (2019)}: a book or report's title in any case, from the cue or the clause's comma to a bracket that
   * ends in a year.
   */
  private boolean bracketedAt(int k, String cue) {
    WorkKind kind = CUES.get(cue);
    if (kind != WorkKind.BOOK && kind != WorkKind.REPORT) {
      return false;
    }
    int from = k;
    boolean clause = t.at(k) != null && t.get(k).isLowerCase(); // else the title starts at k
    for (int j = k; j < t.size() && j - k < MAX_CLAUSE + MAX_TITLE && !sentenceBreak(j); j++) {
      if (t.is(j, ",") && clause && from == k) {
        from = j + 1;
      } else if (t.is(j, "(")) {
        return yearBracketAt(j) && titleBefore(from, j - 1, kind) || translatedBefore(from, j, kind);
      } else if (!t.get(j).isWord() && !t.isAny(j, ".", ":", "'", "’", "-", "–")
          || t.lowerIn(j, Words.WORK_CUE)) {
        return false; // "her book A and, most recently, B (2024)": a list, or another cue, is read elsewhere
      }
    }
    return false;
  }

  /**
   * {@code the report Lavoro per tutti (Work for Everyone)}, {@code her book Führen ohne Angst (published in English
   * as Leading Without Fear)}: a title in sentence case, which a name is not, before its translation in Title Case
   * in brackets; both are titles.
   */
  private boolean translatedBefore(int from, int open, WorkKind kind) {
    int start = open + 1;
    for (int j = open + 1; j < t.size() && j - open <= MAX_TRANSLATION_LEAD; j++) {
      if (t.is(j, "as")) {
        start = j + 1; // "(published in English as ...)"
      }
    }
    int close = start;
    while (close < t.size() && close - start < MAX_TITLE && !t.is(close, ")") && !t.startsSentence(close)) {
      close++;
    }
    if (!t.is(close, ")") || close == start || !t.get(start).isCapitalised() || !lowerCaseInside(from, open - 1)
        || titleCaseEnd(start) != close - 1 || !titleCased(start, close - 1) || !titleBefore(from, open - 1, kind)) {
      return false;
    }
    add(t.text(start, close - 1), kind, start, close - 1);
    return true;
  }

  /** A lower-case word that is not a small word of English titles: a title in sentence case, not a name. */
  private boolean lowerCaseInside(int from, int end) {
    for (int j = from + 1; j <= end; j++) {
      Token tok = t.get(j);
      if (tok.isWord() && tok.isLowerCase() && !SMALL_WORDS.contains(tok.text())) {
        return true;
      }
    }
    return false;
  }

  /** A sentence start, but not after an honorific's or abbreviation's full stop ({@code de la Dra. Ana Roca}). */
  private boolean sentenceBreak(int j) {
    return t.startsSentence(j) && !(t.is(j - 1, ".") && j > 1
        && (t.get(j - 2).isHonorific() || ABBREVIATIONS.contains(t.get(j - 2).text() + ".")));
  }

  /** {@code (2021)}, {@code (Lakeside Press, 2021)}: a bracket closing a few tokens on after a year. */
  private boolean yearBracketAt(int open) {
    for (int j = open + 1; j < t.size() && j - open < MAX_CLAUSE && !t.is(j, ")"); j++) {
      if (YEAR.matcher(t.get(j).text()).matches() && t.is(j + 1, ")")) {
        return true;
      }
    }
    return false;
  }

  private boolean titleBefore(int from, int end, WorkKind kind) {
    Token first = t.at(from);
    if (end <= from || first == null || !first.isWord() || !first.isCapitalised() || masked[from]
        || hasInitial(from, end)) {
      return false;
    }
    add(t.text(from, end), kind, from, end);
    return true;
  }

  /**
   * The Title Case title after a clause and its comma, its author's possessive name aside ({@code Jo Bell’s The
   * Long Shift}); the title ends at punctuation or at its byline ({@code Hold Steady by Jo Bell}).
   */
  private boolean plainAfterClause(int k, WorkKind kind) {
    int from = afterPossessiveAuthor(k);
    Token first = t.at(from);
    if (first == null || !first.isWord() || !first.isCapitalised() || masked[from]) {
      return false;
    }
    int end = titleCaseEnd(from);
    while (end > from && t.isAny(end, ",", ":", "-", "–", "—")) {
      end--;
    }
    Token after = t.at(end + 1);
    boolean ends = after == null || after.isAny(",", ".", "(", ";", "by") || t.startsSentence(end + 1);
    if (end > from && titleCased(from, end) && ends && !hasInitial(from, end + 1)) {
      add(t.text(from, end), kind, from, end);
      return true;
    }
    return false;
  }

  /** {@code Jo Bell’s The Long Shift}: the token after a possessive full name (two words or more), else {@code k}. */
  private int afterPossessiveAuthor(int k) {
    for (int j = k + 1; j < t.size() && j - k < 3; j++) {
      Token tok = t.get(j);
      if (!tok.isWord() || !tok.isCapitalised()) {
        return k;
      }
      if (tok.text().endsWith("'s") || tok.text().endsWith("’s")) {
        return j + 1;
      }
    }
    return k;
  }

  /** A quoted title opening at token {@code k}. */
  private boolean quotedAt(int k, WorkKind kind) {
    Token open = t.at(k);
    if (open == null || !isOpening(open.text()) || closesWhatCameBefore(k)) {
      return false;
    }
    for (int j = k + 1; j < t.size() && j - k < MAX_QUOTED && !t.startsLine(j); j++) {
      if (closes(open.text(), t.get(j).text())) {
        if (j > k + 1 && startsLikeTitle(t.get(k + 1)) && !sentencesAfterColon(k, j)) {
          add(t.text(k + 1, j - 1), kind, k + 1, j - 1);
        }
        return true;
      }
    }
    return false;
  }

  /**
   * {@code his reflection after the review: “I knew it. I did not ...”}: sentences after a colon are words said
   * about the work, not its title (as {@link QuoteClassifier} reads them).
   */
  private boolean sentencesAfterColon(int open, int close) {
    if (!t.is(open - 1, ":") || QuoteClassifier.isTitleCase(t.text(open + 1, close - 1))) {
      return false;
    }
    for (int j = open + 2; j < close; j++) {
      if (t.startsSentence(j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code through press releases,” Professor X says}: a mark that may close as well as open ({@code ” " ’ '}),
   * written against the word or comma before it, closes a quotation; no title opens there.
   */
  private boolean closesWhatCameBefore(int k) {
    Token mark = t.get(k);
    return k > 0 && mark.isAny("”", "\"", "’", "'") && mark.start() == t.get(k - 1).end();
  }

  /** Titles start with a capital or a digit; a quoted lower-case phrase after a cue is a term. */
  private static boolean startsLikeTitle(Token first) {
    return first.isWord() && !first.isLowerCase();
  }

  private static boolean isOpening(String s) {
    return s.equals("“") || s.equals("‘") || s.equals("\"") || s.equals("”") || s.equals("«") || s.equals("„")
        || s.equals("'");
  }

  private static boolean closes(String open, String s) {
    return switch (open) {
      case "“", "„" -> s.equals("”") || s.equals("\"") || s.equals("“");
      case "‘" -> s.equals("’") || s.equals("'");
      case "«" -> s.equals("»");
      default -> s.equals(open);
    };
  }

  /** An unquoted title after a cue: title case, or up to the next comma for sentence-case languages. */
  private void plainAt(int k, String cue) {
    Token first = t.at(k);
    boolean sentenceCase = SENTENCE_CASE_CUES.contains(cue);
    if (first == null || !first.isWord() || !first.isCapitalised() || masked[k]) {
      return;
    }
    if (NORDIC_TITLE_CUES.contains(cue) || ROMANCE_TITLE_CUES.contains(cue)) {
      nordicTitleAt(k, cue, ROMANCE_TITLE_CUES.contains(cue));
      return;
    }
    if (PUNCTUATED_KINDS.contains(CUES.get(cue)) && !t.is(k - 1, ",") && !PLAIN_CUES.contains(cue)) {
      punctuatedTitleAt(k, cue);
      return;
    }
    boolean direct = NAMING_KINDS.contains(CUES.get(cue)) && !t.is(k - 1, ",");
    if (!PLAIN_CUES.contains(cue) && !t.is(k - 1, ",") && !direct) {
      return;
    }
    int end = sentenceCase ? untilComma(k) : beforeNextCue(k, titleCaseEnd(k));
    if (end < k || end == k && !sentenceCase || direct && !PLAIN_CUES.contains(cue) && !titleCased(k, end)
        || endsInInitialBeforeYear(end) || hasInitial(k, end + 1)) {
      return; // "her book: Doe, A. (2022). Title": the author of a reference, whose title the APA reader takes
    }
    List<int[]> parts = splitRun(k, end);
    for (int[] p : parts) {
      add(t.text(p[0], p[1]), CUES.get(cue), p[0], p[1]);
    }
    titleAfterAside(end, CUES.get(cue));
  }

  /**
   * {@code author of A and, most recently, B (2024)}: a second title after {@code and} and an aside between commas
   * of a few lower-case words, in Title Case up to punctuation.
   */
  private void titleAfterAside(int end, WorkKind kind) {
    if (!t.is(end + 1, "and") || !t.is(end + 2, ",")) {
      return;
    }
    int comma = end + 3;
    while (comma < t.size() && comma - end - 3 < MAX_ASIDE && t.get(comma).isWord()
        && t.get(comma).isLowerCase()) {
      comma++;
    }
    if (comma == end + 3 || !t.is(comma, ",")) {
      return;
    }
    int from = comma + 1;
    int last = titleCaseEnd(from);
    Token after = t.at(last + 1);
    boolean ends = after == null || after.isAny(",", ".", "(", ";") || t.startsSentence(last + 1);
    if (t.at(from) != null && t.get(from).isCapitalised() && !masked[from] && titleCased(from, last) && ends) {
      add(t.text(from, last), kind, from, last);
    }
  }

  /**
   * {@code boka Den nære lederen av ...}: two words or more up to a comma, full stop, bracket or byline word; a
   * Romance title ({@code el libro Cuidar al que cuida: ... en los equipos}) ends at punctuation only, its small
   * words ({@code en}, {@code de}) being Nordic byline or filler words too.
   */
  private void nordicTitleAt(int k, String cue, boolean romance) {
    int j = nordicTitleEnd(k, k, romance);
    int dash = dashAfter(k, j);
    if (dash > 0) {
      j = nordicTitleEnd(k, dash, romance);
    }
    if (j > k && t.get(j).isWord()) {
      add(t.text(k, j), CUES.get(cue), k, j);
    }
  }

  /** The last token of a sentence-case title that starts at {@code k}, read on from {@code j}. */
  private int nordicTitleEnd(int k, int j, boolean romance) {
    while (j + 1 < t.size() && j - k < MAX_TITLE && !t.startsSentence(j + 1) && !t.isAny(j + 1, ",", ".", "(", ";")
        && (romance || innerConjunction(j + 1) || !t.lowerIn(j + 1, Words.FILLER)
            && !BYLINE.contains(t.get(j + 1).text()) && !PRONOUN_SUBJECTS.contains(t.get(j + 1).text()))
        && !masked[j + 1]) {
      j++;
    }
    return j;
  }

  /**
   * {@code boken Hem som rättighet – bostadspolitik efter 1990, och ...}: a dash before the next comma, full stop or
   * bracket after a title's end at {@code end} says the title goes on to a subtitle, over the small word that ended
   * it; the dash's index, or -1.
   */
  private int dashAfter(int k, int end) {
    for (int j = end + 1; j + 1 < t.size() && j - k < MAX_TITLE && !t.startsSentence(j); j++) {
      if (t.isAny(j, ",", ".", "(", ";") || masked[j]) {
        return -1;
      }
      if (t.isAny(j, "–", "—") && t.get(j + 1).isWord()) {
        return j;
      }
    }
    return -1;
  }

  /**
   * {@code raportista Vesihuolto 2040 – osaajat ja johtaminen}: a conjunction between lower-case words of a title;
   * before a capitalised word or another cue ({@code kirjasta X sekä Vaaralahden ...}) it ends the title.
   */
  private boolean innerConjunction(int j) {
    Token next = t.at(j + 1);
    return t.isAny(j, "ja", "sekä", "och", "og") && next != null && next.isWord() && next.isLowerCase()
        && !t.lowerIn(j + 1, Words.WORK_CUE) && !t.lowerIn(j + 1, Words.NORDIC_FUNCTION_WORD)
        && !CLAUSE_OPENERS.contains(next.text());
  }

  /**
   * {@code the report Below the Surface (2023)}, {@code the blog Small Steps, Long Roads, and ...}: a title case
   * title that ends at punctuation; {@code the report Jo Bell wrote} names a person, not a title.
   */
  private void punctuatedTitleAt(int k, String cue) {
    int end = beforeNextCue(k, titleCaseEnd(k));
    while (end > k && t.isAny(end, ",", ":", "-", "–", "—")) {
      end--;
    }
    Token after = t.at(end + 1);
    boolean punctuated = after == null || after.isAny(",", ".", "(", ";", ":") || t.startsSentence(end + 1)
        || hasSubtitle(k, end);
    if (end > k && titleCased(k, end) && punctuated && !hasInitial(k, end + 1)) {
      add(t.text(k, end), CUES.get(cue), k, end);
    }
  }

  /** {@code Caring Counts: A Plan for 2030}: a colon inside the run, with two capitalised words after it. */
  private boolean hasSubtitle(int from, int end) {
    for (int j = from + 1; j < end; j++) {
      if (t.is(j, ":")) {
        return capitalisedWords(j + 1, end) >= 2;
      }
    }
    return false;
  }

  /** {@code Harlow, P. K. (2021)}: an author's initial, a capital letter and a full stop, in tokens from..to. */
  private boolean hasInitial(int from, int to) {
    for (int j = from; j <= to && j + 1 < t.size(); j++) {
      Token tok = t.get(j);
      if (tok.length() == 1 && Character.isUpperCase(tok.firstChar()) && t.is(j + 1, ".")) {
        return true;
      }
    }
    return false;
  }

  /** {@code Doe, A. (2022)}: an initial at {@code end}, then a full stop and a bracketed year. */
  private boolean endsInInitialBeforeYear(int end) {
    if (t.get(end).length() != 1) {
      return false;
    }
    int j = t.is(end + 1, ".") ? end + 2 : end + 1;
    return t.is(j, "(") && j + 1 < t.size() && YEAR.matcher(t.get(j + 1).text()).matches();
  }

  private int untilComma(int k) {
    int j = k;
    while (j + 1 < t.size() && j - k < MAX_TITLE && !t.startsSentence(j + 1) && !t.is(j + 1, ",")
        && !t.is(j + 1, ".")) {
      j++;
    }
    return j;
  }

  /** Last token of a title-case phrase from {@code k}: capitalised words, small words, colons, dashes, commas. */
  private int titleCaseEnd(int k) {
    int last = k;
    for (int j = k + 1; j < t.size() && j - k < MAX_TITLE && (!t.startsSentence(j) || subtitleAfterQuestion(j));
        j++) {
      Token tok = t.get(j);
      if (t.is(j - 1, ",") && !startsTitle(t.is(j, "and") ? j + 1 : j)) {
        break; // "Leading Through Loss, and Renata says ...": a list of titles goes on with a title, not a name
      }
      if (tok.isWord() && (tok.isCapitalised() || Character.isDigit(tok.firstChar()))) {
        last = j;
      } else if (!(tok.isWord() && SMALL_WORDS.contains(tok.text()) || tok.isAny(":", "–", "—", "-", ",", "?"))) {
        break;
      }
    }
    return last;
  }

  /** {@code The Long Table and the Gallup report}: the title stops before the words that lead to another cue. */
  private int beforeNextCue(int from, int end) {
    Token next = t.at(end + 1);
    if (next == null || !t.lowerIn(end + 1, Words.WORK_CUE)) {
      return end;
    }
    for (int j = end; j > from; j--) {
      if (t.isAny(j, "and", ",")) {
        return j - 1;
      }
    }
    return end;
  }

  /** Two capitalised words or more: {@code her book The Long Table}, not {@code the report Monday}. */
  private boolean titleCased(int from, int to) {
    int capitals = 0;
    for (int j = from; j <= to; j++) {
      capitals += t.get(j).isWord() && t.get(j).isCapitalised() ? 1 : 0;
    }
    return capitals >= 2;
  }

  /** Splits {@code A: Sub, B: Sub, and C: Sub} into its titles; anything else is one title. */
  private List<int[]> splitRun(int from, int to) {
    int colons = 0;
    for (int j = from; j <= to; j++) {
      colons += t.is(j, ":") ? 1 : 0;
    }
    List<int[]> parts = new ArrayList<>();
    int start = from;
    for (int j = from; j <= to && colons >= 2; j++) {
      if (t.is(j, ",") && j + 1 <= to) {
        parts.add(new int[] {start, j - 1});
        start = t.is(j + 1, "and") ? j + 2 : j + 1;
      }
    }
    parts.add(new int[] {start, to});
    return parts;
  }

  /** {@code (2021). Title: Subtitle.} after an author's initials. */
  private void apaAt(int i) {
    boolean year = t.is(i, "(") && t.at(i + 1) != null && YEAR.matcher(t.get(i + 1).text()).matches()
        && t.is(i + 2, ")") && t.is(i + 3, ".") && t.is(i - 1, ".");
    if (year) {
      apaTitleAt(i + 4);
    }
  }

  /** The title of a reference from {@code from}, after its {@code (2021).}, to its full stop. */
  private void apaTitleAt(int from) {
    int j = from;
    while (j < t.size() && j - from < MAX_TITLE && !t.is(j, ".") && !t.startsLine(j) && !clauseAfter(j)
        || j == from) {
      j++;
    }
    int end = Math.min(j - 1, titleCaseTitleEnd(from, j - 1));
    if (j > from && end < t.size()) {
      add(t.text(from, end), WorkKind.OTHER, from, end);
    }
  }

  /**
   * {@code (2021). Rated and Hated: How Regimes Shape Silence shaped the new framework}: a reference quoted inside
   * a sentence without its closing full stop; a Title Case title (three capitalised words or more) ends before the
   * first lower-case word that is not a small word of titles. Sentence-case titles are left to the full stop.
   */
  private int titleCaseTitleEnd(int from, int to) {
    int end = titleCaseEnd(from);
    Token next = t.at(end + 1);
    boolean continues = end < to && next != null && next.isWord() && next.isLowerCase()
        && !SMALL_WORDS.contains(next.text());
    return continues && capitalisedWords(from, end) >= 3 ? end : to;
  }

  /**
   * A reference quoted inside a sentence goes on after its title ({@code ... Title: Sub, which she gives to every
   * new manager.}, {@code ... Title: Sub, the review that ...}): a comma and a relative word or a lower-case article
   * end the title, where a title's own comma would not.
   */
  private boolean clauseAfter(int j) {
    return t.is(j, ",") && j + 1 < t.size()
        && (t.lowerIn(j + 1, Words.RELATIVE_WORD) || t.isAny(j + 1, "the", "a", "an"));
  }

  /** Lines under a {@code Resources mentioned:} heading. */
  private void headingAt(int i) {
    if (!t.startsLine(i) || !t.get(i).isWord()) {
      return;
    }
    int colon = i;
    while (colon < t.size() && colon - i < 5 && !t.is(colon, ":")) {
      colon++;
    }
    if (colon >= t.size() || !t.is(colon, ":") || colon == i
        || !HEADINGS.contains(t.text(i, colon - 1).toLowerCase(Locale.ROOT))) {
      return;
    }
    int line = colon + 1;
    for (int n = 0; n < MAX_RESOURCE_LINES && line < t.size() && t.startsLine(line); n++) {
      int end = line;
      while (end + 1 < t.size() && !t.startsLine(end + 1)) {
        end++;
      }
      if (blankLineBefore(line) && n > 0 || capitalisedWords(line, end) < 2 || t.is(end, ":")) {
        return; // "Follow the show:": the next heading
      }
      resourceLine(line, end);
      line = end + 1;
    }
  }

  /**
   * One line of a resource list: its bullet is no part of the title; a quoted title ends at its closing mark
   * ({@code - ‘Title’, the 2024 report on ...}); {@code Title, by Dr. Jo Bell} ends before its byline and
   * {@code Title – out now in paperback} before its description; a reference
   * with a bracketed year is left to {@link #apaAt}, which takes its title alone.
   */
  private void resourceLine(int from, int end) {
    int k = t.isAny(from, "-", "–", "—", "•", "*", "·") && from < end ? from + 1 : from;
    for (int j = k; j < end; j++) {
      if (masked[j]) {
        return; // "Jo’s article “Title”, Harbour Weekly, May 2024": the quoted title was read with its cue
      }
      if (t.is(j, "(") && YEAR.matcher(t.get(j + 1).text()).matches() && t.is(j + 2, ")")) {
        if (t.is(j + 3, ".") && !t.is(j - 1, ".") && j + 4 <= end) {
          apaTitleAt(j + 4); // "Harbour Trust (2024). Title.": an organisation's reference, no initial before it
        }
        return;
      }
    }
    k = afterPublisher(k, end);
    Token open = t.get(k);
    if (isOpening(open.text())) {
      for (int j = k + 1; j <= end; j++) {
        if (closes(open.text(), t.get(j).text())) {
          add(t.text(k + 1, j - 1), WorkKind.OTHER, k + 1, j - 1);
          return;
        }
      }
    }
    int last = end;
    for (int j = k + 1; j < end; j++) {
      if (t.is(j, "by") && t.get(j + 1).isCapitalised() || t.is(j, "(")
          || t.is(j, ",") && t.isAny(j + 1, "the", "a", "an")
          || t.isAny(j, "–", "—", "-") && t.get(j + 1).isWord() && t.get(j + 1).isLowerCase()) {
        // "Title – available from ...", "Title (dir. Jo Bell, 2022)", "Title, the podcast ...": a description
        last = t.is(j - 1, ",") ? j - 2 : j - 1;
        break;
      }
    }
    if (last >= k) {
      add(t.text(k, last), WorkKind.OTHER, k, last);
    }
  }

  /**
   * {@code Harbour Trust (HT): a toolkit for small boards}: a publisher named with its bracketed acronym before a
   * colon; the title is what follows the colon. Else {@code k}.
   */
  private int afterPublisher(int k, int end) {
    for (int j = k + 1; j + 2 < end && j - k < MAX_CLAUSE; j++) {
      if (t.is(j, "(") && isAcronym(t.get(j + 1)) && t.is(j + 2, ")") && t.is(j + 3, ":")) {
        return j + 4 <= end && t.get(j + 4).isWord() ? j + 4 : k;
      }
      if (!t.get(j).isWord()) {
        return k;
      }
    }
    return k;
  }

  private static boolean isAcronym(Token tok) {
    String s = tok.text();
    return tok.isWord() && s.length() >= 2 && s.chars().allMatch(Character::isUpperCase);
  }

  /**
   * {@code Joined Up or Apart? Integration in Rural Wales}: a question mark inside a title, the title going on in
   * Title Case with a small word of titles among its next words (a name after a question would have none).
   */
  private boolean subtitleAfterQuestion(int j) {
    if (!t.is(j - 1, "?") || !startsTitle(j)) {
      return false;
    }
    for (int n = j + 1; n < t.size() && n - j < 4; n++) {
      if (t.get(n).isWord() && SMALL_WORDS.contains(t.get(n).text())) {
        return true;
      }
    }
    return false;
  }

  /** Whether two capitalised words (a title's start, not a lone first name) stand at {@code i}. */
  private boolean startsTitle(int i) {
    Token first = t.at(i);
    Token second = t.at(i + 1);
    if (first != null && first.isWord() && Character.isDigit(first.firstChar())) {
      return true; // "Children's Services in Harrowfield, 2016–2022": years end a title
    }
    if (first != null && second != null && first.isWord() && first.isCapitalised() && second.is(":")) {
      Token third = t.at(i + 2);
      return third != null && third.isWord() && third.isCapitalised(); // "Ageing in Place, Together: A Plan"
    }
    return first != null && second != null && first.isWord() && first.isCapitalised() && second.isWord()
        && (second.isCapitalised() || SMALL_WORDS.contains(second.text()));
  }

  private int capitalisedWords(int from, int to) {
    int n = 0;
    for (int i = from; i <= to; i++) {
      n += t.get(i).isWord() && t.get(i).isCapitalised() ? 1 : 0;
    }
    return n;
  }

  private boolean blankLineBefore(int i) {
    int nl = 0;
    for (int p = t.get(i - 1).end(); p < t.get(i).start(); p++) {
      nl += t.text().charAt(p) == '\n' ? 1 : 0;
    }
    return nl >= 2;
  }

  private void add(String raw, WorkKind kind, int from, int to) {
    String title = clean(raw);
    if (title.isEmpty() || from > to) {
      return;
    }
    for (int i = Math.max(0, from); i <= to && i < masked.length; i++) {
      masked[i] = true;
    }
    String key = title.toLowerCase(Locale.ROOT);
    if (!works.containsKey(key)) {
      Work.Builder b = Work.builder().title(title);
      if (kind != null) {
        b.kind(kind);
      }
      works.put(key, b.build());
    }
  }

  private static String clean(String raw) {
    String s = raw.strip();
    int end = s.length();
    while (end > 0 && ".,;:".indexOf(s.charAt(end - 1)) >= 0 && !s.endsWith("a.m.") && !s.endsWith("p.m.")) {
      end--;
    }
    return s.substring(0, end).strip();
  }

  private static Set<String> firstWords(Set<String> cues) {
    Set<String> out = new java.util.HashSet<>();
    for (String cue : cues) {
      int space = cue.indexOf(' ');
      if (space > 0) {
        out.add(cue.substring(0, space));
      }
    }
    return Set.copyOf(out);
  }

  private static Map<String, WorkKind> cues(List<String> lines) {
    Map<String, WorkKind> out = new HashMap<>();
    for (String line : lines) {
      String[] parts = line.split("\\|");
      out.put(parts[0].strip(), WorkKind.valueOf(parts[1].strip()));
    }
    return Map.copyOf(out);
  }
}
