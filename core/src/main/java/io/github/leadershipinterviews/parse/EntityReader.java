package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Person;
import io.github.leadershipinterviews.model.Role;
import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.model.Work;
import io.github.leadershipinterviews.parse.Cast.Member;
import io.github.leadershipinterviews.parse.Cast.Part;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 4: finds guests with their roles, other people, organisations and works, and resolves references.
 *
 * <p>Order: works first (their words are nobody's name), then show names after "episode of", organisations,
 * written names, the cast (hosts, guests, others), roles, and last the references to each person.
 */
final class EntityReader {
  static final Set<String> SHOW_CUES = Set.of("episode", "edition", "avsnitt", "jakso", "afsnit",
      "episodio", "épisode", "folge");
  private static final Set<String> COPULAS = Set.of("is", "was", "är", "var", "on", "oli", "er", "ist", "est", "es",
      "è", "é", "era", "fue", "foi", "était", "fu");
  private static final Set<String> PAST = Set.of("was", "var", "oli", "era", "fue", "foi", "était", "fu");
  private static final int MAX_SHOW_WORDS = 10;
  private static final Set<String> BECOME = Set.of("becoming", "became", "become", "becomes", "blev", "blir",
      "ble", "bliver", "tuli", "wurde", "devenu", "devenue");
  /** Auxiliaries before {@link #BECOME}: {@code he has become chair of ...}. */
  private static final Set<String> PERFECT = Set.of("has", "had", "have", "har", "hadde", "havde", "hat");
  /** Coordinators before a second copula: {@code served 30 years and was Chief Officer of ...}. */
  private static final Set<String> AND = Set.of("and", "och", "og", "ja", "und", "et", "y");
  private static final int BECOME_WINDOW = 40;
  /** Words of a title written before a name: {@code Chief Superintendent}. */
  private static final int MAX_TITLE_WORDS = 3;
  /** Tokens from {@code As} to the comma before the name: a title and an organisation with its acronym. */
  private static final int AS_PHRASE = 24;
  private static final String[] PLURAL_COPULAS = {"are", "were"};
  /**
   * After a pronoun that refers to a guest, the verbs whose role is that guest's: {@code she is chair of X}; past
   * roles so stated are mostly asides about a career, which readers do not ask for.
   */
  private static final String[] PRONOUN_COPULAS = {"is", "has"};
  /** Before "as" in {@code , as chair of X, Y} and {@code Since taking over as chair of X, Y}. */
  private static final String[] AS_OPENERS = {",", "over"};
  /** Perfect participles of "to be" that a role follows: {@code har været}, {@code has been}, {@code on ollut}. */
  private static final String[] PERFECT_COPULAS = {"been", "været", "vært", "varit", "ollut"};
  /** Words read before such a participle: {@code siden 2020 har}. */
  private static final int PERFECT_RUN = 5;
  /** Short references that make a person the one interviewed when nothing else named a guest. */
  private static final int MIN_SHORT_REFERENCES = 2;
  private static final String[] TOOK = {"took", "takes", "taking", "take"};
  private static final String[] POSTS = {"post", "role", "position", "job"};
  /** {@code was appointed/named/elected chief executive of X}: the past tells when a current role began. */
  private static final String[] APPOINTED = {"appointed", "named", "elected", "promoted"};
  private static final String[] TOOK_UP_AS = {"tillträdde", "tiltrådte", "tiltrådde", "tiltrådt", "tillträtt"};
  private static final String[] FINNISH_WORKS = {"toimii", "toimi", "työskentelee", "työskenteli", "toiminut",
      "työskennellyt"};
  private static final String[] SERVES = {"serves", "served", "serving", "acts", "acted"};
  /** First words of the role verbs {@link #roleAfterVerb} reads after {@link #BECOME}. */
  private static final Set<String> ROLE_VERBS = roleVerbs();
  /** Role verbs in the past ({@link #roleAfterVerb}): the role is a former one. */
  private static final String[] PAST_ROLE_VERBS = {"served", "acted", "toimi", "työskenteli"};
  /** Relative words for a person ({@code Jo Bell, who is ...}), the list speaker attribution reads too. */
  private static final Set<String> WHO = Set.copyOf(Lexicon.load("relative-pronouns.txt"));

  private EntityReader() {}

  private static Set<String> roleVerbs() {
    Set<String> out = new java.util.HashSet<>(List.of(APPOINTED));
    for (String[] words : List.of(TOOK, TOOK_UP_AS, FINNISH_WORKS, SERVES)) {
      out.addAll(List.of(words));
    }
    return Set.copyOf(out);
  }

  static Entities read(String body, List<Span> sentences, List<QuotedPassage> quotes, Header header) {
    Tokens t = new Tokens(body, sentences);
    boolean[] masked = new boolean[t.size()];
    List<Work> works = WorkFinder.find(t, quotes, masked);
    maskShowNames(t, header, masked);
    OrganisationTable orgs = OrganisationFinder.find(t, masked);
    boolean[] blocked = masked.clone();
    for (int i = 0; i < blocked.length; i++) {
      blocked[i] |= orgs.covers(i);
    }
    List<PersonOccurrence> occurrences = PersonFinder.find(t, blocked);
    Cast cast = CastReader.read(t, occurrences, header);
    boolean[] speech = speech(t, quotes);
    List<PersonMention> mentions = ReferenceResolver.resolve(t, occurrences, cast, blocked, speech,
        o -> CastReader.isLabel(t, o));
    if (promoteTalkedAbout(cast, mentions, !cast.withPart(Part.GUEST).isEmpty())) {
      // pronouns and first names resolve differently once there is a guest: read them again (once)
      mentions = ReferenceResolver.resolve(t, occurrences, cast, blocked, speech, o -> CastReader.isLabel(t, o));
    }
    readRoles(t, orgs, cast, occurrences, mentions);
    return new Entities(persons(cast, Part.GUEST), persons(cast, Part.PERSON), orgs.organisations(), works,
        mentions);
  }

  /**
   * The people the text keeps calling by first name or surname ({@code Declan recalls}, {@code Declan credits}) are
   * the ones interviewed, where no guest was announced ({@code Priyanka Voss talks with two people who ... Declan
   * Ashworth-Reyes took up the post of ...}). Beside an announced guest, only first names count: a mentor is
   * {@code Dr Okafor} each time, a second guest {@code Owen}. True when someone was promoted.
   */
  private static boolean promoteTalkedAbout(Cast cast, List<PersonMention> mentions, boolean hasGuest) {
    Map<String, Integer> shortForms = new HashMap<>();
    for (PersonMention pm : mentions) {
      if (pm.form() == PersonMention.Form.FIRST_NAME || !hasGuest && pm.form() == PersonMention.Form.SURNAME) {
        shortForms.merge(pm.fullName(), 1, Integer::sum);
      }
    }
    boolean promoted = false;
    for (Member m : cast.withPart(Part.PERSON)) {
      if (shortForms.getOrDefault(m.name(), 0) >= MIN_SHORT_REFERENCES) {
        cast.add(m.written(), Part.GUEST);
        promoted = true;
      }
    }
    return promoted;
  }

  private static List<Person> persons(Cast cast, Part part) {
    return cast.withPart(part).stream().map(Member::toPerson).toList();
  }

  /** Words after "In this episode of" up to the comma, and the header's show name: a show, not an organisation. */
  private static void maskShowNames(Tokens t, Header header, boolean[] masked) {
    for (int i = 0; i + 2 < t.size(); i++) {
      if (!t.get(i).isWord()) {
        continue; // the cues are words: no look-up for punctuation
      }
      boolean cue = t.lowerIn(i, Words.SHOW_CUE) && t.isAny(i + 1, "of", "av", "de",
          "di", "von");
      boolean welcome = t.get(i).isIgnoreCase("welcome") && (t.is(i + 1, "to")
          || t.is(i + 1, "back") && t.is(i + 2, "to"));
      if (cue || welcome) {
        int from = t.is(i + 1, "back") ? i + 3 : i + 2;
        for (int j = from; j < t.size() && j - from < MAX_SHOW_WORDS && !t.isAny(j, ",", ".", "!", "?", ":")
            && (t.get(j).isCapitalised() || !t.get(j).isWord() || j > from); j++) {
          if (t.get(j).isWord() && t.get(j).isLowerCase() && !t.get(j).isAny("of", "and", "in", "the", "for")) {
            break;
          }
          masked[j] = true;
        }
      }
    }
    header.showName().ifPresent(name -> maskText(t, name, masked));
  }

  private static void maskText(Tokens t, String name, boolean[] masked) {
    String body = t.text();
    if (name.isBlank()) {
      return;
    }
    for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length())) {
      for (int i = t.indexAt(at); i < t.size() && t.get(i).start() < at + name.length(); i++) {
        masked[i] = true;
      }
    }
  }

  private static boolean[] speech(Tokens t, List<QuotedPassage> quotes) {
    boolean[] speech = new boolean[t.size()];
    for (QuotedPassage q : quotes) {
      if (q.kind() == QuotedPassage.Kind.SPEECH) {
        for (int i = t.indexAt(q.text().start()); i < t.size() && t.get(i).end() <= q.text().end(); i++) {
          speech[i] = true;
        }
      }
    }
    return speech;
  }

  /** Roles after the guest's written name, after a reference that opens a sentence, and in "As chair of X, Y". */
  private static void readRoles(Tokens t, OrganisationTable orgs, Cast cast, List<PersonOccurrence> occurrences,
      List<PersonMention> mentions) {
    RoleReader roles = new RoleReader(t, orgs);
    Map<Integer, PersonOccurrence> occurrenceAt = new HashMap<>();
    occurrences.forEach(o -> occurrenceAt.put(o.from(), o));
    for (PersonOccurrence o : occurrences) {
      Member m = o.nameWords() >= 2 ? cast.find(o.name().name()) : null;
      if (m != null) {
        m.addRoles(rolesAfter(t, roles, o.to() + 1));
        PersonOccurrence partner = t.is(o.to() + 1, "and") ? occurrenceAt.get(o.to() + 2) : null;
        if (partner != null && t.isAny(partner.to() + 1, PLURAL_COPULAS)) {
          m.addRoles(rolesAfter(t, roles, partner.to() + 1)); // "A and B are joint chief executives of X"
        }
      }
      if (m != null && m.part() == Part.GUEST) {
        m.addRoles(rolesBecome(t, roles, o.to() + 1));
        m.addRoles(titleBeforeName(t, orgs, o));
      }
    }
    PersonMention[] byStart = new PersonMention[t.size()];
    mentions.forEach(pm -> byStart[t.indexAt(pm.span().start())] = pm); // a mention starts at a token
    for (PersonMention pm : mentions) {
      int i = t.indexAt(pm.span().start());
      int last = t.indexAt(pm.span().end()) - 1;
      Member m = cast.find(pm.fullName());
      if (m == null || m.part() != Part.GUEST || pm.form() == PersonMention.Form.FULL_NAME) {
        continue;
      }
      boolean subject = t.startsSentence(i) || i > 0 && t.startsSentence(i - 1) && t.get(i - 1).isNeverName();
      if (subject && COPULAS.contains(t.at(last + 1) == null ? "" : t.get(last + 1).text())) {
        m.addRoles(rolesAfter(t, roles, last + 1)); // "Sari is ...", "Lisäksi Sari on ..." (In addition, ...)
      } else if (t.startsSentence(i) && pm.form() != PersonMention.Form.PRONOUN) {
        // "Delgado-Reyes, the VP/GM at X, runs ...", "Väänänen toimii X:n hoitotyön johtajana"
        List<Role> after = rolesAfter(t, roles, last + 1);
        m.addRoles(after.isEmpty() ? rolesBecome(t, roles, last + 1) : after);
      } else if (pm.form() == PersonMention.Form.PRONOUN) {
        // "Today she is chief executive of X; a governor of Y", else "Since retiring he has become chair of ..."
        List<Role> stated = t.isAny(last + 1, PRONOUN_COPULAS) ? rolesAfter(t, roles, last + 1) : List.of();
        m.addRoles(stated.isEmpty() ? becomes(t, roles, last + 1) : stated);
      }
    }
    asRole(t, roles, cast, byStart);
  }

  /**
   * {@code joint chief executives} of two people named together: each holds {@code joint chief executive}. Only a
   * last word that is a role word once its {@code s} goes is made singular ({@code ... of people services} stays).
   */
  private static List<Role> singular(List<Role> plural) {
    return plural.stream().map(r -> {
      String title = r.title();
      String last = title.substring(title.lastIndexOf(' ') + 1);
      boolean s = last.endsWith("s") && !last.endsWith("ss")
          && Words.isRoleWord(last.substring(0, last.length() - 1));
      return s ? Role.builder().from(r).title(title.substring(0, title.length() - 1)).build() : r;
    }).toList();
  }

  /**
   * {@code Superintendent Lena Brandt of Calderbrook Police}: a title written before the name as an honorific, and
   * the organisation after {@code of} or {@code at} right after the name.
   */
  private static List<Role> titleBeforeName(Tokens t, OrganisationTable orgs, PersonOccurrence o) {
    int end = o.from(); // the honorific may be read as part of the name, or stand before it
    while (end < o.to() && end - o.from() < MAX_TITLE_WORDS && t.get(end).isHonorific() && t.isRoleWord(end)) {
      end++;
    }
    int start = end > o.from() ? o.from() : o.from() - 1;
    while (end == o.from() && start >= 0 && o.from() - start <= MAX_TITLE_WORDS && t.get(start).isCapitalised()
        && t.isRoleWord(start) && !t.startsSentence(start + 1)) {
      start--;
    }
    if (end == o.from() && start == o.from() - 1) {
      return organisationTitleBefore(t, orgs, o.from());
    }
    int from = end > o.from() ? o.from() : start + 1;
    int to = end > o.from() ? end - 1 : o.from() - 1;
    int at = o.to() + 1;
    int org = t.is(at + 1, "the") ? at + 2 : at + 1;
    if (to < from || !t.isAny(at, "of", "at") || !orgs.covers(org) || orgs.at(org) == null) {
      return List.of();
    }
    return List.of(Role.builder().title(t.text(from, to)).organisation(orgs.at(org).toOrganisation())
        .current(true).build());
  }

  /**
   * {@code Harbour Mutual chief executive Jo Lake}, {@code Saimaanrannan hyvinvointialueen kehitysjohtaja Markus
   * Lindholm}: a lower-case title between an organisation and the name at {@code name}.
   */
  private static List<Role> organisationTitleBefore(Tokens t, OrganisationTable orgs, int name) {
    int from = name;
    while (from > 0 && name - from < MAX_TITLE_WORDS && t.get(from - 1).isWord() && t.get(from - 1).isLowerCase()
        && !orgs.covers(from - 1)) {
      from--;
    }
    int org = from - 1;
    if (from == name || org < 0 || !orgs.covers(org) || orgs.at(org) == null || orgs.endOf(org) != org
        || !t.isRoleWord(name - 1)) {
      return List.of();
    }
    return List.of(Role.builder().title(t.text(from, name - 1)).organisation(orgs.at(org).toOrganisation())
        .current(true).build());
  }

  /** {@code , Role of Org} or {@code is Role of Org} right after a name. */
  private static List<Role> rolesAfter(Tokens t, RoleReader roles, int j) {
    Token next = t.at(j);
    if (next == null) {
      return List.of();
    }
    if (next.is(",") && t.at(j + 1) != null && WHO.contains(t.get(j + 1).text())) {
      return rolesAfterWho(t, roles, j + 2);
    }
    if (next.is("(")) {
      return roles.bracketed(j); // a panel's list: "X (Director, Fire and Rescue Services, Ndere County Council)"
    }
    int chairs = chairsAt(t, j);
    if (chairs >= 0) {
      return roles.clause(chairs, false); // "X (now) chairs the board of Y": the clause reader makes it "chair"
    }
    if (next.isAny(",", "–", "—")) {
      return roles.clause(j + 1, false); // "X – a ward sister at Y who ..." as "X, a ward sister at Y"
    }
    if (COPULAS.contains(next.text()) || next.isAny(PLURAL_COPULAS)) {
      // "was appointed chair of X in 2021" tells when a current role began
      boolean past = (PAST.contains(next.text()) || next.is("were")) && !t.isAny(j + 1, APPOINTED);
      int role = j + 1 < t.size() ? roleAfterVerb(t, j + 1) : -1;
      // "on toiminut X:n kaupunginjohtajana": has worked as
      List<Role> found = roles.clause(role > 0 ? role : j + 1, past);
      return next.isAny(PLURAL_COPULAS) ? singular(found) : found;
    }
    if (t.isAny(j, "has", "have", "had", "har", "hade", "hadde", "havde") && hasPerfectCopula(t, j + 1)) {
      // "has been Director of People at X since 2019", "har siden 2019 været direktør for ..."
      return roles.clause(j + 1, t.isAny(j, "had", "hade", "hadde", "havde"));
    }
    return List.of();
  }

  /** The {@code chairs} of {@code chairs X} or {@code now chairs X} at {@code j}, or -1. */
  private static int chairsAt(Tokens t, int j) {
    int k = t.isAny(j, "now", "also", "currently", "still") ? j + 1 : j;
    return t.is(k, "chairs") ? k : -1;
  }

  /**
   * {@code Jo Bell, who is chief executive of X}, {@code ..., joka toimii X:n toimitusjohtajana}, {@code ..., who
   * serves as}, {@code ..., who leads X as its ...}: the role after the relative word at {@code i - 1}.
   */
  private static List<Role> rolesAfterWho(Tokens t, RoleReader roles, int i) {
    if (i >= t.size()) {
      return List.of();
    }
    if (t.isAny(i, "chairs", "chaired")) {
      return roles.clause(i, false); // "who chairs the X": the clause reader makes it "chair"
    }
    if (hasPerfectCopula(t, i)) {
      return roles.clause(i, false); // "der siden 2020 har været skoledirektør i X": fillers the clause skips
    }
    return COPULAS.contains(t.get(i).text()) ? roles.clause(i + 1, PAST.contains(t.get(i).text()))
        : becomes(t, roles, i);
  }

  /**
   * {@code siden 2020 har været}, {@code has since 2019 been}, {@code sedan 2020 är}: fillers and years, then a
   * perfect copula, or a present one after a time phrase (verb-second word order).
   */
  private static boolean hasPerfectCopula(Tokens t, int i) {
    for (int k = i; k < t.size() && k - i < PERFECT_RUN; k++) {
      boolean present = k > i + 1 && COPULAS.contains(t.get(k).text()) && !PAST.contains(t.get(k).text());
      if (t.isAny(k, PERFECT_COPULAS) || present) {
        return true;
      }
      if (!t.lowerIn(k, Words.FILLER) && !Character.isDigit(t.get(k).firstChar())) {
        return false;
      }
    }
    return false;
  }

  /**
   * {@code X served in the army before becoming Director of Operations at Y}: the role X went on to; or
   * {@code X served 34 years and was Chief Officer of Y}: a role after a second verb of the sentence.
   */
  private static List<Role> rolesBecome(Tokens t, RoleReader roles, int from) {
    int end = Math.min(t.sentenceEnd(Math.min(from, t.size() - 1)), from + BECOME_WINDOW);
    for (int i = from; i <= end && i < t.size(); i++) {
      String word = t.get(i).text();
      int role = roleAfterVerb(t, i);
      if (role > 0) {
        return roles.clause(role, t.isAny(i, PAST_ROLE_VERBS));
      }
      List<Role> run = roles.organisationThenAs(i);
      if (!run.isEmpty()) {
        return run;
      }
      List<Role> where = roles.whereHeld(i);
      if (!where.isEmpty()) {
        return where;
      }
      if (AND.contains(word) && i + 1 < t.size() && COPULAS.contains(t.get(i + 1).text())) {
        return roles.clause(i + 2, PAST.contains(t.get(i + 1).text()));
      }
    }
    return List.of();
  }

  /**
   * Where a role starts after the verb at {@code i}: {@code became}, {@code took over as}, {@code serves as}; or -1.
   */
  private static int roleAfterVerb(Tokens t, int i) {
    String word = t.get(i).text();
    if (BECOME.contains(word)) {
      return i + 1;
    }
    if (!ROLE_VERBS.contains(word)) {
      return -1; // most words: one look-up, no more tests
    }
    if (t.isAny(i, TOOK) && t.is(i + 1, "over") && t.is(i + 2, "as")) {
      return i + 3;
    }
    if (t.isAny(i, TOOK) && t.is(i + 1, "up") && t.is(i + 2, "the") && t.isAny(i + 3, POSTS) && t.is(i + 4, "of")) {
      return i + 5; // "took up the post of Chief Executive at X"
    }
    if (t.isAny(i, TOOK_UP_AS)) {
      return t.is(i + 1, "som") ? i + 2 : -1; // Swedish/Danish "took up (the post) as"
    }
    if (t.isAny(i, FINNISH_WORKS)) {
      return i + 1; // Finnish "works/has worked (as)": the role follows in the essive, "X:n toimitusjohtajana"
    }
    if (t.isAny(i, APPOINTED)) {
      return t.is(i + 1, "as") ? i + 2 : i + 1; // "was appointed (as) chief executive of X"
    }
    return t.isAny(i, SERVES) && t.is(i + 1, "as") ? i + 2 : -1;
  }


  /**
   * {@code he became Chair of Y}, {@code she has become director of Y}, {@code she now also serves as director of
   * Y}: right after the token before {@code i}.
   */
  private static List<Role> becomes(Tokens t, RoleReader roles, int i) {
    int verb = i < t.size() && PERFECT.contains(t.get(i).text()) ? i + 1 : i;
    while (verb < t.size() && t.isAny(verb, "now", "also", "currently", "still")) {
      verb++;
    }
    int role = verb < t.size() ? roleAfterVerb(t, verb) : -1;
    return role > 0 ? roles.clause(role, t.isAny(verb, PAST_ROLE_VERBS)) : roles.organisationThenAs(verb);
  }

  /** {@code At X, where she has served as vice provost since 2021, Dr Jo Fitch ...}: the guest's role at X. */
  private static void atWhere(Tokens t, RoleReader roles, Cast cast, PersonMention[] byStart, int at) {
    int where = roles.whereAfterAt(at);
    int subject = where < 0 ? -1 : roles.subjectAfterWhere(where);
    PersonMention pm = subject >= 0 && subject < t.size() ? byStart[subject] : null;
    while (pm == null && subject >= 0 && subject + 1 < t.size()
        && (t.get(subject).isHonorific() || t.is(subject, "."))) {
      pm = byStart[++subject]; // "Dr. Jo Fitch": a mention may start at the name
    }
    Member m = pm == null ? null : cast.find(pm.fullName());
    if (m != null && m.part() == Part.GUEST) {
      m.addRoles(roles.whereHeld(where));
    }
  }

  /** {@code As chair of EMT, Ruth ...}, {@code In 2024, as General Secretary of X, Morag ...}. */
  private static void asRole(Tokens t, RoleReader roles, Cast cast, PersonMention[] byStart) {
    for (int i = 0; i < t.size(); i++) {
      if (t.is(i, "At") && t.startsSentence(i)) {
        atWhere(t, roles, cast, byStart, i);
        continue;
      }
      boolean opens = t.startsSentence(i) && t.is(i, "As") || t.is(i, "as") && t.isAny(i - 1, AS_OPENERS);
      if (!opens) {
        continue;
      }
      int comma = i + 1;
      while (comma < t.size() && comma - i < AS_PHRASE && !t.is(comma, ",") && !t.startsSentence(comma)) {
        comma++;
      }
      PersonMention pm = t.is(comma, ",") && comma + 1 < t.size() ? byStart[comma + 1] : null;
      Member m = pm == null ? null : cast.find(pm.fullName());
      if (m != null && m.part() == Part.GUEST) {
        m.addRoles(roles.clause(i + 1, false));
      }
    }
  }
}
