package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.parse.Cast.Part;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides who is a host, a guest or another person. Guests: the title's guests; {@code <Host> speaks with X};
 * {@code X joins <Host>}; the subject of the opening {@code X is <role>} sentence; {@code X, Role, Org} lines;
 * transcript labels that are not the host's. A sentence about the next or last episode names people, not guests.
 */
final class CastReader {
  static final Set<String> MEETING_VERBS = Set.of("speaks", "talks", "chats", "sits", "catches", "welcomes",
      "interviews", "meets", "joined", "keskustelee", "keskustelevat", "pratar", "samtalar", "snakker", "taler",
      "spricht", "parle", "habla", "speak", "talk", "chat", "guest", "guests", "conversation", "interview",
      "gäst", "vieras", "vieraana", "gæst", "gast", "invité", "invitée", "invitado", "invitada", "ospite");
  static final Set<String> MEETING_LINKS = Set.of("with", "to", "down", "back", "up", "by", "is", "med",
      "mit", "avec", "con", "again", "in", "the", "today", "also", "once", "more", "this", "week", "är",
      "on", "ist", "est", "è", "es", "special", "idag", "tänään");
  static final Set<String> OTHER_EPISODE = Set.of("next", "upcoming", "coming", "last", "previous",
      "nästa", "seuraavassa", "seuraava", "næste", "neste", "nächste", "prochain", "prochaine", "forrige");
  private static final Set<String> COPULAS = Set.of("is", "was", "är", "var", "on", "oli", "er", "ist", "est", "es",
      "è", "é", "era", "fue", "foi", "était");
  static final Set<String> HOST_WORDS = Set.of("host", "hosts", "co-host", "presenter", "interviewer", "juontaja",
      "värd", "programledare", "vært", "programleder", "vert", "moderator", "gastgeber", "gastgeberin",
      "animateur", "animatrice", "presentador", "presentadora", "conduttore", "conduttrice");
  private static final int MAX_LINE_TOKENS = 30;
  /** Sentences the body may open with before its subject is named: a greeting, a teaser. */
  private static final int OPENING_SENTENCES = 5;
  private static final String[] SUBORDINATORS = {"When", "After", "Since", "As", "Before", "Once", "Until"};
  private static final String[] POST_VERBS = {"became", "becomes", "took", "joined", "was", "has", "had",
      "started", "founded", "co-founded", "leads", "led", "runs", "ran"};
  private static final String[] MEETING_NOUNS = {"conversation", "interview", "chat", "talk"};
  /** Words before a conversation that the text tells of: {@code about a hard conversation with}. */
  private static final String[] TELLING_WORDS = {"about", "of", "after", "during", "recalls", "recalled",
      "describes", "described", "remembers", "had", "having"};
  /** Words from a meeting noun back to its phrase's start: {@code about a hard conversation}. */
  private static final int NOUN_PHRASE = 4;
  /** Nouns for this episode's guest before a copula: {@code Our guest is ...}, {@code Vieraana on ...}. */
  private static final Set<String> GUEST_NOUNS = Set.of("guest", "vieraana", "vieras", "vieraanamme", "gäst",
      "gæst", "gjest", "gast", "invité", "invitée", "invitado", "invitada", "ospite", "joining");
  /** Lower-case words of description between such a copula and the name ({@code tekniikan tohtori}). */
  private static final int DESCRIPTION_WORDS = 4;
  private static final int APPOSITIVE_ROLE_WORDS = 6;
  private static final int MAX_RANK_WORDS = 4;
  private static final String[] AND = {"and", "&", "ja", "och", "og", "und", "et", "y", "e"};
  private static final String[] ON = {"on", "in"};
  /** "with" in the verb-second languages ({@link #verbBeforeSubject}). */
  private static final String[] WITH = {"med", "mit", "avec", "con"};
  static final Set<String> DISCUSSION_VERBS = Set.of("discuss", "discusses", "explore", "explores",
      "diskuterar", "keskustelevat", "drøfter", "diskutiert", "discute");
  private static final int TOPIC_WORDS = 6;
  /** How far around a name the reader looks, in tokens: keeps every look-up bounded (linear time). */
  private static final int WINDOW = 40;

  private final Tokens t;
  private final List<PersonOccurrence> occurrences;
  private final Map<Integer, PersonOccurrence> byStart = new HashMap<>();
  private final Map<Integer, PersonOccurrence> byEnd = new HashMap<>();
  /** The first name written in full for each surname: {@code Dr Quell} later in the text is that person. */
  private final Map<String, PersonOccurrence> firstFullBySurname = new HashMap<>();
  private final Cast cast = new Cast();
  private boolean hasGuest;
  /** The header's show name, if any: {@code X talks to Y on <Show>} makes Y the host. */
  private String showName;
  /** Every capitalised word of the body, built on first need ({@link #writtenStem}). */
  private Set<String> capitalisedWords;

  private CastReader(Tokens t, List<PersonOccurrence> occurrences) {
    this.t = t;
    this.occurrences = occurrences;
    occurrences.forEach(o -> byStart.put(o.from(), o));
    occurrences.forEach(o -> byEnd.put(o.to(), o));
    occurrences.stream().filter(o -> o.nameWords() >= 2)
        .forEach(o -> firstFullBySurname.putIfAbsent(lastWord(o.name().name()), o));
  }

  private static String lastWord(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  /** The cast, with {@code header}'s hosts and title guests and what the body says. */
  static Cast read(Tokens t, List<PersonOccurrence> occurrences, Header header) {
    CastReader r = new CastReader(t, occurrences);
    r.showName = header.showName().orElse(null);
    header.hosts().forEach(h -> r.cast.add(h, Part.HOST));
    header.titleGuests().forEach(g -> r.addGuest(g));
    r.bodyHosts();
    r.bodyGuests();
    r.others();
    return r.cast;
  }

  private void addGuest(PersonName name) {
    Cast.Member m = cast.find(name.name());
    if (m == null || m.part() != Part.HOST) {
      cast.add(name, Part.GUEST);
      hasGuest = true;
    }
  }

  private void bodyHosts() {
    for (PersonOccurrence o : occurrences) {
      Token before = t.at(o.from() - 1);
      if (before != null && t.lowerIn(o.from() - 1, Words.HOST_WORD)) {
        cast.add(o.name(), Part.HOST);
      }
    }
    transcriptHost();
  }

  /** The transcript label whose first line welcomes the listener is the host's. */
  private void transcriptHost() {
    for (PersonOccurrence o : occurrences) {
      if (isLabel(o)) {
        for (int i = o.to() + 1; i <= o.to() + WINDOW && i < t.size() && !isLabelAt(i); i++) {
          if (t.get(i).isIgnoreCase("welcome")) {
            cast.add(o.name(), Part.HOST);
            return;
          }
        }
        return;
      }
    }
  }

  private boolean isLabelAt(int i) {
    PersonOccurrence o = byStart.get(i);
    return o != null && isLabel(o);
  }

  private boolean isLabel(PersonOccurrence o) {
    return isLabel(t, o);
  }

  /** {@code [03:05] Jo Bell:} at the start of a line. */
  static boolean isLabel(Tokens t, PersonOccurrence o) {
    if (!t.is(o.to() + 1, ":")) {
      return false;
    }
    int p = o.from() - 1;
    if (t.is(p, "]") || t.is(p, ")")) {
      while (p >= 0 && o.from() - p < MAX_LINE_TOKENS && !t.isAny(p, "[", "(")) {
        p--;
      }
      return p >= 0 && t.isAny(p, "[", "(") && t.startsLine(p);
    }
    return t.startsLine(o.from());
  }

  private void bodyGuests() {
    boolean first = true;
    PersonOccurrence lastGuest = null;
    for (PersonOccurrence o : occurrences) {
      if (isHost(o)) {
        continue;
      }
      boolean opening = (first || !hasGuest) && opensWithRole(o);
      boolean listed = listedWith(lastGuest, o) || joinedTo(lastGuest, o);
      if (opening || metBy(o) || describedGuest(o) || joins(o) || isGuestLine(o) || isLabel(o) || listed) {
        addGuest(normalised(writtenInFull(o)));
        lastGuest = o;
      }
      first = false;
    }
    if (!hasGuest) {
      openingSubject();
    }
    hostsBeforeGuestFirstNames();
  }

  /** {@code Dr Quell} after {@code Harriet Quell}: the occurrence that gave the name in full. */
  private PersonOccurrence writtenInFull(PersonOccurrence o) {
    PersonOccurrence full = o.nameWords() == 1 ? firstFullBySurname.get(o.name().name()) : null;
    return full != null && full.from() < o.from() ? full : o;
  }

  private boolean isHost(PersonOccurrence o) {
    Cast.Member m = cast.find(o.name().name());
    return m != null && m.part() == Part.HOST;
  }

  /** {@code X is Chief Executive of ...} as the first name of the body. */
  private boolean opensWithRole(PersonOccurrence o) {
    int j = o.to() + 1;
    if (t.is(j, ",")) {
      j++;
    }
    Token verb = t.at(j);
    if (verb == null || !COPULAS.contains(verb.text()) || !t.startsSentence(o.from())) {
      return false;
    }
    for (int k = j + 1; k < t.size() && k <= j + 8 && !t.startsSentence(k); k++) {
      if (t.isRoleWord(k)) {
        return true;
      }
    }
    return false;
  }

  /** {@code <Host> speaks with X}: X, unless the sentence is about another episode. */
  private boolean metBy(PersonOccurrence o) {
    int j = beforeRank(o.from());
    int links = 0;
    while (j >= 0 && links < 4 && t.lowerIn(j, Words.MEETING_LINK)) {
      j--;
      links++;
    }
    j = beforeAnnouncedGroup(j);
    j = t.is(o.from() - 1, "with") ? verbBeforeTopic(j) : verbBeforeSubject(j);
    Token verb = t.at(j);
    boolean discussion = verb != null && t.lowerIn(j, Words.DISCUSSION_VERB) && t.is(o.from() - 1, "with");
    if (verb == null || !t.lowerIn(j, Words.MEETING_VERB) && !discussion || aboutOtherEpisode(o)
        || toldConversation(j)) {
      return false;
    }
    if (hostsTheShow(o)) {
      // "Simon X talks to Priyanka Y on Council Matters": the one met on the show is its host
      cast.add(o.name(), Part.HOST);
      PersonOccurrence subject = byEnd.get(t.is(j - 1, "is") ? j - 2 : j - 1);
      if (subject != null && subject.nameWords() >= 2 && !isHost(subject)) {
        addGuest(normalised(subject));
      }
      return false;
    }
    markInterviewer(j - 1);
    return true;
  }

  /**
   * {@code She is candid about a hard conversation with X}, {@code recalls an early interview with X}: a conversation
   * the text tells of, not this episode's; the noun at {@code noun} follows a telling word within its phrase.
   */
  private boolean toldConversation(int noun) {
    if (!t.isAny(noun, MEETING_NOUNS)) {
      return false;
    }
    for (int k = noun - 1; k >= 0 && noun - k <= NOUN_PHRASE; k--) {
      if (t.isAny(k, TELLING_WORDS)) {
        return true;
      }
      if (!t.get(k).isWord() || !t.get(k).isLowerCase()) {
        return false;
      }
    }
    return false;
  }

  /** Whether {@code on <Show>} follows the name: the header's show, right after it. */
  private boolean hostsTheShow(PersonOccurrence o) {
    int k = o.to() + 1;
    if (showName == null || showName.isBlank() || !t.isAny(k, ON) || k + 1 >= t.size()) {
      return false;
    }
    return t.text().startsWith(showName, t.get(k + 1).start());
  }

  /**
   * {@code This week's guest is former chief constable X}, {@code Vieraana on tekniikan tohtori X}: a guest noun,
   * a copula and a few lower-case words describing the person just before the name.
   */
  private boolean describedGuest(PersonOccurrence o) {
    int j = o.from() - 1;
    int words = 0;
    while (j >= 0 && words < DESCRIPTION_WORDS && t.get(j).isWord() && t.get(j).isLowerCase()
        && !COPULAS.contains(t.get(j).text())) {
      j--;
      words++;
    }
    return words > 0 && j >= 1 && COPULAS.contains(t.get(j).text()) && GUEST_NOUNS.contains(t.lower(j - 1))
        && !aboutOtherEpisode(o);
  }

  /**
   * The token before a rank or title written in front of the name at {@code from} ({@code with Chief Constable
   * X}, {@code with Deputy Chief Fire Officer X}), or {@code from - 1} when there is none.
   */
  private int beforeRank(int from) {
    int j = from - 1;
    if (j < 0 || !t.get(j).isCapitalised() || !t.isRoleWord(j)) {
      return j;
    }
    while (j >= 0 && from - j <= MAX_RANK_WORDS && t.get(j).isWord() && t.get(j).isCapitalised()) {
      j--;
    }
    return j;
  }

  /** {@code talks to two HR leaders: X ...}: the verb before a short lower-case group and a colon. */
  private int beforeAnnouncedGroup(int j) {
    if (!t.is(j, ":")) {
      return j;
    }
    int k = j - 1;
    while (k >= 0 && j - k <= 5 && t.get(k).isWord() && !t.lowerIn(k, Words.MEETING_VERB)) {
      k--;
    }
    while (k >= 0 && j - k <= 7 && t.lowerIn(k, Words.MEETING_LINK) && !t.lowerIn(k, Words.MEETING_VERB)) {
      k--;
    }
    return k >= 0 && t.lowerIn(k, Words.MEETING_VERB) ? k : j;
  }

  /**
   * {@code I denne episode taler Ida og Bo med X}: in the verb-second order of Nordic and German sentences the
   * host's names stand between the verb and {@code med}; the verb's index, or {@code j}.
   */
  private int verbBeforeSubject(int j) {
    if (j < 1 || !t.get(j).isCapitalised() || !t.isAny(j + 1, WITH)) {
      return j;
    }
    int k = j - 1;
    if (t.isAny(k, AND) && k >= 1 && t.get(k - 1).isCapitalised()) {
      k -= 2;
    }
    return k >= 0 && t.lowerIn(k, Words.MEETING_VERB) ? k : j;
  }

  /** {@code Jo and Al discuss the new plan with X}: a discussion verb a few lower-case words before "with". */
  private int verbBeforeTopic(int j) {
    for (int k = j; k >= 0 && j - k <= TOPIC_WORDS && t.get(k).isWord() && t.get(k).isLowerCase(); k--) {
      if (t.lowerIn(k, Words.MEETING_VERB) || t.lowerIn(k, Words.DISCUSSION_VERB)) {
        return k;
      }
    }
    return j;
  }

  /** The name just before the meeting verb is a host's when the header did not say. */
  private void markInterviewer(int last) {
    int k = t.is(last, "is") ? last - 1 : last;
    PersonOccurrence o = byEnd.get(k);
    if (o != null && o.nameWords() >= 2) {
      cast.add(o.name(), Part.HOST);
      PersonOccurrence co = t.isAny(o.from() - 1, "and", "&") ? byEnd.get(o.from() - 2) : null;
      if (co != null && co.nameWords() >= 2) {
        cast.add(co.name(), Part.HOST);
      }
    }
  }

  private boolean aboutOtherEpisode(PersonOccurrence o) {
    for (int i = Math.max(t.sentenceStartOf(o.from()), o.from() - WINDOW); i < o.from(); i++) {
      if (t.lowerIn(i, Words.OTHER_EPISODE)) {
        return true;
      }
    }
    return false;
  }

  /** {@code ... Tom Marsh, HR Director at X, and Ana Rivas, Head of Talent at Y}: a second guest in a list. */
  private boolean listedWith(PersonOccurrence guest, PersonOccurrence o) {
    if (guest == null || t.sentenceOf(guest.from()) != t.sentenceOf(o.from()) || o.from() - guest.to() > WINDOW) {
      return false;
    }
    boolean joined = t.is(o.from() - 1, "and") || t.is(o.from() - 1, ",");
    return joined && t.is(o.to() + 1, ",") && roleNear(o.to() + 2) && t.is(guest.to() + 1, ",");
  }

  /** A role word among the first words of the appositive at {@code k}: {@code the health board’s vice chair}. */
  private boolean roleNear(int k) {
    for (int i = k; i < t.size() && i - k < APPOSITIVE_ROLE_WORDS && !t.isAny(i, ",", ".", ";", ":"); i++) {
      if (t.isRoleWord(i)) {
        return true;
      }
    }
    return false;
  }

  /** {@code talks with Helmi Väänänen and Jarkko Söderholm}: a name joined to a guest's by "and". */
  private boolean joinedTo(PersonOccurrence guest, PersonOccurrence o) {
    return guest != null && guest.to() == o.from() - 2 && t.isAny(o.from() - 1, AND)
        && o.nameWords() >= 2;
  }

  /** {@code Sara Lim sits down with Ian}: the full name before a meeting verb and a guest's first name. */
  private void hostsBeforeGuestFirstNames() {
    java.util.Set<String> firstNames = new java.util.HashSet<>();
    cast.withPart(Part.GUEST).forEach(g -> firstNames.add(g.firstName()));
    for (PersonOccurrence o : occurrences) {
      int j = o.to() + 1;
      if (o.nameWords() < 2 || isHost(o) || j >= t.size() || !t.lowerIn(j, Words.MEETING_VERB)) {
        continue;
      }
      int k = j + 1;
      while (k < t.size() && k - j <= 3 && t.lowerIn(k, Words.MEETING_LINK)) {
        k++;
      }
      Cast.Member m = cast.find(o.name().name());
      if (k < t.size() && firstNames.contains(t.get(k).text()) && (m == null || m.part() != Part.GUEST)) {
        cast.add(o.name(), Part.HOST);
      }
    }
  }

  /** {@code X joins <Host> to talk about ...}. */
  private boolean joins(PersonOccurrence o) {
    return t.is(o.to() + 1, "joins") && !aboutOtherEpisode(o);
  }

  /** A line of its own: {@code X, Director of Adult Care, Eastmere Council}. */
  private boolean isGuestLine(PersonOccurrence o) {
    if (!t.startsLine(o.from()) || !t.is(o.to() + 1, ",")) {
      return false;
    }
    boolean role = false;
    int i = o.to() + 2;
    for (; i < t.size() && !t.startsLine(i); i++) {
      if (i - o.from() > MAX_LINE_TOKENS || t.isAny(i, ".", "!", "?")) {
        return false;
      }
      role |= t.isRoleWord(i);
    }
    return role;
  }

  /** With no other evidence: the name that opens the body's first sentence, or its introductory clause ends before. */
  private void openingSubject() {
    for (PersonOccurrence o : occurrences) {
      if (isHost(o)) {
        continue; // "Welcome back to X, with your host, Claire Dunmore. ... When Tobias Y became ..."
      }
      boolean subject = t.startsSentence(o.from()) || t.is(o.from() - 1, ","); // "Since taking over as X, Y has"
      boolean first = t.sentenceOf(o.from()) == 0 || t.sentenceOf(o.from()) < OPENING_SENTENCES && takesUp(o);
      if (o.nameWords() >= 2 && first && (subject || afterSubordinator(o))) {
        addGuest(normalised(o));
      }
      return;
    }
  }

  /** {@code When X became ...}: the name opens a clause at the sentence's start. */
  private boolean afterSubordinator(PersonOccurrence o) {
    return t.startsSentence(o.from() - 1) && t.isAny(o.from() - 1, SUBORDINATORS) && takesUp(o);
  }

  /** {@code X became Chief Executive}, {@code X is ...}, {@code X took up}: a verb of holding a post after the name. */
  private boolean takesUp(PersonOccurrence o) {
    return t.isAny(o.to() + 1, POST_VERBS)
        || COPULAS.contains(t.at(o.to() + 1) == null ? "" : t.get(o.to() + 1).text());
  }

  /**
   * {@code Söderholmin} → {@code Söderholm} when the text also writes the bare stem: a foreign surname ending in
   * a consonant takes {@code -in} in the Finnish genitive, which the usual rule would read as {@code Söderholmi}.
   */
  private String writtenStem(String word) {
    int n = word.length();
    if (n < 6 || !word.endsWith("in") || NordicNames.isVowel(word.charAt(n - 3))) {
      return null;
    }
    if (capitalisedWords == null) {
      capitalisedWords = new java.util.HashSet<>();
      for (int i = 0; i < t.size(); i++) {
        if (t.get(i).isCapitalised()) {
          capitalisedWords.add(t.get(i).bare());
        }
      }
    }
    String stem = word.substring(0, n - 2);
    return capitalisedWords.contains(stem) ? stem : null;
  }

  /** Everyone else named in full. */
  private void others() {
    for (PersonOccurrence o : occurrences) {
      if (o.nameWords() >= 2 && cast.find(o.name().name()) == null) {
        cast.add(normalised(o), Part.PERSON);
      } else if (o.nameWords() >= 2) {
        cast.find(o.name().name()).learn(o.name());
      }
    }
  }

  /** {@code Helmi Lahtisen} in a Finnish sentence is {@code Helmi Lahtinen}. */
  private PersonName normalised(PersonOccurrence o) {
    if (cast.find(o.name().name()) != null) {
      return o.name();
    }
    NordicNames.Language lang = NordicNames.languageOf(t, Math.max(t.sentenceStartOf(o.from()), o.from() - WINDOW),
        Math.min(t.sentenceEnd(o.from()), o.to() + WINDOW));
    String name = o.name().name();
    int space = name.lastIndexOf(' ');
    String last = name.substring(space + 1);
    if (lang == NordicNames.Language.SCANDINAVIAN) {
      Token next = t.at(o.nameTo() + 1);
      if (next == null || !next.isWord() || !next.isLowerCase()) {
        return o.name();
      }
    }
    String base = lang == NordicNames.Language.FINNISH ? writtenStem(last) : null;
    base = base != null ? base : NordicNames.baseForm(last, lang);
    return base.equals(last) ? o.name() : new PersonName(name.substring(0, space + 1) + base,
        o.name().honorific(), o.name().postNominals(), o.name().appearance());
  }
}
