package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.parse.CapitalisedRuns.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds named organisations: runs named by a keyword ({@code ... Trust}, {@code University of ...}), runs
 * followed by an acronym in brackets ({@code Care Quality Commission (CQC)}), Nordic names ending in a
 * lower-case tail ({@code Storviken kommun}), the object of a role ({@code chief executive of Kestrelford Youth}),
 * acronyms alone ({@code NHS}, {@code ECSA’s}), and shortened names of organisations already found.
 */
final class OrganisationFinder {
  /** Who sits on a board: {@code Board of Trustees of X} is X's board, not an organisation of its own. */
  static final String[] BOARD_MEMBERS = {"Trustees", "trustees", "Directors", "directors", "Governors",
      "governors", "Regents", "regents"};
  private static final Set<String> ROLE_PREPOSITIONS = Set.of("of", "at", "for", "för", "på", "hos", "with");
  private static final Set<String> SPLITTING_CONNECTORS = Set.of("of", "for", "at");
  /** Prepositions after a title, before its organisation: English, and the German, French and Dutch ones. */
  private static final Set<String> TITLE_CONNECTORS = Set.of("of", "for", "at", "des", "der", "du", "van");
  /** German kinds of organisation in the genitive before a name: {@code Vorsitzende des Vereins X e.V.}. */
  private static final String[] GENITIVE_HEADS = {"Vereins", "Verbands", "Verbandes"};
  private static final Set<String> DESCRIPTORS = Set.copyOf(Lexicon.load("organisation-descriptors.txt"));

  private static final Set<String> FOUNDING_VERBS = Set.of("founded", "co-founded", "cofounded", "grundade",
      "grundlagde", "grunnla", "perusti", "gründete", "fondé", "fondée", "fundó");
  /** Words after an appositive's head noun that show the noun ended it ({@code a charity working along ...}). */
  private static final Set<String> APPOSITIVE_ENDS = Set.of("that", "which", "whose", "working", "based", "in",
      "with", "for", "founded", "set", "run", "serving", "supporting", "providing", "on", "at", "across", "from",
      "and", "of", "where", "she", "he", "they", "now", "since", "led", "owned", "who");

  /** Kinds of public body written in lower case before a place's name: {@code gemeente Zaanwijk}. */
  private static final Set<String> LOWER_CASE_KINDS = Set.of("gemeente", "provincie", "waterschap");

  private static final int MAX_NAME = 16;
  private static final int MAX_ACRONYM = 6;
  private static final String[] ORDINALS = {"First", "Second", "Third", "Fourth", "Fifth"};
  private static final int MAX_MODIFIERS = 4;

  private final Tokens t;
  private final boolean[] masked;
  private final OrganisationTable table;
  private final List<Run> pending = new ArrayList<>();

  private OrganisationFinder(Tokens t, boolean[] masked) {
    this.t = t;
    this.masked = masked;
    this.table = new OrganisationTable(t.size());
  }

  static OrganisationTable find(Tokens t, boolean[] masked) {
    OrganisationFinder f = new OrganisationFinder(t, masked);
    for (Run run : f.joinedAcrossCommas(CapitalisedRuns.find(t, masked))) {
      for (Run part : f.joinedNames(run)) {
        f.named(part);
      }
    }
    List<Run> rest = List.copyOf(f.pending);
    f.pending.clear();
    rest.forEach(f::roleObject);
    f.acronyms();
    Set<String> surnames = f.lastWordsOfLongerRuns();
    List.copyOf(f.pending).forEach(run -> f.shortened(run, surnames));
    return f.table;
  }

  /**
   * Names written with a comma: a firm of partners ({@code Brennan, Kilroy & Partners}, {@code Okafor, Venn & Pike
   * LLP}) and a legal form after a comma ({@code Whitlow Strategies, LLC}).
   */
  private List<Run> joinedAcrossCommas(List<Run> runs) {
    List<Run> out = new ArrayList<>(runs.size());
    for (int k = 0; k < runs.size(); k++) {
      Run run = runs.get(k);
      Run next = k + 1 < runs.size() ? runs.get(k + 1) : null;
      if (next != null && next.from() == run.to() + 2 && t.is(run.to() + 1, ",")
          && (isPartners(run, next) || next.length() == 1 && t.get(next.from()).isLegalForm())) {
        out.add(new Run(run.from(), next.to()));
        k++;
      } else {
        out.add(run);
      }
    }
    return out;
  }

  /** {@code Brennan} then {@code Kilroy & Partners}: one surname, then surnames joined by {@code &} in a firm's name. */
  private boolean isPartners(Run first, Run rest) {
    if (first.length() != 1 || !t.get(first.from()).isCapitalised() || t.get(first.from()).isOrganisationWord()) {
      return false;
    }
    Token last = t.get(rest.to());
    return rest.length() >= 3 && t.is(rest.from() + 1, "&") && (last.isOrganisationWord() || last.isLegalForm());
  }

  /**
   * {@code Harrowfield & District NHS Trust and Harrowfield Police}, {@code Region Sunnebo och Högskolan i X}: two
   * names joined by a conjunction, each with its keyword. The first must end with its keyword or start with it and
   * name no place after {@code of} ({@code University Hospitals of Derby and Burton NHS Trust} is one name).
   */
  private List<Run> joinedNames(Run run) {
    if (bracketedAcronym(run.to()) != null) {
      return List.of(run); // "Allied Transport and Logistics Union (ATLU)": the acronym names the whole run
    }
    List<Run> parts = new ArrayList<>(1);
    int from = run.from();
    for (int j = from + 1; j < run.to(); j++) {
      if (t.get(j).isAny(Words.CONJUNCTIONS) && hasKeyword(new Run(j + 1, run.to()))
          && namesOneBefore(from, j - 1)) {
        parts.add(new Run(from, j - 1));
        from = j + 1;
      }
    }
    parts.add(from == run.from() ? run : new Run(from, run.to()));
    return parts;
  }

  private boolean namesOneBefore(int from, int to) {
    if (to < from || !t.get(to).isCapitalised()) {
      return false;
    }
    if (t.get(to).isOrganisationWord()) {
      return true;
    }
    for (int i = from; i <= to; i++) {
      if (t.get(i).isAny("of", "for", "av", "för")) {
        return false;
      }
    }
    return t.get(from).isOrganisationWord();
  }

  /** Accepts a run that names itself an organisation; keeps the others for the later passes. */
  private void named(Run raw) {
    Run run = trim(raw);
    if (run == null) {
      return;
    }
    Run tail = splitAfterPerson(run);
    if (tail != run) {
      pending.add(new Run(run.from(), tail.from() - 2));
      run = tail;
    }
    int and = andAfterOrganisationWord(run);
    if (and > 0) {
      pending.add(new Run(and + 1, run.to())); // "Harbourside Homes and Fenmoor Living": two names
      run = new Run(run.from(), and - 1);
    }
    run = beforeRoleAndName(departmentIn(run));
    String trailing = trailingAcronym(run);
    if (trailing != null) {
      table.add(name(new Run(run.from(), run.to() - 1)), trailing, run.from(), run.to());
      return;
    }
    String acronym = bracketedAcronym(run.to());
    String nordicTail = nordicTail(run.to());
    if (isLowerCaseKind(run.from() - 1)) {
      // "de gemeente Zaanwijk": Dutch writes the kind of public body in lower case before the place
      table.add(t.get(run.from() - 1).text() + " " + name(run), acronym, run.from() - 1,
          run.to() + (acronym == null ? 0 : 3));
    } else if (acronym != null) {
      table.add(name(run), acronym, run.from(), run.to() + 3);
    } else if (nordicTail != null) {
      run = genitivesOnly(run);
      // "Vaaralan ammattikorkeakoulun (VAMK)": the acronym follows the tail
      String tailAcronym = bracketedAcronym(run.to() + 1);
      table.add(name(run) + " " + nordicTail, tailAcronym, run.from(), run.to() + (tailAcronym == null ? 1 : 4));
    } else if (isSelfNamed(run) && !(afterRole(run) && !afterAt(run) && continuesTitle(run))) {
      table.add(name(run), null, run.from(), run.to());
    } else {
      pending.add(run);
    }
  }

  /**
   * {@code Harbourside Homes and Fenmoor Living}, {@code Kestrel & Banyan Ventures and Kiranly}: a conjunction after
   * a kind of organisation, with none after it, joins two names (unlike {@code Homes and Communities Agency}, {@code
   * Ashcombe and Teign Valley NHS Trust}, or a name with its acronym after it); its index in the run, or -1. An
   * ampersand stays inside a name ({@code Kinship Carers & Families}).
   */
  private int andAfterOrganisationWord(Run run) {
    for (int i = run.to() - 1; i > run.from(); i--) {
      if (t.get(i).isOrganisationWord()) {
        return -1;
      }
      if (t.get(i).isAny("and", "og", "och") && t.get(i - 1).isOrganisationWord() && !t.get(run.to()).isAcronym()
          && !t.get(run.to()).isLegalForm() && bracketedAcronym(run.to()) == null) {
        return i;
      }
    }
    return -1;
  }

  private boolean isLowerCaseKind(int i) {
    return i >= 0 && !masked[i] && LOWER_CASE_KINDS.contains(t.get(i).text());
  }

  /**
   * {@code professori Helena Virtanen Pohjoisrannan yliopistosta}: before a Finnish organisation tail, the name is
   * in the genitive ({@code -n}); words before it that are not ({@code Helena}, the surname {@code Virtanen}) belong
   * to a person.
   */
  private Run genitivesOnly(Run run) {
    if (!isFinnishGenitive(t.get(run.to()).text())) {
      return run;
    }
    int from = run.to();
    while (from > run.from() && isFinnishGenitive(t.get(from - 1).text())) {
      from--;
    }
    return new Run(from, run.to());
  }

  private static boolean isFinnishGenitive(String word) {
    return word.length() > 3 && word.endsWith("n") && !word.endsWith("nen");
  }

  /** Drops leading sentence starters and a leading role title ({@code Chief Executive of}). */
  private Run trim(Run run) {
    int from = run.from();
    while (from <= run.to() && (t.get(from).isNeverName() && !streetWordInside(from) && !ordinalInside(from, run)
        || t.get(from).isLowerCase())) {
      from++;
    }
    int afterRole = afterRolePrefix(from, run.to());
    from = afterRole > 0 ? lastTitleEnd(afterRole, run.to()) : from;
    if (from + 4 < run.to() && t.get(from).is("Board") && t.is(from + 1, "of") && t.get(from + 2).isAny(BOARD_MEMBERS)
        && t.is(from + 3, "of")) {
      from += t.is(from + 4, "the") ? 5 : 4; // "the Board of Trustees of the X Foundation": the board is X's
    }
    while (from <= run.to() && (t.get(from).isLowerCase() || from < run.to() && t.get(from).isAny(GENITIVE_HEADS))) {
      from++; // "Vorsitzende des Vereins Kommunale Energie Süd": the kind of organisation is no part of its name
    }
    int to = run.to();
    while (to >= from && (t.get(to).isLowerCase() && !sentenceCaseTail(from, to) && !t.get(to).isLegalForm()
        || to > from && t.isRoleWord(to) && !t.get(to).isOrganisationWord() && !t.get(to - 1).isLowerCase()
        && !isFieldOf(from, to))) {
      to--;
    }
    if (to < run.to() && t.isRoleWord(run.to()) && to >= from && !t.get(to).isOrganisationWord()
        && hasAnd(from, to)) {
      return null; // "the Police and Crime Commissioner": a title made of two fields, no organisation
    }
    return from > to ? null : new Run(from, to);
  }

  /**
   * {@code School of Social Policy}, {@code Institute for Public Health Research}: a kind of organisation named for
   * its field, whose last word may also be a title's ({@code policy}, {@code research}); such a word ending the run
   * at {@code to} is part of the name, not a title after it.
   */
  private boolean isFieldOf(int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (t.get(k).isOrganisationWord() && t.isAny(k + 1, "of", "for") && !t.get(to).isAcronym()) {
        return true;
      }
    }
    return false;
  }

  /** {@code Centre hospitalier universitaire}: the lower-case end of a name written in sentence case. */
  private boolean sentenceCaseTail(int from, int to) {
    return to > from && SentenceCaseNames.endsDescription(t.get(to)) && t.isRomance()
        && SentenceCaseNames.descriptionEnd(t, from, masked) >= to;
  }

  /** {@code at Second Rung}: an ordinal that opens a name mid-sentence, after a preposition, stays in it. */
  private boolean ordinalInside(int i, Run run) {
    return i == run.from() && i < run.to() && !t.startsSentence(i) && t.get(i).isAny(ORDINALS)
        && t.lowerIn(i - 1, Words.PREPOSITION);
  }

  /** {@code the Road Haulage Safety Authority}: a street word that opens a name mid-sentence stays in it. */
  private boolean streetWordInside(int i) {
    return !t.startsSentence(i) && Words.STREET_WORDS.contains(t.get(i).text());
  }

  /**
   * {@code Director of Finance and Chief Operating Officer of Kelso Health Board}: after a first title, a second
   * one joined by {@code and}; the organisation starts after the last title's preposition.
   */
  private int lastTitleEnd(int from, int to) {
    int start = from;
    for (int j = from + 1; j < to; j++) {
      if (SPLITTING_CONNECTORS.contains(t.get(j).text()) && t.get(j - 1).isLowerRoleWord()
          && hasAnd(from, j) && hasKeyword(new Run(j + 1, to))) {
        start = j + 1;
      }
    }
    return start;
  }

  private boolean hasAnd(int from, int to) {
    for (int i = from; i <= to; i++) {
      if (t.get(i).is("and")) {
        return true;
      }
    }
    return false;
  }

  private int afterRolePrefix(int from, int to) {
    int title = from < to && !t.get(from).isLowerRoleWord() && t.get(from + 1).isLowerRoleWord()
        ? from + 1 : from; // "Group Chief Executive of", "Interim Director of": a qualifier before the title
    int i = title;
    while (i <= to && t.get(i).isLowerRoleWord()
        || i <= to && i > from && (t.get(i).isAny("and", "&") || qualifiesRoleWords(i, to))) {
      i++;
    }
    boolean prefix = i > title && i <= to && TITLE_CONNECTORS.contains(t.get(i).text());
    return prefix ? i + 1 : -1;
  }

  /** {@code Fire} in {@code Chief Fire Officer of ...}: a word between two role words of one title. */
  private boolean qualifiesRoleWords(int i, int to) {
    return i < to && t.get(i).isCapitalised() && t.get(i - 1).isLowerRoleWord() && t.get(i + 1).isLowerRoleWord()
        && !t.get(i).isOrganisationWord();
  }

  /**
   * In {@code Harbour Mutual CEO Jo Lake}, the part before the role word: an organisation's name ends with its
   * keyword when a job title and a person's name follow.
   */
  private Run beforeRoleAndName(Run run) {
    for (int i = run.from() + 1; i < run.to(); i++) {
      if (t.get(i).isRoleWord() && t.get(i - 1).isOrganisationWord()
          && looksLikeName(new Run(i + 1, run.to()))) {
        return new Run(run.from(), i - 1);
      }
    }
    return run;
  }

  /**
   * In {@code Børn og Unge i Solbjerg Kommune}, the part after the Nordic {@code i} ("in"): a department named
   * without an organisation word, inside an organisation named with one. The department is no organisation.
   */
  private Run departmentIn(Run run) {
    for (int i = run.to() - 1; i > run.from(); i--) {
      if (t.get(i).is("i")) {
        Run after = new Run(i + 1, run.to());
        return !hasKeyword(new Run(run.from(), i - 1)) && hasKeyword(after) ? after : run;
      }
    }
    return run;
  }

  /** In {@code Nora Quill of the Tarn Valley Medical Society}, the part after {@code of}. */
  private Run splitAfterPerson(Run run) {
    for (int i = run.from() + 1; i < run.to(); i++) {
      if (SPLITTING_CONNECTORS.contains(t.get(i).text())) {
        Run before = new Run(run.from(), i - 1);
        Run after = trim(new Run(i + 1, run.to()));
        if (after != null && !hasKeyword(before) && hasKeyword(after) && looksLikeName(before)) {
          return new Run(after.from(), after.to());
        }
        return run;
      }
    }
    return run;
  }

  private boolean looksLikeName(Run run) {
    int from = run.from();
    while (from < run.to() && (t.get(from).isHonorific() || t.get(from).isRoleWord() && t.get(from).isCapitalised())) {
      from++; // "Professor Denise X of Y University", "Chief Constable Rhodri X QPM of Y Police": the name after
    }
    int to = run.to();
    while (to > from && PersonNames.isPostNominal(t.get(to).bare())) {
      to--;
    }
    if (from > run.from() || to < run.to()) {
      run = new Run(from, to);
    }
    for (int i = from; i <= run.to(); i++) {
      Token tok = t.get(i);
      if (!tok.isCapitalised() || tok.isAcronym() || tok.isLowerRoleWord()) {
        return false;
      }
    }
    Token before = t.at(run.from() - 1);
    boolean afterParticle = before != null && (before.isNameParticle()
        || before.isSecondParticle());
    return run.length() >= 2 || afterParticle || t.get(run.from()).isHonorific();
  }

  private boolean isSelfNamed(Run run) {
    if (run.length() == 1) {
      return t.get(run.from()).isKnownOrganisation();
    }
    for (int i = run.from(); i <= run.to(); i++) {
      Token tok = t.get(i);
      if (tok.isOrganisationWord() || tok.bare().equals("&") || tok.isKnownOrganisation()) {
        return !allRoleWords(run);
      }
    }
    return false;
  }

  private boolean hasKeyword(Run run) {
    for (int i = run.from(); i <= run.to(); i++) {
      if (t.get(i).isOrganisationWord() || t.get(i).isKnownOrganisation()) {
        return true;
      }
    }
    return false;
  }

  private boolean allRoleWords(Run run) {
    for (int i = run.from(); i <= run.to(); i++) {
      Token tok = t.get(i);
      if (tok.isWord() && !tok.isLowerRoleWord() && !tok.isAny("of", "for", "and", "&")) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code Palvelualan Ammattiliitto PAL}: an acronym written without brackets after the kind of organisation that
   * ends the name, starting with the name's first letter; or null.
   */
  private String trailingAcronym(Run run) {
    Token last = t.get(run.to());
    if (run.length() < 3 || !last.isAcronym() || last.length() > MAX_ACRONYM || last.isNeverOrganisation()
        || !t.get(run.to() - 1).isOrganisationWord() || last.firstChar() != t.get(run.from()).firstChar()) {
      return null;
    }
    return last.bare();
  }

  /** {@code ABC} when the run is followed by {@code (ABC)}. */
  private String bracketedAcronym(int last) {
    Token open = t.at(last + 1);
    Token word = t.at(last + 2);
    Token close = t.at(last + 3);
    boolean shape = open != null && open.is("(") && word != null && word.isAcronym() && close != null
        && close.is(")");
    return shape && !word.isNeverOrganisation() ? word.text() : null;
  }

  /** The base form of a lower-case Nordic tail after the run ({@code kommun}, {@code kaupungin}), or null. */
  private String nordicTail(int last) {
    Token next = t.at(last + 1);
    if (next == null || !next.isWord() || !next.isLowerCase() || masked[last + 1]) {
      return null;
    }
    return Words.organisationTail(next.bare()); // "ry:n": the tail without its case ending
  }

  /** The run's text, with a possessive dropped and an inflected Nordic ending turned to its base form. */
  private String name(Run run) {
    Token last = t.get(run.to());
    String head = run.length() == 1 ? "" : t.text(run.from(), run.to() - 1) + " ";
    String lastWord = last.bare();
    String base = Words.organisationTail(lastWord);
    return head + (base != null && lastWord.length() > 4 ? sameInitialCase(base, lastWord) : lastWord);
  }

  /** {@code Kommunen} → {@code Kommune}, not {@code kommune}: the base form keeps the written capital. */
  private static String sameInitialCase(String base, String written) {
    return Character.isUpperCase(written.charAt(0)) && Character.isLowerCase(base.charAt(0))
        ? Character.toUpperCase(base.charAt(0)) + base.substring(1) : base;
  }

  /** {@code chief executive of Kestrelford Youth}: the run after a role and a preposition. */
  private void roleObject(Run run) {
    boolean neverAlone = run.length() == 1 && t.get(run.from()).isBareNeverOrganisation();
    if (!afterRole(run)) {
      if (!neverAlone && (namedByDescriptor(run) || describedAfter(run) || founded(run))) {
        Run named = beforeAnd(run);
        table.add(name(named), null, named.from(), named.to());
        if (named != run) {
          pending.add(new Run(named.to() + 2, run.to()));
        }
      } else {
        pending.add(run);
      }
    } else if (!neverAlone && !continuesTitle(run) && !looksLikePersonWithHonorific(run)
        && !titleAfterNamedOrganisation(run)
        && !allRoleWords(run) // "Head of Operations": the rest of the title, not an organisation
        && !(run.to() + 1 < t.size() && t.isRoleWord(run.to() + 1))) { // "Director of Customer Operations"
      OrganisationTable.Entry known = run.length() == 1 ? table.byPrefix(name(run), false) : null;
      if (known != null && !known.name().equals(name(run))) {
        table.mark(known, run.from(), run.to()); // "Chief Constable at Carrowmoor" after "Carrowmoor Police"
      } else {
        table.add(name(run), null, run.from(), run.to());
      }
    }
  }

  /**
   * {@code joined Kingsmere Trust as Director of People and Culture}: the organisation is named before {@code as},
   * so the capitalised words after the title's {@code of} name a department, part of the title.
   */
  private boolean titleAfterNamedOrganisation(Run run) {
    int i = run.from() - 1;
    while (i > 0 && run.from() - i <= MAX_MODIFIERS + 1
        && (t.get(i).isLowerRoleWord() || t.get(i).isAny("of", "for"))) {
      i--;
    }
    Token before = t.at(i - 1); // "joined Kingsmere as": a short name, found by a later pass
    return i < run.from() - 2 && t.is(i, "as") && before != null && (table.covers(i - 1) || before.isCapitalised());
  }

  /** {@code charity}, {@code föreningen}: a noun between a role's preposition and an organisation's name. */
  static boolean isDescriptor(Token tok) {
    return tok != null && (DESCRIPTORS.contains(tok.text()) || tok.isAny(GENITIVE_HEADS));
  }

  /** {@code the charity Harbour Lights}, {@code fagforeningen Fag og Omsorg}: a kind of organisation names it. */
  private boolean namedByDescriptor(Run run) {
    Token before = t.at(run.from() - 1);
    return before != null && !t.startsSentence(run.from()) && DESCRIPTORS.contains(before.text())
        && !t.get(run.from()).isHonorific();
  }

  /**
   * {@code Harbour Lights, a suicide prevention charity working ...}: an appositive whose head noun is a kind of
   * organisation. Only lower-case modifiers may stand between the article and the noun, and the noun must end
   * the phrase: {@code a charity trustee} describes a person.
   */
  private boolean describedAfter(Run run) {
    int i = run.to() + 1;
    if (!t.is(i, ",") || !t.isAny(i + 1, "a", "an")) {
      return false;
    }
    for (int j = i + 2; j < t.size() && j <= i + 2 + MAX_MODIFIERS; j++) {
      Token tok = t.get(j);
      if (DESCRIPTORS.contains(tok.text())) {
        Token next = t.at(j + 1);
        return next == null || !next.isWord() || APPOSITIVE_ENDS.contains(next.text());
      }
      if (!tok.isWord() && !tok.is("-") || !tok.isLowerCase() || tok.isLowerRoleWord()
          || APPOSITIVE_ENDS.contains(tok.text())) {
        return false;
      }
    }
    return false;
  }

  /**
   * {@code the charity Veterans Onward and Jo Kent's book}: a run of two names joined by a conjunction. A name of
   * one word before it ({@code Hearts and Minds}, {@code Fag og Omsorg Sydjylland}) keeps the conjunction inside.
   */
  private Run beforeAnd(Run run) {
    for (int i = run.from() + 2; i < run.to() - 1; i++) {
      if (t.get(i).isAny("and", "og", "och", "&")) {
        return new Run(run.from(), i - 1);
      }
    }
    return run;
  }

  /** {@code she co-founded Pennine Oak Works with her brother}: what someone founds is an organisation. */
  private boolean founded(Run run) {
    Token before = t.at(run.from() - 1);
    return before != null && FOUNDING_VERBS.contains(before.text()) && !t.get(run.from()).isHonorific();
  }

  /** Whether a role and a preposition stand before the run ({@code director of [the] [charity] X}). */
  private boolean afterRole(Run run) {
    int p = run.from() - 1;
    if (t.at(p) != null && DESCRIPTORS.contains(t.get(p).text())) {
      p--;
    }
    if (t.is(p, "the")) {
      p--;
    }
    Token prep = t.at(p);
    Token role = t.at(p - 1);
    return prep != null && ROLE_PREPOSITIONS.contains(prep.text()) && role != null
        && role.isLowerRoleWord();
  }

  /**
   * {@code senior fellow at the X Center at Y University}: a name after {@code at} is where a role is held, no
   * department of a title ({@code Director of Nursing at ...}).
   */
  private boolean afterAt(Run run) {
    int p = t.is(run.from() - 1, "the") ? run.from() - 2 : run.from() - 1;
    return t.is(p, "at");
  }

  /** {@code Director of Nursing at ...}, {@code Director of Adult Care, Eastmere Council}: part of a title. */
  private boolean continuesTitle(Run run) {
    int next = run.to() + 1;
    if (t.is(next, ",")) {
      next++;
    }
    Token after = t.at(next);
    if (after == null) {
      return false;
    }
    if (after.isAny("at", "of")) {
      Token o = t.at(next + 1);
      return o != null && (o.isCapitalised() || o.is("the"));
    }
    return next > run.to() + 1 && (table.covers(next) || startsKeywordRun(next));
  }

  /** Whether a capitalised run with an organisation keyword starts at {@code i} and ends its line or sentence. */
  private boolean startsKeywordRun(int i) {
    boolean keyword = false;
    int j = i;
    for (; j < t.size() && j - i < MAX_NAME && !t.startsLine(j) && !t.startsSentence(j) && (t.get(j).isCapitalised()
        || t.get(j).isAny("of", "for", "and", "&", "the")); j++) {
      keyword |= t.get(j).isOrganisationWord();
    }
    return keyword && (j >= t.size() || t.startsLine(j) || t.is(j, "."));
  }

  private boolean looksLikePersonWithHonorific(Run run) {
    return t.get(run.from()).isHonorific();
  }

  /** Acronyms standing alone: a known organisation's acronym, or an organisation known by its acronym. */
  private void acronyms() {
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      if (masked[i] || table.covers(i) || !tok.isWord()) {
        continue;
      }
      OrganisationTable.Entry e = !table.mayHoldKeyStartingWith(tok.lowerFirst()) ? null
          : tok.hasClitic() ? table.find(tok.bare()) : table.findLower(t.lower(i));
      if (e != null) {
        table.mark(e, i, i);
      } else if (tok.isAcronym() && tok.bare().length() >= 3 && !tok.isBareNeverOrganisation()
          || tok.isKnownOrganisation()) {
        table.add(tok.bare(), null, i, i);
      }
    }
  }

  /**
   * The last words of the multi-word runs no pass took for an organisation, mostly people's surnames: a lone
   * {@code Quell} then stays free for the person even where {@code Quell Joinery} is an organisation.
   */
  private Set<String> lastWordsOfLongerRuns() {
    Set<String> out = new java.util.HashSet<>();
    for (Run run : pending) {
      if (run.length() > 1 && !table.covers(run.to()) && t.get(run.to()).isCapitalised()) {
        out.add(t.get(run.to()).bare());
      }
    }
    return out;
  }

  /** {@code Eastmere} after {@code Eastmere Homes Group}: the same organisation, not a new one. */
  private void shortened(Run run, Set<String> surnames) {
    if (table.covers(run.from())) {
      return;
    }
    String name = name(run);
    if (run.length() == 1 && surnames.contains(name)) {
      return; // "Quell is ..." after "Harriet Quell" and "Quell Joinery": the person, named in full in the text
    }
    OrganisationTable.Entry e = table.byPrefix(name, run.length() > 1);
    if (e != null && !name.equals(e.name()) || e != null && run.length() > 1) {
      table.mark(e, run.from(), run.to());
    }
  }
}
