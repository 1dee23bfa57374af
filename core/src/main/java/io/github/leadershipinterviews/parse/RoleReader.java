package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads role clauses: {@code Chief Executive of Eastmere Trust (ET)}, {@code Eastmere Homes Group's director of
 * people}, {@code Dep Dir of HR and OD at ...}, {@code President and CEO of ...} (two roles),
 * {@code Chair of A and formerly Permanent Secretary at B} (a current and a former role), {@code vd för ...},
 * {@code Kuusimaan hyvinvointialueen henkilöstöjohtaja}. Only roles held at a named organisation are read.
 */
final class RoleReader {
  static final Set<String> PREPOSITIONS = Set.of("of", "at", "for", "with", "för", "på", "hos", "i", "ved",
      "bei", "chez", "de", "en", "di", "in", "der", "des", "bij", "van", "del", "della", "du", "d'", "d’", "dell'",
      "dell’", "delle", "degli", "dei", "do", "da", "dos", "das");
  /** Articles between a role's preposition and its organisation: {@code de la Fondation X}, {@code de l’Université}. */
  private static final Set<String> ARTICLES = Set.of("the", "la", "le", "les", "l'", "l’", "el", "los", "las", "il",
      "lo", "gli", "der", "die", "das", "den", "dem", "het", "de");
  static final Set<String> FORMER = Set.of("former", "formerly", "previously", "ex", "tidigare", "aiemmin",
      "entinen", "früher", "ancien", "ancienne", "until", "once", "tidligere", "ehemalige", "ehemaliger",
      "dessförinnan", "forinden", "førhen", "aikaisemmin", "zuvor", "auparavant");
  static final Set<String> FILLERS = Set.of("a", "an", "the", "also", "now", "currently", "then", "is", "was",
      "has", "been", "are", "är", "var", "on", "oli", "er", "ist", "est", "es", "both", "sedan", "nu", "myös",
      "today", "still", "since", "siden", "seit", "depuis", "vuodesta", "och", "and", "ja", "og", "en", "ett", "et",
      "serves", "serving", "as", "its", "har", "været", "vært", "varit", "ollut", "hat", "appointed", "named",
      "dessutom", "desuden", "dessuten", "lisäksi", "außerdem", "également", "daarnaast", "ook", "sinds", "è", "é",
      "era", "fue", "foi", "était", "fu", "anche", "también", "também", "aussi");
  /** The present of "to be", opening a segment after a conjunction. */
  private static final String[] PRESENT_COPULAS = {"is", "är", "er", "ist", "est", "es", "è", "é", "on"};
  /** Verbs whose object is the organisation and whose {@code as} phrase the role: {@code leads X as its CEO}. */
  private static final Set<String> RUN_VERBS = Set.of("runs", "ran", "leads", "led", "heads", "headed", "joined",
      "joins", "manages", "managed");
  /** Words between such a verb and the organisation: {@code leads the literacy charity Readwell Trust}. */
  private static final int WORDS_BEFORE_ORGANISATION = 4;
  static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ".", "(", ")", ":", "which", "where", "who",
      "whose", "that", "som", "joka", "jossa", "when", "since", "from", "until", "–", "—", "after", "before",
      "following", "while");
  private static final Set<String> SEGMENT_STARTS = Set.of("formerly", "former", "previously", "now", "also",
      "currently", "is", "was", "a", "an", "has", "later", "the");

  /** Kinds of organisation that, with a possessive, refer back to one named before: {@code the trust's}. */
  private static final Set<String> GENERIC_OWNERS = Set.of("trust", "council", "union", "university", "company",
      "charity", "board", "group", "firm", "college", "hospital", "authority", "service", "foundation",
      "association", "agency", "department", "ministry", "network", "school", "organisation", "organization");
  /** How many tokens back the organisation such a word refers to may be named. */
  private static final int REFERENCE_REACH = 300;
  private static final int MAX_CLAUSE = 40;
  /** Tokens of a department in brackets after a title: {@code (Community Care Development and Partnerships)}. */
  private static final int MAX_DEPARTMENT = 10;
  /** Lower-case words in brackets after a lower-case title: {@code head of year (key stage three)}. */
  private static final int MAX_LOWER_ASIDE = 3;
  /** Lower-case words describing an organisation before its name: {@code the mental health charity X}. */
  private static final int MAX_DESCRIPTION = 4;
  /** Further clauses read after an appositive ({@link #afterAppositive}); real text has one, rarely two. */
  private static final int MAX_APPOSITIVE_HOPS = 3;

  private final Tokens t;
  private final OrganisationTable orgs;

  RoleReader(Tokens t, OrganisationTable orgs) {
    this.t = t;
    this.orgs = orgs;
  }

  /**
   * The roles in the clause starting at token {@code k}, and in up to {@link #MAX_APPOSITIVE_HOPS} clauses that go
   * on after an appositive; {@code former} when the verb says so ("was").
   */
  List<Role> clause(int k, boolean former) {
    List<Role> out = new ArrayList<>();
    int from = k;
    // a loop, not recursion, and a bounded one: a run-on sentence of such clauses costs no stack and stays linear
    for (int hop = 0; hop <= MAX_APPOSITIVE_HOPS && from >= 0; hop++) {
      List<Role> listed = titleWithCommas(from, former);
      if (!listed.isEmpty()) {
        out.addAll(listed);
        return out;
      }
      int end = clauseEnd(from);
      // "the CEO of A until its merger in 2024": a role the text bounds in time is a former one
      List<Role> found = clauseRoles(from, end, former || t.is(end + 1, "until"));
      out.addAll(found);
      // "Dr X, the psychiatrist who has been chief executive of Y": the appositive names no role, the clause does
      from = found.isEmpty() && !t.is(end + 1, "who") ? -1 : afterAppositive(end + 1);
    }
    return out;
  }

  /**
   * {@code Jo Mutai (Director, Fire and Rescue Services, Ndere County Government)}: a role in brackets after a name,
   * the organisation last; the bracket at {@code open}. Else the clause in the brackets ({@code (CEO of X)}).
   */
  List<Role> bracketed(int open) {
    int close = open + 1;
    while (close < t.size() && close - open <= MAX_CLAUSE && !t.isAny(close, ")", ";", "(")) {
      close++;
    }
    if (close >= t.size() || t.is(close, "(")) {
      return List.of();
    }
    for (int comma = close - 2; comma > open + 1; comma--) {
      if (t.is(comma, ",") && orgs.covers(comma + 1) && orgs.at(comma + 1) != null
          && orgs.endOf(comma + 1) == close - 1) {
        return roles(open + 1, comma - 1, orgs.at(comma + 1), false);
      }
    }
    return clause(open + 1, false);
  }

  /**
   * {@code Head of Strategy, Planning and Performance, at the Ministry of X}, {@code First Assistant Secretary, Aged
   * Care Division, at X}: a capitalised title whose own words hold commas, then a comma and where it is held; empty
   * when the words at {@code from} do not read so.
   */
  private List<Role> titleWithCommas(int from, boolean former) {
    int i = from;
    while (i < t.size() && i - from < 3 && t.lowerIn(i, Words.FILLER)) {
      i++;
    }
    if (i >= t.size() || !t.get(i).isCapitalised() || orgs.covers(i)) {
      return List.of();
    }
    for (int j = i + 1; j < t.size() && j - i < MAX_CLAUSE && !orgs.covers(j); j++) {
      Token tok = t.get(j);
      if (tok.is(",")) {
        int org = t.isAny(j + 1, "at", "of", "with") ? (isArticle(j + 2) ? j + 3 : j + 2) : -1;
        if (org > 0 && orgs.covers(org) && orgs.at(org) != null && hasRoleWord(i, j - 1)) {
          return roles(i, j - 1, orgs.at(org), former, false); // the commas list the title's own parts
        }
      } else if (!(tok.isWord() && tok.isCapitalised()) && !tok.isAny("and", "&", "of", "for")
          || t.startsSentence(j)) {
        return List.of();
      }
    }
    return List.of();
  }

  /**
   * {@code runs Carnhallow Libraries (CLA) as its head of service}, {@code joined X as Director of Y}: the role after
   * a verb at {@code verb} whose object is the organisation; empty when the words do not read so.
   */
  List<Role> organisationThenAs(int verb) {
    if (verb >= t.size() || !RUN_VERBS.contains(t.get(verb).text())) {
      return List.of();
    }
    int org = verb + 1;
    while (org < t.size() && org - verb <= WORDS_BEFORE_ORGANISATION && !orgs.covers(org)
        && t.get(org).isWord() && t.get(org).isLowerCase()) {
      org++;
    }
    if (org >= t.size() || !orgs.covers(org) || orgs.at(org) == null) {
      return List.of();
    }
    int as = orgs.endOf(org) + 1;
    if (!t.is(as, "as")) {
      return List.of();
    }
    int from = t.isAny(as + 1, "its", "the", "a", "an") ? as + 2 : as + 1;
    int end = titleEnd(from);
    boolean former = t.isAny(verb, "ran", "led", "headed", "managed");
    return end < from ? List.of() : roles(from, end, orgs.at(org), former);
  }

  /**
   * {@code At Cascadia University, where she has served as vice provost since 2021, Dr Jo Fitch ...}: the token
   * after the closing comma of the {@code where} clause at {@code where}, where the sentence names its subject; or
   * -1. The roles are {@link #whereHeld} at {@code where}.
   */
  int subjectAfterWhere(int where) {
    for (int j = where + 1; j < t.size() && j - where < MAX_CLAUSE && !t.startsSentence(j); j++) {
      if (t.is(j, ",")) {
        return j + 1;
      }
    }
    return -1;
  }

  /** The {@code where} of {@code At (the) X, where}, with X a named organisation, at token {@code at}; or -1. */
  int whereAfterAt(int at) {
    int org = t.is(at + 1, "the") ? at + 2 : at + 1;
    if (!orgs.covers(org) || orgs.at(org) == null) {
      return -1;
    }
    int comma = orgs.endOf(org) + 1;
    return t.is(comma, ",") && t.is(comma + 1, "where") ? comma + 1 : -1;
  }

  /**
   * {@code works at Harrow Health, where she is director of nursing}: the role named after the organisation it is
   * held at, at the {@code where} at {@code where}; empty when the words do not read so.
   */
  List<Role> whereHeld(int where) {
    if (!t.is(where, "where") || !t.is(where - 1, ",") || !orgs.covers(where - 2) || orgs.at(where - 2) == null
        || !t.isAny(where + 1, "she", "he", "they")) {
      return List.of();
    }
    int verb = where + 2;
    boolean perfect = t.is(verb, "has");
    verb += perfect ? 1 : 0;
    boolean former = t.is(verb, "was") || !perfect && t.isAny(verb, "served", "worked");
    if (t.isAny(verb, "serves", "served", "works", "worked") && t.is(verb + 1, "as")) {
      verb++; // "where she has served as vice provost since 2021": a role held still
    } else if (!(perfect ? t.is(verb, "been") : t.isAny(verb, "is", "was"))) {
      return List.of();
    }
    int from = verb + 1;
    int end = titleEnd(from);
    return end < from || hasOrganisation(from, end) ? List.of() : roles(from, end, orgs.at(where - 2), former);
  }

  /**
   * The last token of a title at {@code from}: before punctuation, a clause word, {@code and}, a year, or a
   * preposition that leads out of the title ({@code head of service}, {@code Director of Customer Operations} go
   * on; {@code CNO in 2022}, {@code head of service in Carnhallow}, {@code director at the ...} stop).
   */
  private int titleEnd(int from) {
    int j = from;
    while (j < t.size() && j - from < MAX_CLAUSE && t.get(j).isWord() && !t.lowerIn(j, Words.CLAUSE_END)
        && !(t.is(j, "and") && !joinsDepartment(from, j)) && !Character.isDigit(t.get(j).firstChar())
        && !(t.lowerIn(j, Words.PREPOSITION) && leadsOutOfTitle(j))) {
      j++;
    }
    return j - 1;
  }

  /**
   * {@code Director of People and Culture}: after the title's {@code of}, {@code and} between capitalised words
   * joins a department's name; before another role word ({@code of Finance and Chief Operating Officer}) it
   * joins a second role.
   */
  private boolean joinsDepartment(int from, int and) {
    Token before = t.at(and - 1);
    Token after = t.at(and + 1);
    boolean afterOf = false;
    for (int i = from; i < and; i++) {
      afterOf |= t.get(i).isAny("of", "for");
    }
    return afterOf && before != null && before.isCapitalised() && after != null && after.isCapitalised()
        && !t.isRoleWord(and + 1) && !orgs.covers(and + 1);
  }

  private boolean leadsOutOfTitle(int preposition) {
    Token next = t.at(preposition + 1);
    return next == null || !next.isWord() || next.is("the") || Character.isDigit(next.firstChar())
        || orgs.covers(preposition + 1) || next.isCapitalised() && !t.isAny(preposition, "of", "for");
  }

  /**
   * The token after the organisation at {@code i} and its case ending, if it has one written after a colon
   * ({@code Kivijärven Paperi Oy:n toimitusjohtaja}, {@code KIV:s ordförande}).
   */
  private int afterOrganisation(int i) {
    int e = orgs.endOf(i) + 1;
    boolean ending = t.is(e, ":") && e + 1 < t.size() && t.get(e + 1).isWord() && t.get(e + 1).isLowerCase()
        && t.get(e + 1).length() <= 3 && t.get(e + 1).start() == t.get(e).end();
    return ending ? e + 2 : e;
  }

  /** The roles of the segments of tokens {@code from..end}. */
  private List<Role> clauseRoles(int from, int end, boolean former) {
    List<Role> out = new ArrayList<>();
    int start = from;
    for (int j = from; j <= end + 1; j++) {
      if (j == end + 1 || isSegmentBreak(start, j)) {
        out.addAll(segment(start, j - 1, former));
        start = j + 1;
      }
    }
    return out;
  }

  /**
   * {@code Managing Director of X, a 65-person practice in Bristol, and vice-chair of Y}: where a further role
   * starts after the appositive that describes the organisation ({@code , and} then a role word), after an
   * appositive role before the verb ({@code , is now ...}) or after an aside ({@code and, since 2024, also ...});
   * or -1.
   */
  private int afterAppositive(int comma) {
    if (t.is(comma, "who")) {
      return whoChairs(comma + 1);
    }
    if (!t.is(comma, ",") && !t.is(comma, "until")) {
      return -1;
    }
    boolean and = t.is(comma - 1, "and");
    int limit = Math.min(t.size() - 2, comma + MAX_CLAUSE);
    int listed = afterSemicolon(comma, limit);
    if (listed > 0) {
      return listed;
    }
    if (t.is(comma, ",") && t.is(comma + 1, "and") && titleSoon(comma + 2)) {
      return comma + 2; // "Chief Executive of A (AA), and an independent non-executive director of B"
    }
    for (int j = comma + 1; j < limit && !t.startsSentence(j) && !t.is(j, ";"); j++) {
      if (!t.is(j, ",")) {
        continue;
      }
      if (t.is(j + 1, "and") && t.get(j + 2).isLowerRoleWord()) {
        return j + 2;
      }
      if (t.is(j + 1, "is")) {
        return j + 2; // "X, the CEO of A until 2024, is now Chief Executive of B"
      }
      int k = j + 1;
      while (k < limit && k - j <= 3 && t.lowerIn(k, Words.FILLER)) {
        k++;
      }
      if (and && k > j + 1 && t.get(k).isLowerRoleWord()) {
        return k; // "chief executive of A and, since April 2024, also director of B"
      }
    }
    return -1;
  }

  /**
   * {@code chief executive of X, the forces charity; a non-executive director of Y; and a governor of Z}: a list of
   * roles split by semicolons; where the next one starts after the comma at {@code comma}, or -1.
   */
  private int afterSemicolon(int comma, int limit) {
    for (int j = comma; j < limit && !t.startsSentence(j); j++) {
      if (t.is(j, ";")) {
        int k = t.is(j + 1, "and") ? j + 2 : j + 1;
        return titleSoon(k) ? k : -1;
      }
    }
    return -1;
  }

  /** A lower-case title at {@code k}, after fillers and one qualifying word: {@code an independent director}. */
  private boolean titleSoon(int k) {
    int j = k;
    while (j < t.size() && j - k < 3 && t.lowerIn(j, Words.FILLER)) {
      j++;
    }
    return j + 1 < t.size() && t.get(j).isLowerCase()
        && (t.get(j).isLowerRoleWord() || t.get(j + 1).isLowerCase() && t.get(j + 1).isLowerRoleWord());
  }

  /** The full stop of {@code vt. toimitusjohtaja}, {@code tf. vd}, {@code Dube Mensah Inc.,}: no sentence ends there. */
  private boolean isAbbreviationStop(int j) {
    return t.is(j, ".") && j + 1 < t.size() && !t.startsSentence(j + 1)
        && (t.get(j + 1).isWord() && t.get(j + 1).isLowerCase() || t.is(j + 1, ",")); // "X Inc., one of ..."
  }

  /**
   * {@code the former chief constable of X who now chairs Y}, {@code the psychiatrist who has been chief executive of
   * Y}: where the clause after {@code who} starts, or -1.
   */
  private int whoChairs(int k) {
    int j = k;
    while (j < t.size() && j - k < 3 && t.isAny(j, "now", "also", "currently", "still")) {
      j++;
    }
    if (t.isAny(j, "has", "is") && (t.is(j, "is") || t.is(j + 1, "been"))) {
      return j; // "who has been chief executive of X since 2020": the clause skips has/been/is
    }
    return t.isAny(j, "chairs", "chaired") ? j : -1;
  }

  private int clauseEnd(int k) {
    int j = k;
    while (j < t.size() && j - k < MAX_CLAUSE) {
      if (orgs.covers(j)) {
        j = afterOrganisation(j);
        continue;
      }
      if (departmentAsideEnd(j) > j) {
        j = departmentAsideEnd(j) + 1;
        continue;
      }
      if (isTitleAcronym(j)) {
        j += 3; // "night operations manager (NOM) for X"
        continue;
      }
      if (j > k && t.startsSentence(j) || t.lowerIn(j, Words.CLAUSE_END) && !isAbbreviationStop(j)
          && !titleListGoesOn(k, j)) {
        break;
      }
      j++;
    }
    return j - 1;
  }

  /**
   * {@code Depute Chief Executive (People and Transformation)}: the closing bracket of a department named in
   * brackets right after a title word, part of the title; else {@code open}. An acronym alone in brackets is none.
   */
  private int departmentAsideEnd(int open) {
    if (!t.is(open, "(") || open == 0 || !t.isRoleWord(open - 1)) {
      return open;
    }
    if (t.get(open - 1).isLowerCase()) {
      return lowerAsideEnd(open);
    }
    for (int j = open + 1; j < t.size() && j - open <= MAX_DEPARTMENT; j++) {
      if (t.is(j, ")")) {
        return j > open + 2 ? j : open;
      }
      Token tok = t.get(j);
      if (!(tok.isWord() && tok.isCapitalised() && !tok.isAcronym()) && !tok.isAny("and", "&", "of", ",")) {
        return open;
      }
    }
    return open;
  }

  /** {@code vice-principal (academics)}, {@code director (interim)}: a few lower-case words in brackets, or open. */
  private int lowerAsideEnd(int open) {
    for (int j = open + 1; j < t.size() && j - open <= MAX_LOWER_ASIDE + 1; j++) {
      if (t.is(j, ")")) {
        return j > open + 1 ? j : open;
      }
      if (!t.get(j).isWord() || !t.get(j).isLowerCase()) {
        return open;
      }
    }
    return open;
  }

  /** {@code (NOM)} after {@code night operations manager}: the title's own acronym in brackets at {@code open}. */
  private boolean isTitleAcronym(int open) {
    return t.is(open, "(") && open > 0 && t.get(open - 1).isLowerCase() && t.isRoleWord(open - 1)
        && open + 2 < t.size() && t.get(open + 1).isAcronym() && t.is(open + 2, ")");
  }

  /** {@code founder, executive director and ...}: bare titles so far, and another after the comma at {@code j}. */
  private boolean titleListGoesOn(int k, int j) {
    Token next = t.at(j + 1);
    if (!t.is(j, ",") || j == k || next == null || !next.isLowerCase() || !next.isLowerRoleWord()) {
      return false;
    }
    for (int i = k; i < j; i++) {
      if (!t.get(i).isLowerRoleWord() && !t.lowerIn(i, Words.FILLER) && !t.is(i, ",")) {
        return false;
      }
    }
    return true;
  }

  private boolean isSegmentBreak(int start, int j) {
    if (!t.isAny(j, Words.CONJUNCTIONS)) {
      return false;
    }
    Token next = t.at(j + 1);
    return next != null && (SEGMENT_STARTS.contains(next.text()) || next.isAny("chairs", "chaired", "leads"))
        || hasOrganisation(start, j - 1);
  }

  private boolean isArticle(int i) {
    return i < t.size() && ARTICLES.contains(t.get(i).text());
  }

  private boolean hasOrganisation(int from, int to) {
    for (int i = from; i <= to; i++) {
      if (orgs.covers(i)) {
        return true;
      }
    }
    return false;
  }

  private List<Role> segment(int from, int to, boolean formerVerb) {
    List<Role> roles = inSegment(from, to, formerVerb);
    if (roles.isEmpty() && t.is(to + 1, ",") && orgs.covers(to + 2) && !hasOrganisation(from, to)) {
      return roles(from, to, orgs.at(to + 2), formerVerb);
    }
    return roles;
  }

  private List<Role> inSegment(int from, int to, boolean formerVerb) {
    // "was director of X and is chair of Y": a present verb after the conjunction speaks for its own segment
    boolean former = formerVerb && !(t.isAny(from - 1, Words.CONJUNCTIONS) && t.isAny(from, PRESENT_COPULAS));
    int i = from;
    while (i <= to && (t.lowerIn(i, Words.FILLER) || t.lowerIn(i, Words.FORMER)
        || Character.isDigit(t.get(i).firstChar()))) { // lower case keeps digits and makes none
      former |= t.lowerIn(i, Words.FORMER);
      i++;
    }
    if (i > to) {
      return List.of();
    }
    if (orgs.covers(i)) {
      return ownedTitle(i, to, former);
    }
    // "and has been its managing director": after a conjunction the subject may be another clause's
    OrganisationTable.Entry referred = t.isAny(from - 1, Words.CONJUNCTIONS) ? null : referredOrganisation(i);
    if (referred != null) {
      int title = t.is(i - 1, "its") ? i : i + 1;
      boolean formerTitle = former || t.lowerIn(title, Words.FORMER); // "the council's former director of ..."
      title = t.lowerIn(title, Words.FORMER) ? title + 1 : title;
      return roles(title, referredTitleEnd(title, to), referred, formerTitle);
    }
    if (t.isAny(i, "chairs", "chaired", "chairing") && i + 1 <= to) {
      int q = t.is(i + 1, "the") ? i + 2 : i + 1;
      if (t.get(q).isIgnoreCase("board") && t.is(q + 1, "of")) {
        // "chairs the board of the X", "chairs the Board of Trustees of X": the chair is X's
        int of = t.isAny(q + 2, OrganisationFinder.BOARD_MEMBERS) && t.is(q + 3, "of") ? q + 3 : q + 1;
        q = isArticle(of + 1) ? of + 2 : of + 1;
      }
      return orgs.covers(q) ? List.of(Role.builder().title("chair").organisation(orgs.at(q).toOrganisation())
          .current(!former && !t.is(i, "chaired")).build()) : List.of();
    }
    for (int p = i + 1; p < to; p++) {
      if (t.lowerIn(p, Words.PREPOSITION)) {
        int q = afterDescription(isArticle(p + 1) || t.isAny(p + 1, "det", "den") ? p + 2 : p + 1);
        if (orgs.covers(q) && orgs.at(q) != null) {
          return roles(i, p - 1, orgs.at(q), former);
        }
      }
    }
    return List.of();
  }

  /**
   * {@code the charity X}, {@code the mental health charity X}, {@code det kommunägda bolaget X}: where the name
   * starts after a few lower-case words that end in a kind of organisation, at {@code from}; else {@code from}.
   */
  private int afterDescription(int from) {
    for (int j = from; j < t.size() && j - from < MAX_DESCRIPTION && t.get(j).isWord(); j++) {
      if (OrganisationFinder.isDescriptor(t.get(j))) {
        return j + 1; // also German "des Vereins X", written with a capital
      }
      if (!t.get(j).isLowerCase()) {
        return from;
      }
    }
    return from;
  }

  /**
   * {@code its chair}, {@code the trust's chief nurse}: the organisation a word refers back to, the nearest one named
   * before (for a kind of organisation, one whose name holds that word); or null.
   */
  private OrganisationTable.Entry referredOrganisation(int i) {
    Token tok = t.get(i);
    boolean its = t.is(i - 1, "its");
    String kind = !its && tok.hasClitic() && GENERIC_OWNERS.contains(tok.bare()) ? tok.bare() : null;
    if (!its && kind == null) {
      return null;
    }
    for (int k = i - 1; k >= 0 && i - k <= REFERENCE_REACH; k--) {
      if (its && t.startsSentence(k + 1) && k + 1 < i) {
        return null; // "its" refers within its sentence
      }
      OrganisationTable.Entry e = orgs.at(k);
      if (e != null && (kind == null || holdsWord(e.name(), kind))) {
        return e;
      }
    }
    return null;
  }

  /**
   * The end of a title after {@code its} or a possessive: before a year, a time or place phrase, or an {@code and}
   * that does not start a second title ({@code chief nurse and deputy chief executive} is two).
   */
  private int referredTitleEnd(int from, int to) {
    int j = from;
    while (j <= to && t.get(j).isWord() && !Character.isDigit(t.get(j).firstChar())
        && !t.isAny(j, "in", "at", "since", "from", "until", "with", "when", "ever")
        && !(t.is(j, "and") && !t.isRoleWord(j + 1) && !t.lowerIn(j + 1, Words.FILLER))) {
      j++;
    }
    return j - 1;
  }

  private static boolean holdsWord(String name, String word) {
    for (String w : name.split(" ")) {
      if (w.equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  /** {@code Eastmere Homes Group's director of people}, {@code Kuusimaan hyvinvointialueen henkilöstöjohtaja}. */
  private List<Role> ownedTitle(int i, int to, boolean former) {
    OrganisationTable.Entry org = orgs.at(i);
    int after = afterOrganisation(i);
    if (after > to) {
      return List.of();
    }
    return roles(after, to, org, former);
  }

  private List<Role> roles(int from, int to, OrganisationTable.Entry org, boolean former) {
    return roles(from, to, org, former, true);
  }

  /** As {@link #roles(int, int, OrganisationTable.Entry, boolean)}; {@code split}: a combined title is two roles. */
  private List<Role> roles(int from, int to, OrganisationTable.Entry org, boolean former, boolean split) {
    while (from <= to && t.lowerIn(from, Words.FILLER)) {
      from++;
    }
    while (to >= from && (t.lowerIn(to, Words.FILLER) || Character.isDigit(t.get(to).firstChar()))) {
      to--; // "kaupunginjohtajana vuodesta 2019": the year phrase is no part of the title
    }
    if (to - 3 >= from && t.is(to, ")") && isTitleAcronym(to - 2)) {
      to -= 3; // "night operations manager (NOM)": the acronym is no part of the title
    }
    if (to - 3 >= from && t.is(to, "board") && t.isAny(to - 1, "the", "its") && t.is(to - 2, "on")) {
      to -= 3; // "non-executive director on the board of X": the title is the director's
    }
    if (from > to || !hasRoleWord(from, to)) {
      return List.of();
    }
    List<Role> out = new ArrayList<>();
    for (int[] part : split ? splitCombined(from, to) : List.of(new int[] {from, to})) {
      out.add(Role.builder().title(nominative(t.text(part[0], part[1]))).organisation(org.toOrganisation())
          .current(!former).build());
    }
    return out;
  }

  /**
   * A Finnish title in the essive case ({@code toimii toimitusjohtajana}, "works as managing director") in its
   * base form: {@code toimitusjohtaja}, when what is left is still a title word.
   */
  private static String nominative(String title) {
    String[] words = title.split(" ");
    String last = words[words.length - 1];
    if (!isEssive(last) || !Words.isRoleWord(last.substring(0, last.length() - 2))) {
      return title;
    }
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      // adjectives: teknisenä → tekninen; nouns: johtajana → johtaja
      String base = !isEssive(w) ? w : w.endsWith("senä") || w.endsWith("sena")
          ? w.substring(0, w.length() - 4) + "nen" : w.substring(0, w.length() - 2);
      out.append(out.length() == 0 ? "" : " ").append(base);
    }
    return out.toString();
  }

  private static boolean isEssive(String word) {
    return word.length() > 4 && (word.endsWith("na") || word.endsWith("nä"));
  }

  /** {@code President and CEO} is two titles; {@code Director of HR and OD} is one. */
  private List<int[]> splitCombined(int from, int to) {
    List<int[]> out = new ArrayList<>(2);
    int start = from;
    int depth = 0; // "Chief Executive (People and Transformation)": no second title inside brackets
    for (int j = from + 1; j < to; j++) {
      depth += t.is(j, "(") ? 1 : t.is(j, ")") ? -1 : 0;
      if (t.isAny(j, "of", "for")) {
        break;
      }
      if (depth > 0) {
        continue;
      }
      // "founder, executive director and board secretary": a list of titles, each before the organisation
      if (t.isAny(j, "and", "&", "/", ",") && hasRoleWord(start, j - 1) && hasRoleWord(j + 1, to)) {
        out.add(new int[] {start, j - 1});
        start = j + 1;
      }
    }
    out.add(new int[] {start, to});
    return out;
  }


  private boolean hasRoleWord(int from, int to) {
    for (int i = from; i <= to; i++) {
      if (t.isRoleWord(i)) {
        return true;
      }
    }
    return false;
  }

}
