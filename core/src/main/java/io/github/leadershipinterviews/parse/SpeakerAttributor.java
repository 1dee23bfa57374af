package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Quotation;
import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.parse.PersonRefs.Kind;
import io.github.leadershipinterviews.parse.PersonRefs.Ref;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 5: turns quoted speech into quotations and finds who the text says spoke each one.
 *
 * <p>The rules, tried in order for each passage of speech:
 * <ol>
 *   <li>an attribution just after the closing mark: {@code “...,” she says}, {@code “...,” Dr Bell told her},
 *       {@code ”...”, säger hon}, {@code «...», dit-elle}; a verb without its subject ({@code «...», afirma.}):
 *       the person the sentence before names first;</li>
 *   <li>in the clause before the opening mark (back to the sentence start, an earlier quotation, or across a
 *       line break when the line before ends in a colon): a name right before the mark
 *       ({@code quotes its chair, Jo Bell: “}); the person before {@code whose} ({@code Dr Bell, whose motto
 *       ...: “}); the person passed-on words came from ({@code the advice she got from Jo Bell: “});
 *       the subject of the nearest speech verb ({@code Jo says that “}, {@code Jo Bell, who told him: “});
 *       no one when that subject or source is someone unnamed ({@code a nurse told her: “}, {@code a line from
 *       her father: “}, {@code the report, which said “}); else the first person the clause names, a possessive
 *       before a word for another person ({@code her predecessor’s advice}) excepted;</li>
 *   <li>on a transcript line ({@code [05:44] Jo Bell: ...}): the labelled speaker, or whom they address when
 *       they say {@code you};</li>
 *   <li>a passage that opens its sentence continues the previous quotation's speaker, or else belongs to the
 *       person last referred to, unless they were only named in passing (for the first time, after someone else
 *       in their sentence or at its end); a clause that names no one (a report's words) gives no speaker.</li>
 * </ol>
 * Pronouns and first names resolve to full names through {@link PersonRefs}.
 *
 * <pre>{@code
 * List<Quotation> quotations = SpeakerAttributor.attribute(body, sentences, passages, entities);
 * }</pre>
 */
final class SpeakerAttributor {
  private static final Set<String> SPEECH_VERBS = Set.copyOf(Lexicon.load("speech-verbs.txt"));
  private static final LowerCaseWords RELATIVES = new LowerCaseWords(Lexicon.load("relative-pronouns.txt"));
  private static final Set<String> CLAUSE_WORDS = Set.copyOf(Lexicon.load("clause-words.txt"));
  private static final LowerCaseWords RELATIVE_POSSESSIVES =
      new LowerCaseWords(Lexicon.load("relative-possessives.txt"));
  private static final Set<String> RELATION_NOUNS = Set.copyOf(Lexicon.load("relation-nouns.txt"));
  private static final LowerCaseWords THIRD_PERSON = new LowerCaseWords(Lexicon.load("third-person-pronouns.txt"));
  private static final LowerCaseWords SECOND_PERSON = new LowerCaseWords(Lexicon.load("second-person.txt"));
  private static final List<String> UNNAMED_SPEAKER_WORDS = Lexicon.load("unnamed-speaker-words.txt");
  private static final LowerCaseWords SELF = new LowerCaseWords(tagged(UNNAMED_SPEAKER_WORDS, "self"));
  private static final LowerCaseWords OPENERS = new LowerCaseWords(tagged(UNNAMED_SPEAKER_WORDS, "opener"));
  private static final List<String> ADVICE_WORDS = Lexicon.load("advice-words.txt");
  private static final LowerCaseWords ADVICE = new LowerCaseWords(tagged(ADVICE_WORDS, "advice"));
  private static final LowerCaseWords SOURCE = new LowerCaseWords(tagged(ADVICE_WORDS, "source"));
  private static final LowerCaseWords CREDIT = new LowerCaseWords(tagged(ADVICE_WORDS, "credit"));
  private static final LowerCaseWords THAT = new LowerCaseWords(tagged(ADVICE_WORDS, "that"));
  private static final LowerCaseWords ANSWER = new LowerCaseWords(tagged(ADVICE_WORDS, "answer"));
  private static final LowerCaseWords REPEAT = new LowerCaseWords(tagged(ADVICE_WORDS, "repeat"));
  private static final LowerCaseWords GIVE = new LowerCaseWords(tagged(ADVICE_WORDS, "give"));
  private static final LowerCaseWords CITED = new LowerCaseWords(tagged(ADVICE_WORDS, "cited"));
  private static final LowerCaseWords CITED_BY = new LowerCaseWords(tagged(ADVICE_WORDS, "citedby"));
  /** {@code with the advice}, {@code with this advice}: a word between the credit preposition and the noun. */
  private static final LowerCaseWords DETERMINERS = new LowerCaseWords(Lexicon.load("determiners.txt"));
  /** {@code “...,” the host says}: a description that stands for the episode's host. */
  private static final Set<String> HOST_NOUNS = Set.copyOf(Lexicon.load("host-nouns.txt"));
  /** {@link #SPEECH_VERBS}, asked about a word of the body without a lower-case copy of it. */
  private static final LowerCaseWords SPEECH_VERB_WORDS = new LowerCaseWords(SPEECH_VERBS);

  /** {@code “...,” the former minister said}: a description after the mark. */
  private static final String DEFINITE_ARTICLE = "the";
  /** Words of a description before its speech verb ({@code the former minister told}). */
  private static final int DESCRIPTION_WORDS = 3;
  /** How far before a passage the person a description stands for may be named. */
  private static final int DESCRIBED_BACK = 2000;

  /** {@code insiste-t-elle}. */
  private static final String EUPHONIC_T = "-t-";

  /** One-letter transcript labels of a question: {@code Q:}, Spanish and Portuguese {@code P:}. */
  private static final String QUESTION_LABELS = "QP";

  /** {@code “...,” according to Jo Bell}. */
  private static final String ACCORDING = "according";

  /** How far back the clause before a quotation may reach. */
  private static final int MAX_CLAUSE = 400;
  /** How far a look-around after a closing mark or before a relative word may reach. */
  private static final int NEAR = 150;
  /** Lower-case words of a title between a conjunction and the name it stands before ({@code that chair Jo}). */
  private static final int TITLE_WORDS = 2;
  /** Words between a speech verb and its subject. */
  private static final int SUBJECT_WORDS = 6;
  /** How far after a possessive an appositive name may start ({@code his chief executive, Jo Bell}). */
  private static final int APPOSITIVE = 50;
  /** Words before a speech verb searched for a person, when deciding whether its subject is unnamed. */
  private static final int SUBJECT_WORDS_UNNAMED = 5;
  /** Words between a speech verb and a relative word whose antecedent is its subject. */
  private static final int RELATIVE_WORDS = 12;
  /** Speech verbs tried, nearest first. */
  private static final int VERBS_TRIED = 3;
  /** Words an attribution after the closing mark may run on before its clause ends. */
  private static final int TRAILING_WORDS = 4;
  /** Words between a credit preposition and the word for advice ({@code with the best advice}). */
  private static final int CREDIT_WORDS = 3;
  /** Words between a word for advice and its source preposition ({@code the advice Jo received from}). */
  private static final int SOURCE_WORDS = 4;
  /** Longest gap over which a quotation continues the previous one's speaker. */
  private static final int CONTINUATION_GAP = 300;

  private final String body;
  private final List<Span> sentences;
  private final List<QuotedPassage> quotes;
  private final PersonRefs refs;
  private final TranscriptLabels labels;
  /** The episode's hosts, as the header or the body's show phrase names them. */
  private final List<String> hosts;

  private SpeakerAttributor(String body, List<Span> sentences, List<QuotedPassage> quotes, Entities entities,
      List<String> hosts) {
    this.body = body;
    this.sentences = sentences;
    this.quotes = quotes;
    this.refs = PersonRefs.find(body, quotes, entities);
    this.labels = TranscriptLabels.find(body, refs);
    this.hosts = List.copyOf(hosts);
  }

  /** The quotations of {@code body}, for an episode whose hosts are not known. */
  static List<Quotation> attribute(String body, List<Span> sentences, List<QuotedPassage> quotes, Entities entities) {
    return attribute(body, sentences, quotes, entities, List.of());
  }

  /** The quotations of {@code body}: its passages of speech not inside another, in text order. */
  static List<Quotation> attribute(String body, List<Span> sentences, List<QuotedPassage> quotes, Entities entities,
      List<String> hosts) {
    SpeakerAttributor attributor = new SpeakerAttributor(body, sentences, quotes, entities, hosts);
    List<Quotation> out = new ArrayList<>();
    QuotedPassage previous = null;
    Optional<String> previousSpeaker = Optional.empty();
    Map<String, String> saidBy = new HashMap<>();
    int coveredTo = -1;
    for (QuotedPassage q : quotes) {
      boolean nested = q.marks().end() <= coveredTo;
      if (q.kind() != QuotedPassage.Kind.SPEECH || nested) {
        continue;
      }
      coveredTo = q.marks().end();
      String words = attributor.wordsOf(q);
      // "07:15 “Culture is what we tolerate”" in a chapter list: words quoted again are the same person's
      Optional<String> found = attributor.notTheAddressee(q, attributor.speakerOf(q, previous, previousSpeaker));
      Optional<String> speaker = attributor.notTheReported(q, found)
          .or(() -> Optional.ofNullable(saidBy.get(words)));
      speaker.ifPresent(name -> saidBy.putIfAbsent(words, name));
      out.add(Quotation.builder().text(q.text().in(body)).span(q.text()).speaker(speaker).build());
      previous = q;
      previousSpeaker = speaker;
    }
    return out;
  }

  /**
   * {@code Ana recalls a talk with Jo Bell: “Ana, the poor need ...”}: words that open by calling someone by name
   * are not theirs, but the nearest other person's the clause before them names; so are words that talk about
   * someone by name ({@code her president, Jo Bell: “Jo runs the college. My job ...”}).
   */
  private Optional<String> notTheAddressee(QuotedPassage q, Optional<String> speaker) {
    if (speaker.isEmpty() || !(speaker.equals(addressee(q)) || namedIn(q, speaker.get()))) {
      return speaker;
    }
    int opening = q.marks().start();
    List<Ref> before = refs.between(clauseStart(opening), opening);
    for (int i = before.size() - 1; i >= 0; i--) {
      Optional<String> name = before.get(i).kind() == Kind.NAME ? refs.resolve(before.get(i)) : Optional.empty();
      if (name.isPresent() && !name.equals(speaker)) {
        return name;
      }
    }
    // "Her boss, Jo Bell, comes in for praise: “Jo never asked ...”": the person a pronoun of the clause stands for
    Optional<String> referred = before.stream().filter(r -> r.kind() == Kind.PRONOUN || r.kind() == Kind.POSSESSIVE)
        .map(refs::resolve).flatMap(Optional::stream).filter(name -> !name.equals(speaker.get())).findFirst();
    if (referred.isPresent()) {
      return referred;
    }
    // "...with Dave “Dusty” Miller. “Dusty told me ...”": the person referred to before him
    return hasWords(clauseStart(opening), opening) ? Optional.empty() : someoneElseBefore(opening, speaker.get());
  }

  /**
   * {@code what he learned from his boss, Jo Bell: “He said that ...”}: words that tell what he or she said are not
   * the last-named person's, but the first other person's the clause names.
   */
  private Optional<String> notTheReported(QuotedPassage q, Optional<String> speaker) {
    Span pronoun = NearbyWords.after(body, q.text().start(), q.text().end(), "“”\"‘’'«»„");
    Span verb = pronoun == null ? null : NearbyWords.after(body, pronoun.end(), q.text().end(), "");
    if (speaker.isEmpty() || verb == null || !THIRD_PERSON.containsLowered(body, pronoun) || !isSpeechVerb(verb)) {
      return speaker;
    }
    int opening = q.marks().start();
    List<Ref> before = refs.between(clauseStart(opening), opening);
    Optional<Ref> lastName = before.stream().filter(r -> r.kind() == Kind.NAME).reduce((a, b) -> b);
    if (lastName.isEmpty() || !refs.resolve(lastName.get()).equals(speaker)) {
      return speaker;
    }
    for (Ref r : before) {
      Optional<String> name = r.kind() == Kind.NAME || r.kind() == Kind.PRONOUN ? refs.resolve(r) : Optional.empty();
      if (name.isPresent() && !name.equals(speaker)) {
        return name;
      }
    }
    return speaker;
  }

  /**
   * Whether the passage's own words, before any quotation inside it, call {@code person} by a first name or surname
   * (people seldom speak of themselves by name).
   */
  private boolean namedIn(QuotedPassage q, String person) {
    int end = q.text().end();
    for (int i = q.text().start(); i < end; i++) {
      char c = body.charAt(i);
      if ("“\"‘«„".indexOf(c) >= 0) {
        return false; // "Jo said to me, ‘Ann, ...’": the inner words call someone else
      }
      if (Character.isUpperCase(c) && (i == 0 || !NearbyWords.isLetterOrDigit(body.charAt(i - 1)))) {
        int wordEnd = NearbyWords.wordEnd(body, i, end);
        if (wordEnd > i && refs.fullNameOf(body.substring(i, wordEnd)).filter(person::equals).isPresent()) {
          return true;
        }
        i = Math.max(i, wordEnd - 1); // an upper-case symbol (Ⓐ) starts no word
      }
    }
    return false;
  }

  /** The person a passage opens by calling by a name and a comma ({@code “Ana, ...}), if known. */
  private Optional<String> addressee(QuotedPassage q) {
    Span first = NearbyWords.after(body, q.text().start(), q.text().end(), "“”\"‘’'«»„");
    if (first == null || !isCapitalised(first) || first.end() >= q.text().end() || body.charAt(first.end()) != ',') {
      return Optional.empty();
    }
    return refs.fullNameOf(first.in(body));
  }

  /** The passage's words for comparing with another's: lower case, without the punctuation that ends them. */
  private String wordsOf(QuotedPassage q) {
    int end = q.text().end();
    while (end > q.text().start() && !Character.isLetterOrDigit(body.charAt(end - 1))) {
      end--;
    }
    return body.substring(q.text().start(), end).strip().toLowerCase(Locale.ROOT);
  }

  private Optional<String> speakerOf(QuotedPassage q, QuotedPassage previous, Optional<String> previousSpeaker) {
    Optional<String> after = attributionAfter(q);
    if (after.isPresent()) {
      return after;
    }
    int opening = q.marks().start();
    Optional<TranscriptLabels.Label> label = labels.of(opening);
    int end = clauseEnd(opening); // "telling her at two in the morning:\n\n“": the words before the colon
    int from = Math.max(clauseStart(opening), label.map(l -> l.name().end() + 1).orElse(0));
    List<Ref> before = refs.between(from, end);
    Optional<Ref> found = inWordsOf(from, end)
        .or(() -> nameRightBefore(before, end))
        .or(() -> appositiveBeforeColon(before, end))
        .or(() -> adviser(from, end));
    if (found.isEmpty() && unnamedAdviser(from, end)) {
      return Optional.empty(); // "He answers with a line from his late father: “": the father's words, not his
    }
    found = found.or(() -> ownerBeforeWhose(from, end))
        .or(() -> quotedObject(from, end))
        .or(() -> subjectOfSpeechVerb(from, end))
        .or(() -> citedPerson(from, end));
    if (found.isEmpty() && reportsSomeoneUnnamed(from, end)) {
      return Optional.empty(); // "a lecturer told her: “": the first person the clause names did not speak
    }
    found = found.or(() -> firstPerson(before));
    if (found.isPresent()) {
      return refs.resolve(found.get(), label.map(TranscriptLabels.Label::fullName));
    }
    if (label.isPresent()) {
      return labelled(label.get(), hasSecondPerson(from, end));
    }
    if (hasWords(from, end)) {
      return isAnswer(from, end) ? answerer(from) : Optional.empty();
    }
    return continued(q, previous, previousSpeaker);
  }

  /**
   * The speaker of words on a transcript line: the labelled speaker, or whom they address when they say
   * {@code you}. A one-letter label is a part, not a name: the guest answers ({@code A:}), and a question
   * ({@code Q: You called it “...”}) quotes the guest's words back.
   */
  private Optional<String> labelled(TranscriptLabels.Label label, boolean addressed) {
    if (label.name().length() != 1) {
      return addressed ? labels.addressee(label) : Optional.of(label.fullName());
    }
    boolean question = QUESTION_LABELS.indexOf(body.charAt(label.name().start())) >= 0;
    return addressed == question ? refs.firstGuest() : Optional.empty();
  }

  /** {@code The answer is short: “}: a clause naming no one that gives the answer to a question before it. */
  private boolean isAnswer(int from, int opening) {
    for (Span w = NearbyWords.after(body, from, opening, ",:;–—-()"); w != null;
        w = NearbyWords.after(body, w.end(), opening, ",:;–—-()")) {
      if (ANSWER.containsLowered(body, w)) {
        return true;
      }
    }
    return false;
  }

  /** {@code Jo asks what Ann would tell her younger self.}: the person the sentence before names last. */
  private Optional<String> answerer(int clauseStart) {
    int end = clauseStart;
    while (end > 0 && NearbyWords.isSpace(body.charAt(end - 1))) {
      end--;
    }
    List<Ref> asked = refs.between(sentenceStart(Math.max(0, end - 1)), end);
    for (int i = asked.size() - 1; i >= 0; i--) {
      Ref r = asked.get(i);
      if (r.kind() == Kind.NAME || r.kind() == Kind.PRONOUN) {
        return refs.resolve(r);
      }
    }
    return Optional.empty();
  }

  // ---- 1. after the closing mark

  private Optional<String> attributionAfter(QuotedPassage q) {
    if (!q.closed()) {
      return Optional.empty();
    }
    int limit = Math.min(body.length(), q.marks().end() + NEAR);
    Span first = NearbyWords.after(body, q.marks().end(), limit, ",;–—-");
    if (first == null) {
      return Optional.empty();
    }
    String gap = body.substring(q.marks().end(), first.start());
    if (gap.indexOf('–') >= 0 || gap.indexOf('—') >= 0 || gap.indexOf('-') >= 0) {
      return credit(first, limit);
    }
    if (startsNewSentence(q, first)) {
      return Optional.empty();
    }
    boolean linked = gap.indexOf(',') >= 0 || lastNonSpace(q.text()) == ',';
    Optional<String> hyphenated = verbWithPronoun(first);
    if (hyphenated.isPresent()) {
      return hyphenated;
    }
    // "“...bad news.” She reflects on rates, ...": after a finished sentence, an unlinked verb ends its clause
    int trailing = linked || !endsSentence(q.text()) ? TRAILING_WORDS : 1;
    return nameThenVerb(first, limit, linked, trailing).or(() -> verbThenName(first, limit, linked))
        .or(() -> describedSpeaker(q, first, limit))
        .or(() -> linked && isBareVerb(first) ? droppedSubject(q.marks().start()) : Optional.empty());
  }

  /** {@code «...», afirma.}: a lower-case speech verb with no subject, its clause ending right after it. */
  private boolean isBareVerb(Span word) {
    int i = word.end();
    while (i < body.length() && body.charAt(i) == ' ') {
      i++;
    }
    boolean ends = i >= body.length() || ".,;!?\n\r".indexOf(body.charAt(i)) >= 0;
    return ends && !isCapitalised(word) && isSpeechVerb(word);
  }

  /**
   * The subject a verb left without one stands for (Spanish, Italian and Portuguese drop it): the first person
   * named or referred to by a subject pronoun in the nearest sentence before the passage that has one, no
   * further back than the previous passage of speech.
   */
  private Optional<String> droppedSubject(int opening) {
    int floor = Math.max(Math.max(0, opening - MAX_CLAUSE), previousSpeechEnd(opening));
    for (int end = opening; end > floor; ) {
      int start = Math.max(floor, sentenceStart(end - 1));
      for (Ref r : refs.between(start, end)) {
        if (r.kind() == Kind.NAME || r.kind() == Kind.PRONOUN) {
          return refs.resolve(r);
        }
      }
      end = start;
    }
    return Optional.empty();
  }

  /** {@code “...” – Jo Bell}: a name alone after a dash, ending its line or sentence. */
  private Optional<String> credit(Span first, int limit) {
    Optional<Ref> ref = refs.at(first.start()).filter(r -> r.kind() == Kind.NAME);
    Span name = ref.map(Ref::span).orElseGet(() -> capitalisedRun(first, limit));
    if (name == null) {
      return Optional.empty();
    }
    int i = name.end();
    while (i < body.length() && body.charAt(i) == ' ') {
      i++;
    }
    boolean alone = i >= body.length() || ".,;)\n\r".indexOf(body.charAt(i)) >= 0;
    return !alone ? Optional.empty() : ref.isPresent() ? ref.get().name() : Optional.of(guessedName(name));
  }

  /** {@code “...It’s hard.” Jo went on}: a capitalised word after a full stop starts a new sentence. */
  private boolean startsNewSentence(QuotedPassage q, Span first) {
    boolean ended = endsSentence(q.text());
    boolean comma = body.substring(q.marks().end(), first.start()).indexOf(',') >= 0;
    return ended && !comma && isCapitalised(first) && refKindAt(first) != Kind.PRONOUN;
  }

  private boolean endsSentence(Span text) {
    char last = lastNonSpace(text);
    return last == '.' || last == '!' || last == '?' || last == '…';
  }

  /**
   * {@code “...,” the former minister told them}: the person named earlier with an appositive that holds the
   * description's last word ({@code Jo Bell, the former children’s minister}).
   */
  private Optional<String> describedSpeaker(QuotedPassage q, Span first, int limit) {
    if (!NearbyWords.lower(body, first).equals(DEFINITE_ARTICLE)) {
      return Optional.empty();
    }
    Span noun = null;
    Span verb = null;
    Span w = first;
    for (int n = 0; n <= DESCRIPTION_WORDS && verb == null; n++) {
      w = NearbyWords.after(body, w.end(), limit, "");
      if (w == null || isCapitalised(w)) {
        return Optional.empty();
      }
      if (isSpeechVerb(w)) {
        verb = w;
      } else {
        noun = w;
      }
    }
    if (verb == null || noun == null) {
      return Optional.empty();
    }
    String head = NearbyWords.lower(body, noun);
    if (HOST_NOUNS.contains(head)) {
      return hostBefore(q.marks().start());
    }
    List<Ref> earlier = refs.between(Math.max(0, q.marks().start() - DESCRIBED_BACK), q.marks().start());
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Ref r = earlier.get(i);
      if (r.kind() == Kind.NAME && describes(r.span().end(), head)) {
        return refs.resolve(r);
      }
    }
    return Optional.empty();
  }

  /** {@code “...,” the host says}: the host named nearest before {@code position}, else the only host. */
  private Optional<String> hostBefore(int position) {
    List<Ref> earlier = refs.between(Math.max(0, position - DESCRIBED_BACK), position);
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Optional<String> name = earlier.get(i).kind() == Kind.NAME ? earlier.get(i).name() : Optional.empty();
      if (name.filter(hosts::contains).isPresent()) {
        return name;
      }
    }
    return hosts.size() == 1 ? Optional.of(hosts.get(0)) : Optional.empty();
  }

  /** {@code the host says, “}: a description of the host as the subject right before a speech verb. */
  private Optional<Ref> describedHost(Span verb, int from) {
    Span noun = NearbyWords.before(body, verb.start(), from, "");
    Span article = noun == null ? null : NearbyWords.before(body, noun.start(), from, "");
    if (article == null || !NearbyWords.lower(body, article).equals(DEFINITE_ARTICLE)
        || !HOST_NOUNS.contains(NearbyWords.lower(body, noun))) {
      return Optional.empty();
    }
    return hostBefore(noun.start()).map(host -> new Ref(noun, Optional.of(host), Kind.NAME));
  }

  /** {@code Jo Bell, the former minister}: an appositive set off by a comma after a name, holding {@code head}. */
  private boolean describes(int nameEnd, String head) {
    if (nameEnd >= body.length() || body.charAt(nameEnd) != ',') {
      return false;
    }
    int limit = Math.min(body.length(), nameEnd + APPOSITIVE);
    Span w = NearbyWords.after(body, nameEnd + 1, limit, "");
    for (int n = 0; w != null && n <= DESCRIPTION_WORDS + 1; n++, w = NearbyWords.after(body, w.end(), limit, "")) {
      if (NearbyWords.lower(body, w).equals(head)) {
        return true;
      }
    }
    return false;
  }

  /** {@code dit-elle}, {@code explique-t-il}; {@code tranche-t-elle}, whatever the verb. */
  private Optional<String> verbWithPronoun(Span word) {
    String w = NearbyWords.lower(body, word);
    int dash = w.indexOf('-');
    // the euphonic t of "-t-elle" only stands between an inverted verb and its subject pronoun
    boolean inverted = w.contains(EUPHONIC_T) && THIRD_PERSON.containsLowered(body,
        Span.of(body.lastIndexOf('-', word.end() - 1) + 1, word.end()));
    if (dash < 0 || !(inverted || SPEECH_VERBS.contains(w.substring(0, dash)))) {
      return Optional.empty();
    }
    return clauseEndsSoon(word.end()) ? refs.resolve(new Ref(word, Optional.empty(), Kind.PRONOUN)) : Optional.empty();
  }

  /** {@code she says}, {@code Dr Bell told her}, {@code Jo Bell explains}. */
  private Optional<String> nameThenVerb(Span first, int limit, boolean linked, int trailing) {
    Optional<Ref> ref = refs.at(first.start()).filter(r -> r.kind() == Kind.NAME || r.kind() == Kind.PRONOUN);
    Span nameEnd = ref.map(Ref::span).orElseGet(() -> capitalisedRun(first, limit));
    if (nameEnd == null) {
      return Optional.empty();
    }
    Span verb = NearbyWords.after(body, nameEnd.end(), limit, "");
    if (verb != null && !isSpeechVerb(verb)) {
      verb = NearbyWords.after(body, verb.end(), limit, "");
    }
    if (verb == null || !isSpeechVerb(verb) || !(linked || clauseEndsSoon(verb.end(), trailing))) {
      return Optional.empty();
    }
    if (!linked && REPEAT.containsLowered(body, verb)) {
      return Optional.empty(); // "“...” She has repeated it since": whoever repeats them did not say them first
    }
    return ref.isPresent() ? refs.resolve(ref.get()) : Optional.of(guessedName(nameEnd));
  }

  /** {@code says Jo Bell}, {@code säger hon}, {@code sagt sie}. */
  private Optional<String> verbThenName(Span first, int limit, boolean linked) {
    Span verb = first;
    if (NearbyWords.lower(body, first).equals(ACCORDING)) {
      verb = NearbyWords.after(body, first.end(), limit, "");
    } else if (!isSpeechVerb(first) && !CITED.containsLowered(body, first)) { // "”...”, aldus Sanne"
      return Optional.empty();
    }
    Span next = verb == null ? null : NearbyWords.after(body, verb.end(), limit, "");
    if (next == null) {
      return Optional.empty();
    }
    Optional<Ref> ref = refs.at(next.start()).filter(r -> r.kind() == Kind.NAME || r.kind() == Kind.PRONOUN);
    Span name = ref.map(Ref::span).orElseGet(() -> capitalisedRun(next, limit));
    if (name == null || !(linked || clauseEndsSoon(name.end()))) {
      return Optional.empty();
    }
    return ref.isPresent() ? refs.resolve(ref.get()) : Optional.of(guessedName(name));
  }

  /** Whether a punctuation mark, quote mark or line end comes within a few words after {@code from}. */
  private boolean clauseEndsSoon(int from) {
    return clauseEndsSoon(from, TRAILING_WORDS);
  }

  /** Whether a punctuation mark, quote mark or line end comes within {@code words} words after {@code from}. */
  private boolean clauseEndsSoon(int from, int words) {
    int at = from;
    for (int n = 0; n <= words; n++) {
      int i = at;
      while (i < body.length() && body.charAt(i) == ' ') {
        i++;
      }
      if (i >= body.length() || ".,;:!?\n\r“”\"‘’'«»…–—".indexOf(body.charAt(i)) >= 0) {
        return true;
      }
      Span word = NearbyWords.after(body, i, Math.min(body.length(), i + NEAR), "");
      if (word == null) {
        return false;
      }
      at = word.end();
    }
    return false;
  }

  // ---- 2. in the clause before the opening mark

  /** {@code in Jo’s words, “}, {@code in her own words: “}: the owner of the words. */
  private Optional<Ref> inWordsOf(int from, int opening) {
    Span words = NearbyWords.before(body, opening, from, ",:");
    if (words == null || !NearbyWords.lower(body, words).equals("words")) {
      return Optional.empty();
    }
    Span owner = NearbyWords.before(body, words.start(), from, "");
    if (owner != null && NearbyWords.lower(body, owner).equals("own")) {
      owner = NearbyWords.before(body, owner.start(), from, "");
    }
    Span in = owner == null ? null : NearbyWords.before(body, owner.start(), from, "");
    if (in == null || !NearbyWords.lower(body, in).equals("in")) {
      return Optional.empty();
    }
    return refCovering(owner).filter(r -> r.kind() != Kind.OBJECT);
  }

  /** {@code quotes its chair, Jo Bell: “}: a name with only punctuation before the mark, not a verb's object. */
  private Optional<Ref> nameRightBefore(List<Ref> before, int opening) {
    if (before.isEmpty()) {
      return Optional.empty();
    }
    Ref last = before.get(before.size() - 1);
    if (last.kind() != Kind.NAME) {
      return Optional.empty();
    }
    for (int i = last.span().end(); i < opening; i++) {
      if (":,–—- \n\u00A0".indexOf(body.charAt(i)) < 0) {
        return Optional.empty();
      }
    }
    Span wordBefore = NearbyWords.before(body, last.span().start(), Math.max(0, last.span().start() - NEAR), ",");
    for (int n = 0; n < TITLE_WORDS && isTitleWord(wordBefore); n++) { // "and that chair Jo Bell ‘...’ is"
      wordBefore = NearbyWords.before(body, wordBefore.start(), Math.max(0, wordBefore.start() - NEAR), ",");
    }
    boolean object = wordBefore != null && (isSpeechVerb(wordBefore) || THAT.containsLowered(body, wordBefore));
    return object ? Optional.empty() : Optional.of(last); // "told them that Jo “...”": Jo is talked about
  }

  /** {@code chair} of {@code that chair Jo Bell}: a lower-case word before a name that refers to no one. */
  private boolean isTitleWord(Span word) {
    return word != null && !isCapitalised(word) && !isSpeechVerb(word) && !THAT.containsLowered(body, word)
        && refCovering(word).isEmpty();
  }

  /**
   * {@code the advice she got from her mentor, Jo Bell, that “}, {@code the motto of Jo Bell: “}, {@code credits
   * Jo Bell with the advice: “}: the person the passed-on words came from.
   */
  private Optional<Ref> adviser(int from, int opening) {
    Span noun = adviceNoun(from, opening);
    if (noun == null) {
      return Optional.empty();
    }
    Optional<Ref> owner = ownerOf(noun).filter(r -> r.kind() == Kind.NAME).or(() -> possessiveBefore(noun))
        .or(() -> ownerOfWhose(noun, from));
    if (owner.isPresent()) {
      return owner; // "Jo’s motto: “", "her motto: “", "Jo Bell, whose line Ann now uses: “"
    }
    Span source = sourceAfter(noun, opening);
    if (source != null) {
      int limit = Math.min(opening, source.end() + APPOSITIVE);
      return refs.between(source.end(), limit).stream().filter(r -> r.kind() == Kind.NAME).findFirst()
          .or(() -> unmarkedNameAfter(source, limit));
    }
    Optional<Ref> giver = nameHeadingClauseAfter(noun, opening);
    if (giver.isPresent()) {
      return giver; // "the advice her predecessor, Sir Jo Bell, gave her: “"
    }
    return creditedAdviser(noun, from).or(() -> pronounGiving(noun, opening));
  }

  /** {@code the advice he gave her on day one: “}: a pronoun right after the noun, then a verb of giving. */
  private Optional<Ref> pronounGiving(Span noun, int opening) {
    Span next = NearbyWords.after(body, noun.end(), opening, "");
    Optional<Ref> pronoun = next == null ? Optional.empty()
        : refs.at(next.start()).filter(r -> r.kind() == Kind.PRONOUN);
    return pronoun.filter(r -> givesAfter(r.span().end(), opening));
  }

  /**
   * {@code credits Jo Bell with the advice: “}, {@code credits her commander, Jo Bell, with the best advice she
   * received – “}: the name before the credit preposition, with only lower-case words between it and the noun.
   */
  private Optional<Ref> creditedAdviser(Span noun, int from) {
    Span w = NearbyWords.before(body, noun.start(), from, "");
    for (int n = 0; w != null && n <= CREDIT_WORDS; n++, w = NearbyWords.before(body, w.start(), from, "")) {
      if (CREDIT.containsLowered(body, w)) {
        return nearestNameBefore(w.start(), from);
      }
      if (isCapitalised(w) || isSpeechVerb(w)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** {@code the advice of Professor Jo Bell}: a full name right after {@code source} that nothing marked. */
  private Optional<Ref> unmarkedNameAfter(Span source, int limit) {
    Span next = NearbyWords.after(body, source.end(), limit, "");
    Span run = next == null ? null : capitalisedRun(next, limit);
    if (run == null || !NameGuesser.couldBeName(run.in(body))) {
      return Optional.empty();
    }
    String name = guessedName(run);
    return name.indexOf(' ') < 0 ? Optional.empty() : Optional.of(new Ref(run, Optional.of(name), Kind.NAME));
  }

  /** {@code a line from her late father: “}, {@code her mother’s saying «}: the words of someone unnamed. */
  private boolean unnamedAdviser(int from, int opening) {
    // "a line from one board member’s letter of resignation: “": any of the clause's nouns for passed-on words
    for (Span noun = adviceNoun(from, opening); noun != null; noun = adviceNoun(from, noun.start())) {
      if (fromSomeoneUnnamed(noun, opening) || givenBySomeoneUnnamed(noun, from)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code His first sergeant, he tells Jo, gave him the only advice he needed: “}: the words of the unnamed
   * subject of a verb of giving a few words before the noun.
   */
  private boolean givenBySomeoneUnnamed(Span noun, int from) {
    Span w = noun;
    for (int n = 0; n <= CREDIT_WORDS + 1; n++) {
      w = NearbyWords.before(body, w.start(), from, "");
      if (w == null || isCapitalised(w)) {
        return false;
      }
      if (GIVE.containsLowered(body, w)) {
        return unnamedSubjectBefore(Span.of(asideStartBefore(w.start(), from), w.end()), from);
      }
    }
    return false;
  }

  /**
   * Where an aside of a subject pronoun, a speech verb and perhaps one more word, set off by commas, starts when it
   * ends right before {@code position} ({@code , he tells Jo,}); else {@code position}.
   */
  private int asideStartBefore(int position, int from) {
    int i = position;
    while (i > from && NearbyWords.isSpace(body.charAt(i - 1))) {
      i--;
    }
    if (i <= from || body.charAt(i - 1) != ',') {
      return position;
    }
    Span last = NearbyWords.before(body, i - 1, from, "");
    Span verb = last == null || isSpeechVerb(last) ? last : NearbyWords.before(body, last.start(), from, "");
    Span pronoun = verb == null || !isSpeechVerb(verb) ? null : NearbyWords.before(body, verb.start(), from, "");
    boolean aside = pronoun != null && refCovering(pronoun).filter(r -> r.kind() == Kind.PRONOUN).isPresent();
    int start = aside ? pronoun.start() : position;
    while (start > from && NearbyWords.isSpace(body.charAt(start - 1))) {
      start--;
    }
    return aside && start > from && body.charAt(start - 1) == ',' ? start - 1 : position;
  }

  private boolean fromSomeoneUnnamed(Span noun, int opening) {
    Span owner = NearbyWords.before(body, noun.start(), Math.max(0, noun.start() - NEAR), "");
    if (owner != null && isPossessiveWord(owner) && isRelationNoun(NearbyWords.lower(body, owner))) {
      return true; // "her mother’s saying «"
    }
    Span source = sourceAfter(noun, opening);
    if (source == null) {
      return false;
    }
    Span next = NearbyWords.after(body, source.end(), opening, "");
    // "a line from one board member’s letter": an opening word before any name is someone unnamed
    boolean someone = next != null && (refCovering(next).filter(r -> r.kind() == Kind.POSSESSIVE).isPresent()
        || isRelationNoun(NearbyWords.lower(body, next)) || OPENERS.containsLowered(body, next));
    return someone && !namesBetween(source.end(), opening);
  }

  /**
   * {@code the advice Jo Bell gave}, {@code the advice her old boss, Dame Jo Bell, gave}: a name right after the
   * word for advice, with only a possessive, words for a relation, determiners and honorifics before it, heads
   * the clause that says who gave it.
   */
  private Optional<Ref> nameHeadingClauseAfter(Span noun, int opening) {
    int limit = Math.min(opening, noun.end() + APPOSITIVE);
    Optional<Ref> name = refs.between(noun.end(), limit).stream().filter(r -> r.kind() == Kind.NAME).findFirst();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    int start = name.get().span().start();
    for (Span w = NearbyWords.after(body, noun.end(), start, ","); w != null;
        w = NearbyWords.after(body, w.end(), start, ",")) {
      boolean qualifier = refCovering(w).filter(r -> r.kind() == Kind.POSSESSIVE).isPresent()
          || isRelationNoun(NearbyWords.lower(body, w)) || DETERMINERS.containsLowered(body, w)
          || PersonNames.isHonorific(w.in(body));
      if (!qualifier) {
        return Optional.empty();
      }
    }
    return name;
  }

  /**
   * {@code the advice he gave her}: a verb of giving, in the past, right after a pronoun; the pronoun gave the words
   * (in {@code the advice she now gives every new manager} or {@code the advice she got} they came from someone
   * else).
   */
  private boolean givesAfter(int pronounEnd, int opening) {
    Span w = NearbyWords.after(body, pronounEnd, opening, "");
    if (w != null && !GIVE.containsLowered(body, w)) {
      w = NearbyWords.after(body, w.end(), opening, ""); // "he once gave"
    }
    return w != null && GIVE.containsLowered(body, w);
  }

  /** The person whose possessive stands right before {@code noun} ({@code Jo Bell’s motto}), if any. */
  private Optional<Ref> ownerOf(Span noun) {
    Span owner = NearbyWords.before(body, noun.start(), Math.max(0, noun.start() - NEAR), "");
    return owner != null && isPossessiveWord(owner) ? refCovering(owner) : Optional.empty();
  }

  /** The name before {@code whose} right before {@code noun} ({@code Jo Bell, whose line Ann uses}), if any. */
  private Optional<Ref> ownerOfWhose(Span noun, int from) {
    Span whose = NearbyWords.before(body, noun.start(), from, "");
    return whose != null && RELATIVE_POSSESSIVES.containsLowered(body, whose) ? nearestNameBefore(whose.start(), from)
        : Optional.empty();
  }

  /** The possessive pronoun right before {@code noun} ({@code her advice}), if any. */
  private Optional<Ref> possessiveBefore(Span noun) {
    Span owner = NearbyWords.before(body, noun.start(), Math.max(0, noun.start() - NEAR), "");
    return owner == null ? Optional.empty() : refs.at(owner.start()).filter(r -> r.kind() == Kind.POSSESSIVE);
  }

  /** {@code mother’s}, {@code Bell's}. */
  private boolean isPossessiveWord(Span word) {
    String w = NearbyWords.lower(body, word);
    return w.endsWith("'s") || w.endsWith("’s");
  }

  /** The nearest word for passed-on words before the mark, with no speech verb between them; or null. */
  private Span adviceNoun(int from, int opening) {
    for (Span w = NearbyWords.before(body, opening, from, ",:;–—-()."); w != null;
        w = NearbyWords.before(body, w.start(), from, ",:;–—-().")) { // "." of "Prof. Jo Bell"
      if (ADVICE.containsLowered(body, w)) {
        return w;
      }
      if (isSpeechVerb(w) && !REPEAT.containsLowered(body, w)) { // "the advice from Jo Bell that Ann repeats: “"
        return null;
      }
    }
    return null;
  }

  /** The source preposition within a few words after {@code noun} ({@code advice Jo received from}), or null. */
  private Span sourceAfter(Span noun, int opening) {
    Span w = noun;
    for (int n = 0; n < SOURCE_WORDS; n++) {
      w = NearbyWords.after(body, w.end(), opening, "");
      if (w == null) {
        return null;
      }
      if (SOURCE.containsLowered(body, w)) {
        return w;
      }
    }
    return null;
  }

  /**
   * {@code what he learned from his mentor, Dr Jo Bell, formerly Dean of X: “}: the last name of the clause, set
   * off by a comma, with only its description between it and the colon before the mark.
   */
  private Optional<Ref> appositiveBeforeColon(List<Ref> before, int opening) {
    int colon = opening;
    while (colon > 0 && NearbyWords.isSpace(body.charAt(colon - 1))) {
      colon--;
    }
    Optional<Ref> last = before.stream().filter(r -> r.kind() == Kind.NAME).reduce((a, b) -> b);
    if (colon == 0 || body.charAt(colon - 1) != ':' || last.isEmpty()) {
      return Optional.empty();
    }
    Span name = last.get().span();
    String description = body.substring(name.end(), colon - 1);
    boolean setOff = description.startsWith(",") && setOffBefore(name.start());
    // "an old porter, Jo Bell, took him aside: “": whom the appositive's clause names as an object did not speak
    boolean plain = refs.between(name.end(), opening).stream()
        .allMatch(r -> r.kind() == Kind.OBJECT || r.kind() == Kind.POSSESSIVE) // "took her aside" reads as one
        && !hasClauseWord(name.end(), colon - 1);
    return setOff && plain ? last : Optional.empty();
  }

  /** A comma, or a word for another person ({@code her mentor Dr Jo Bell}), right before the name. */
  private boolean setOffBefore(int nameStart) {
    int i = nameStart;
    while (i > 0 && NearbyWords.isSpace(body.charAt(i - 1))) {
      i--;
    }
    if (i > 0 && body.charAt(i - 1) == ',') {
      return true;
    }
    Span word = NearbyWords.before(body, i, Math.max(0, i - NEAR), "");
    return word != null && isRelationNoun(NearbyWords.lower(body, word));
  }

  private static boolean isRelationNoun(String word) {
    for (String noun : RELATION_NOUNS) {
      if (word.startsWith(noun)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasClauseWord(int from, int to) {
    for (Span w = NearbyWords.after(body, from, to, ",.;–—-()"); w != null;
        w = NearbyWords.after(body, w.end(), to, ",.;–—-()")) {
      String word = NearbyWords.lower(body, w);
      if (CLAUSE_WORDS.contains(word) || SPEECH_VERBS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** {@code Dr Jo Bell, ..., whose rule he still repeats: “}: the words are the person's before whose. */
  private Optional<Ref> ownerBeforeWhose(int from, int opening) {
    for (Span w = NearbyWords.before(body, opening, from, ",:;–—-()"); w != null;
        w = NearbyWords.before(body, w.start(), from, ",:;–—-()")) {
      if (RELATIVE_POSSESSIVES.containsLowered(body, w)) {
        // "the Friends of X, whose chair, Jo Bell, told them that “", "Jo Bell, whose book she calls “": a name or
        // a subject after whose is the likelier speaker, unless they only repeat the owner's words
        return subjectsBetween(w.end(), opening) ? Optional.empty() : nearestNameBefore(w.start(), from);
      }
    }
    return Optional.empty();
  }

  /** A name, or a subject who does not just repeat the owner's words ({@code whose book she calls “}). */
  private boolean subjectsBetween(int from, int to) {
    for (Ref r : refs.between(from, to)) {
      if (r.kind() == Kind.NAME || (r.kind() == Kind.PRONOUN && !repeatedAfter(r.span().end(), to))) {
        return true;
      }
    }
    return false;
  }

  /** {@code she still repeats: “}: a verb of handing words on within a few words after {@code from}. */
  private boolean repeatedAfter(int from, int to) {
    Span w = NearbyWords.after(body, from, to, ",");
    for (int n = 0; n < SOURCE_WORDS && w != null; n++, w = NearbyWords.after(body, w.end(), to, ",")) {
      if (REPEAT.containsLowered(body, w)) {
        return true;
      }
    }
    return false;
  }

  private boolean namesBetween(int from, int to) {
    for (Ref r : refs.between(from, to)) {
      if (r.kind() == Kind.NAME) {
        return true;
      }
    }
    return false;
  }

  /** {@code according to Jo, the visit was “}, {@code Jon mukaan vierailu oli ”}: the person the clause cites. */
  private Optional<Ref> citedPerson(int from, int opening) {
    for (Span w = NearbyWords.after(body, from, opening, ",;–—-()"); w != null;
        w = NearbyWords.after(body, w.end(), opening, ",;–—-()")) {
      if (CITED_BY.containsLowered(body, w)) {
        Span name = NearbyWords.before(body, w.start(), from, "");
        Optional<Ref> by = name == null ? Optional.empty() : refCovering(name).filter(r -> r.kind() == Kind.NAME)
            .or(() -> inflectedName(name));
        if (by.isPresent()) {
          return by;
        }
      } else if (CITED.containsLowered(body, w)) {
        Optional<Ref> cited = refs.between(w.end(), Math.min(opening, w.end() + APPOSITIVE)).stream()
            .filter(r -> r.kind() == Kind.NAME).findFirst();
        if (cited.isPresent()) {
          return cited;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code Lindholmin mukaan}: a capitalised word the entity stage did not mark, in a case form of a known person's
   * first name or surname.
   */
  private Optional<Ref> inflectedName(Span word) {
    if (!isCapitalised(word)) {
      return Optional.empty();
    }
    return NordicNames.genitiveBases(word.in(body)).stream().map(refs::fullNameOf).flatMap(Optional::stream)
        .findFirst().map(person -> new Ref(word, Optional.of(person), Kind.NAME));
  }

  /** {@code and quotes her in full: “}: the person a verb of quoting takes as its object. */
  private Optional<Ref> quotedObject(int from, int opening) {
    for (Span w = NearbyWords.before(body, opening, from, ",:;–—-()"); w != null;
        w = NearbyWords.before(body, w.start(), from, ",:;–—-()")) {
      if (REPEAT.containsLowered(body, w)) {
        Span next = NearbyWords.after(body, w.end(), opening, "");
        return next == null ? Optional.empty()
            : refs.at(next.start()).filter(r -> r.kind() == Kind.OBJECT || r.kind() == Kind.NAME);
      }
      if (isSpeechVerb(w)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The subject of the nearest speech verbs before the mark: {@code Jo says that}, {@code Jo, who told her}. */
  private Optional<Ref> subjectOfSpeechVerb(int from, int opening) {
    int verbs = 0;
    for (Span w = NearbyWords.before(body, opening, from, ",:;–—-()"); w != null && verbs < VERBS_TRIED;
        w = NearbyWords.before(body, w.start(), from, ",:;–—-()")) {
      if (isSpeechVerb(w) && !afterDeterminer(w, from) && !insidePassage(w.start()) && !isAside(w, from, opening)) {
        verbs++;
        Span verb = w;
        Optional<Ref> subject = subjectBeforeRelativeClause(verb, from)
            .or(() -> subjectBefore(verb, from)).or(() -> describedHost(verb, from))
            .or(() -> invertedSubject(verb, opening))
            .or(() -> antecedentOfWho(verb, from))
            .map(r -> mainSubjectOfContactClause(r, from))
            .map(r -> reporterOfThatClause(r, from));
        if (subject.isPresent() || unnamedSubjectBefore(verb, from)) {
          return subject; // "the report, which said: “" is nobody's: an earlier verb's subject did not say it
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Ref> subjectBefore(Span verb, int from) {
    Span w = verb;
    for (int n = 0; n < SUBJECT_WORDS; n++) {
      w = wordBeforeAside(w.start(), from, ",");
      if (w == null) {
        return Optional.empty();
      }
      Span pronoun = parentheticalPronoun(w, from);
      if (pronoun != null) {
        w = pronoun; // "Ashby-Quinn, she says, told the board": the subject is before "she says"
        continue;
      }
      if (isSpeechVerb(w)) {
        return Optional.empty(); // "Jo recalls one nurse telling her": a participle's subject is nearer than Jo
      }
      Optional<Ref> ref = refCovering(w);
      if (ref.isEmpty() && n == 0) {
        ref = unmarkedNameEndingAt(w, from);
      }
      Span cited = ref.isPresent() ? NearbyWords.before(body, ref.get().span().start(), from, "") : null;
      if (cited != null && CITED.containsLowered(body, cited)) {
        w = cited; // "Jo Bell, som ifølge Mette sagde": Mette only reports what Jo Bell said
        continue;
      }
      if (ref.isPresent() && (ref.get().kind() == Kind.NAME || ref.get().kind() == Kind.PRONOUN)) {
        return ref;
      }
      if (RELATIVES.containsLowered(body, w)) {
        return unnamedAntecedent(w, from) ? Optional.empty() : nearestNameBefore(w.start(), from);
      }
    }
    return Optional.empty();
  }

  /** {@code Jo Bell, who had run it for years, told me}: the name before a relative clause set off by commas. */
  private Optional<Ref> subjectBeforeRelativeClause(Span verb, int from) {
    int i = verb.start();
    while (i > from && NearbyWords.isSpace(body.charAt(i - 1))) {
      i--;
    }
    if (i <= from || body.charAt(i - 1) != ',') {
      return Optional.empty();
    }
    int comma = i - 2;
    int limit = Math.max(from, i - NEAR);
    while (comma >= limit && body.charAt(comma) != ',') {
      comma--;
    }
    Span relative = comma < limit ? null : NearbyWords.after(body, comma + 1, i, "");
    if (relative == null || !RELATIVES.containsLowered(body, withoutClitic(relative))) {
      return Optional.empty();
    }
    Span name = NearbyWords.before(body, comma, from, "");
    return name == null ? Optional.empty() : refCovering(name).filter(r -> r.kind() == Kind.NAME);
  }

  /**
   * {@code Jo Bell, the priest who first took her round the estate and told her}: a relative word further back
   * than a subject is looked for, with no subject or other speech verb between, stands for the name before it.
   */
  private Optional<Ref> antecedentOfWho(Span verb, int from) {
    Span w = verb;
    for (int n = 0; n < RELATIVE_WORDS; n++) {
      w = wordBeforeAside(w.start(), from, "");
      if (w == null || isSpeechVerb(w) || refCovering(w).filter(r -> r.kind() == Kind.NAME
          || r.kind() == Kind.PRONOUN).isPresent()) {
        return Optional.empty();
      }
      if (RELATIVES.containsLowered(body, w)) {
        return unnamedAntecedent(w, from) ? Optional.empty() : nearestNameBefore(w.start(), from);
      }
    }
    return Optional.empty();
  }

  /**
   * {@code talks about the patient who asked her “}: a relative word right after a noun phrase of someone unnamed,
   * opened by a determiner that no comma sets off after a name ({@code Jo Bell, the priest who told her} is Jo's).
   */
  private boolean unnamedAntecedent(Span relative, int from) {
    Span w = NearbyWords.before(body, relative.start(), from, "");
    for (int n = 0; w != null && n < DESCRIPTION_WORDS; n++, w = NearbyWords.before(body, w.start(), from, "")) {
      if (isCapitalised(w) || refCovering(w).isPresent()) {
        return false;
      }
      if (OPENERS.containsLowered(body, w)) {
        int i = w.start();
        while (i > from && NearbyWords.isSpace(body.charAt(i - 1))) {
          i--;
        }
        return i > from && body.charAt(i - 1) != ',';
      }
    }
    return false;
  }

  /**
   * {@code Host Jo Bell opens with the question she asks every guest: “}: a pronoun right after a determiner and a
   * noun starts a relative clause without a relative word, and stands for the name its clause opens with.
   */
  private Ref mainSubjectOfContactClause(Ref subject, int from) {
    if (subject.kind() != Kind.PRONOUN) {
      return subject;
    }
    Span noun = NearbyWords.before(body, subject.span().start(), from, "");
    Span determiner = noun == null ? null : NearbyWords.before(body, noun.start(), from, "");
    if (determiner == null || !DETERMINERS.containsLowered(body, determiner) || isCapitalised(noun)
        || refCovering(noun).isPresent()) {
      return subject;
    }
    return refs.between(from, determiner.start()).stream().filter(r -> r.kind() == Kind.NAME).findFirst()
        .orElse(subject);
  }

  /**
   * {@link NearbyWords#before}, over an aside between dashes that ends right before {@code end}
   * ({@code Jo Bell, who – in her telling – read them and said}): the aside is no part of the clause around it.
   */
  private Span wordBeforeAside(int end, int from, String skippable) {
    int i = end;
    while (i > from && NearbyWords.isSpace(body.charAt(i - 1))) {
      i--;
    }
    if (i > from && isDash(body.charAt(i - 1))) {
      int limit = Math.max(from, i - 1 - NEAR);
      int j = i - 2;
      while (j >= limit && !isDash(body.charAt(j)) && body.charAt(j) != '\n') {
        j--;
      }
      return NearbyWords.before(body, j >= limit && isDash(body.charAt(j)) ? j : end, from, skippable);
    }
    return NearbyWords.before(body, end, from, skippable);
  }

  private static boolean isDash(char c) {
    return c == '–' || c == '—';
  }

  /**
   * {@code Jo, who left her own firm, admits that he found it “}: a pronoun opening a clause of a speech verb stands
   * for that verb's named subject when its gender allows.
   */
  private Ref reporterOfThatClause(Ref subject, int from) {
    Span that = subject.kind() == Kind.PRONOUN ? NearbyWords.before(body, subject.span().start(), from, "") : null;
    Span verb = that != null && THAT.containsLowered(body, that) ? NearbyWords.before(body, that.start(), from, "")
        : null;
    if (verb == null || !isSpeechVerb(verb)) {
      return subject;
    }
    return subjectBeforeRelativeClause(verb, from).or(() -> subjectBefore(verb, from))
        .filter(r -> r.kind() == Kind.NAME && r.name().filter(name -> refs.mayStandFor(subject, name)).isPresent())
        .orElse(subject);
  }

  /** {@code who’d} without {@code ’d}. */
  private Span withoutClitic(Span word) {
    for (int i = word.start(); i < word.end(); i++) {
      if (body.charAt(i) == '\'' || body.charAt(i) == '’') {
        return Span.of(word.start(), i);
      }
    }
    return word;
  }

  /**
   * {@code He had, she says, one condition: “}: a speech verb set off by commas inside its clause tells who
   * reports the clause, not who spoke the words after it.
   */
  private boolean isAside(Span verb, int from, int opening) {
    Span pronoun = parentheticalPronoun(verb, from);
    if (pronoun == null) {
      return false;
    }
    int i = pronoun.start();
    while (i > from && NearbyWords.isSpace(body.charAt(i - 1))) {
      i--;
    }
    // "Jo, she says, “calls it ...”": an aside right before the mark does give its speaker
    return i > from && body.charAt(i - 1) == ',' && NearbyWords.before(body, i - 1, from, "") != null
        && hasWords(verb.end(), opening);
  }

  /** The pronoun of {@code , she says,} when {@code word} is its verb, set off by commas; else null. */
  private Span parentheticalPronoun(Span word, int from) {
    if (!isSpeechVerb(word) || word.end() >= body.length() || body.charAt(word.end()) != ',') {
      return null;
    }
    Span p = NearbyWords.before(body, word.start(), from, "");
    boolean pronoun = p != null && refCovering(p).filter(r -> r.kind() == Kind.PRONOUN).isPresent();
    return pronoun && NearbyWords.before(body, p.start(), from, "") == null ? p : null; // a comma before it
  }

  /** {@code Jo Bell said}: capitalised name words right before a verb that nothing marked as a person. */
  private Optional<Ref> unmarkedNameEndingAt(Span last, int from) {
    Span run = last;
    for (int n = 1; n < 3; n++) {
      Span before = NearbyWords.before(body, run.start(), from, ".");
      if (before == null || run.start() - before.end() > 2 || !isCapitalised(before)) {
        break;
      }
      run = Span.of(before.start(), last.end());
    }
    Span bare = withoutClitic(last); // "You’ve called it “": a pronoun, not a name
    boolean pronoun = SECOND_PERSON.containsLowered(body, bare) || SELF.containsLowered(body, bare);
    boolean name = isCapitalised(last) && !pronoun && NameGuesser.couldBeName(run.in(body));
    return name ? Optional.of(new Ref(run, Optional.of(guessedName(run)), Kind.NAME)) : Optional.empty();
  }

  /** {@code säger hon:}, {@code says Jo Bell:}: a subject right after the verb. */
  private Optional<Ref> invertedSubject(Span verb, int opening) {
    Span next = NearbyWords.after(body, verb.end(), opening, "");
    return next == null ? Optional.empty() : refs.at(next.start())
        .filter(r -> r.kind() == Kind.PRONOUN || r.kind() == Kind.NAME);
  }

  /** The first person the clause names; a possessive counts unless it qualifies another person. */
  private Optional<Ref> firstPerson(List<Ref> before) {
    for (Ref r : before) {
      if (r.kind() == Kind.NAME || r.kind() == Kind.PRONOUN
          || (r.kind() == Kind.POSSESSIVE && !qualifiesAnotherPerson(r))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** {@code her predecessor}, {@code his chief executive, Jo Bell,}: the possessive qualifies someone else. */
  private boolean qualifiesAnotherPerson(Ref possessive) {
    int end = possessive.span().end();
    Span next = NearbyWords.after(body, end, Math.min(body.length(), end + NEAR), "");
    if (next == null) {
      return false;
    }
    if (isRelationNoun(NearbyWords.lower(body, next))) {
      return true;
    }
    return refs.between(end, Math.min(body.length(), end + APPOSITIVE)).stream()
        .anyMatch(r -> r.kind() == Kind.NAME && body.substring(end, r.span().start()).strip().endsWith(","));
  }

  private Optional<Ref> nearestNameBefore(int position, int from) {
    List<Ref> candidates = refs.between(Math.max(from, position - NEAR), position);
    for (int i = candidates.size() - 1; i >= 0; i--) {
      if (candidates.get(i).kind() == Kind.NAME) {
        return Optional.of(candidates.get(i));
      }
    }
    return Optional.empty();
  }

  // ---- 4. continuation

  private Optional<String> continued(QuotedPassage q, QuotedPassage previous, Optional<String> previousSpeaker) {
    int opening = q.marks().start();
    Optional<String> answering = answerOwner(previous, opening);
    if (answering.isPresent()) {
      return answering;
    }
    if (previous != null && previous.marks().end() <= opening
        && opening - previous.marks().end() <= CONTINUATION_GAP
        && body.substring(previous.marks().end(), opening).indexOf('\n') < 0
        && refs.between(previous.marks().end(), opening).stream().allMatch(r -> sameSpeaker(r, previousSpeaker))) {
      return previousSpeaker;
    }
    Optional<Ref> lastRef = refs.lastBefore(opening);
    Optional<String> last = lastRef.flatMap(refs::resolve);
    // "...her mentor, Jo Bell. “He told me ...”": words about him are someone else's; but after "Jo laughs about
    // it now." the subject of the sentence before goes on speaking about someone else
    boolean subject = lastRef.filter(r -> r.kind() == Kind.NAME && verbFollows(r.span().end(), opening)).isPresent();
    boolean aboutSomeoneElse = (!subject && opensWithThirdPerson(q)) || lastRef.filter(this::introducedInPassing)
        .isPresent();
    return last.isPresent() && aboutSomeoneElse ? someoneElseBefore(opening, last.get()) : last;
  }

  /**
   * {@code Hun fortæller, hvordan afdelingschef Jens Okholm foreslog ... »...«}, {@code The other side was led by
   * their negotiator Jo Bell. “...”}: a person named for the first time, after someone else in the same sentence or
   * at its end, is talked about; the words after are the one's who talks about them.
   */
  private boolean introducedInPassing(Ref ref) {
    if (ref.kind() != Kind.NAME || ref.name().isEmpty() || refs.isGuest(ref.name().get())) {
      return false;
    }
    int start = ref.span().start();
    boolean object = sentenceEndsAt(ref.span().end()) || refs.between(sentenceStart(start), start).stream()
        .anyMatch(r -> r.kind() != Kind.OBJECT && !r.name().equals(ref.name()));
    return object && refs.between(Math.max(0, start - DESCRIBED_BACK), start).stream()
        .noneMatch(r -> r.kind() == Kind.NAME && r.name().equals(ref.name()));
  }

  /** Whether a full stop, question or exclamation mark follows right after {@code end}. */
  private boolean sentenceEndsAt(int end) {
    return end < body.length() && ".!?".indexOf(body.charAt(end)) >= 0;
  }

  /** {@code Jo laughs}: a lower-case word, with nothing but spaces before it, right after {@code nameEnd}. */
  private boolean verbFollows(int nameEnd, int limit) {
    Span next = NearbyWords.after(body, nameEnd, limit, "");
    return next != null && Character.isLowerCase(body.charAt(next.start()));
  }

  /** {@code “What went wrong?” His answer surprises her. “}: whose answer the text between the passages gives. */
  private Optional<String> answerOwner(QuotedPassage previous, int opening) {
    if (previous == null || previous.marks().end() > opening || opening - previous.marks().end() > CONTINUATION_GAP) {
      return Optional.empty();
    }
    for (Ref r : refs.between(previous.marks().end(), opening)) {
      Span next = r.kind() == Kind.POSSESSIVE ? NearbyWords.after(body, r.span().end(), opening, "") : null;
      if (next != null && ANSWER.containsLowered(body, next)) {
        return refs.resolve(r);
      }
    }
    return Optional.empty();
  }

  private boolean opensWithThirdPerson(QuotedPassage q) {
    Span first = NearbyWords.after(body, q.text().start(), q.text().end(), "“”\"‘’'«»„");
    return first != null && THIRD_PERSON.containsLowered(body, first);
  }

  /** The person referred to nearest before {@code position}, as a name or a subject, who is not {@code not}. */
  private Optional<String> someoneElseBefore(int position, String not) {
    List<Ref> candidates = refs.between(Math.max(0, position - MAX_CLAUSE), position);
    for (int i = candidates.size() - 1; i >= 0; i--) {
      Ref r = candidates.get(i);
      Optional<String> name = r.kind() == Kind.NAME || r.kind() == Kind.PRONOUN ? refs.resolve(r) : Optional.empty();
      if (name.isPresent() && !name.get().equals(not)) {
        return name;
      }
    }
    return Optional.empty();
  }

  /** {@code “...,” he tells Jo. “...”}: a name right after a speech verb is the one spoken to, not a new speaker. */
  private boolean sameSpeaker(Ref ref, Optional<String> speaker) {
    if (ref.kind() == Kind.PRONOUN) { // "“Did you?” He pauses. “...”": he answers, not the one who asked
      Optional<String> person = refs.resolve(ref);
      return person.isEmpty() || person.equals(speaker);
    }
    if (ref.kind() != Kind.NAME || ref.name().equals(speaker)) {
      return true;
    }
    Span verb = NearbyWords.before(body, ref.span().start(), Math.max(0, ref.span().start() - NEAR), "");
    return verb != null && isSpeechVerb(verb);
  }

  // ---- the clause

  /**
   * Where the clause before the mark at {@code opening} starts: its sentence start, but no earlier than a
   * quotation of speech before it, a run-together sentence end ({@code out.She}) or a timestamp; a mark that
   * opens a line after one ending in a colon belongs to that line's clause.
   */
  private int clauseStart(int opening) {
    int at = opening;
    while (at > 0 && NearbyWords.isSpace(body.charAt(at - 1))) {
      at--;
    }
    boolean colonLine = at > 0 && body.charAt(at - 1) == ':' && body.substring(at, opening).indexOf('\n') >= 0;
    at = colonLine ? at - 1 : opening;
    int limit = Math.max(Math.max(sentenceStart(at), at - MAX_CLAUSE), previousSpeechEnd(at));
    int i = at;
    while (i > limit) {
      char c = body.charAt(i - 1);
      if (c == '\n' || c == ']' || (".!?".indexOf(c) >= 0 && i < at && Character.isUpperCase(body.charAt(i)))) {
        break;
      }
      i--;
    }
    return startOfNameAround(i);
  }

  /** Right after the colon when the mark at {@code opening} opens a line after one ending in a colon; else it. */
  private int clauseEnd(int opening) {
    int at = opening;
    while (at > 0 && NearbyWords.isSpace(body.charAt(at - 1)) && opening - at < NEAR) {
      at--;
    }
    boolean colonLine = at > 0 && body.charAt(at - 1) == ':' && body.substring(at, opening).indexOf('\n') >= 0;
    return colonLine ? at : opening;
  }

  /** A clause start that fell inside a name ({@code Dr.|Jo Bell}, split at the abbreviation) moves to its start. */
  private int startOfNameAround(int position) {
    return refs.lastBefore(position).filter(r -> r.span().end() > position)
        .map(r -> r.span().start()).orElse(position);
  }

  private int sentenceStart(int position) {
    int i = Sorted.countBelow(sentences, Span::start, position + 1);
    return i == 0 ? 0 : sentences.get(i - 1).start();
  }

  private int previousSpeechEnd(int position) {
    int i = lastQuoteStartingBefore(position);
    for (int n = 0; i >= 0 && n < VERBS_TRIED; i--, n++) {
      QuotedPassage q = quotes.get(i);
      if (q.kind() == QuotedPassage.Kind.SPEECH && q.marks().end() <= position) {
        return q.marks().end();
      }
    }
    return 0;
  }

  private boolean insidePassage(int position) {
    int i = lastQuoteStartingBefore(position);
    return i >= 0 && quotes.get(i).marks().end() > position;
  }

  private int lastQuoteStartingBefore(int position) {
    return Sorted.countBelow(quotes, q -> q.marks().start(), position) - 1;
  }

  // ---- words

  private boolean isSpeechVerb(Span word) {
    return SPEECH_VERB_WORDS.containsLowered(body, word);
  }

  /** {@code the answer}, {@code a reply}: a speech verb's form used as a noun. */
  private boolean afterDeterminer(Span word, int from) {
    Span before = NearbyWords.before(body, word.start(), from, "");
    return before != null && DETERMINERS.containsLowered(body, before);
  }

  private boolean hasWords(int from, int to) {
    return NearbyWords.after(body, from, to, "\n,.:;–—-()[]") != null;
  }

  /**
   * {@code Our union rep told me, ‘...’}: on a transcript line, the speaker reports the words of someone the clause
   * names by no name or pronoun, so no one is named as their speaker.
   */
  private boolean reportsSomeoneUnnamed(int from, int opening) {
    for (Span w = NearbyWords.before(body, opening, from, ",:;–—-()"); w != null;
        w = NearbyWords.before(body, w.start(), from, ",:;–—-()")) {
      if (isSpeechVerb(w) && !afterDeterminer(w, from) && !insidePassage(w.start())) {
        return unnamedSubjectBefore(w, from);
      }
    }
    return false;
  }

  /**
   * Walking back from {@code verb}: a noun phrase's opening word ({@code our}, {@code a}) before any name, pronoun
   * or first-person subject. An adverb alone ({@code never say}) is no subject.
   */
  private boolean unnamedSubjectBefore(Span verb, int from) {
    Span w = verb;
    for (int n = 0; n < SUBJECT_WORDS_UNNAMED; n++) {
      w = NearbyWords.before(body, w.start(), from, ",'’"); // ' and ’ end a plural possessive: teachers’ union
      Span pronoun = w == null ? null : parentheticalPronoun(w, from);
      if (pronoun != null) {
        w = pronoun; // "Her mother, she says, used to warn her": the subject is before "she says"
        continue;
      }
      // "Her mother told her": a possessive opens a noun phrase for someone unnamed
      if (w == null || refCovering(w).filter(r -> r.kind() != Kind.POSSESSIVE).isPresent()
          || SELF.containsLowered(body, w)
          || SECOND_PERSON.containsLowered(body, w)) {
        return false;
      }
      if (OPENERS.containsLowered(body, w)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasSecondPerson(int from, int to) {
    for (Span w = NearbyWords.after(body, from, to, ",.:;–—-()"); w != null; w = NearbyWords.after(body, w.end(), to, ",.:;–—-()?!")) {
      if (SECOND_PERSON.containsLowered(body, withoutClitic(w))) { // "You’ve described it as “"
        return true;
      }
    }
    return false;
  }

  /** The last character of {@code span}'s text stripped of white space, or a space if nothing is left. */
  private char lastNonSpace(Span span) {
    int end = span.end();
    while (end > span.start() && Character.isWhitespace(body.charAt(end - 1))) {
      end--;
    }
    return end > span.start() ? body.charAt(end - 1) : ' ';
  }

  /** {@link NearbyWords#isCapitalised} of the span's text, without copying it. */
  private boolean isCapitalised(Span word) {
    return word.length() > 0 && Character.isUpperCase(body.charAt(word.start()));
  }

  private Kind refKindAt(Span word) {
    return refs.at(word.start()).map(Ref::kind).orElse(null);
  }

  private Optional<Ref> refCovering(Span word) {
    List<Ref> around = refs.between(Math.max(0, word.start() - NEAR), word.end());
    for (int i = around.size() - 1; i >= 0; i--) {
      Ref r = around.get(i);
      if (r.span().start() <= word.start() && r.span().end() >= word.end()) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** A run of up to three capitalised words starting at {@code first} ({@code Dr Bell}), or null. */
  private Span capitalisedRun(Span first, int limit) {
    if (!isCapitalised(first)) {
      return null;
    }
    Span run = first;
    for (int n = 1; n < 3; n++) {
      Span next = NearbyWords.after(body, run.end(), limit, ".");
      if (next == null || !isCapitalised(next) || next.start() - run.end() > 2) {
        break;
      }
      run = Span.of(first.start(), next.end());
    }
    return run;
  }

  /** The full name a capitalised run names: itself without honorifics, or the person a lone word refers to. */
  private String guessedName(Span run) {
    String name = NameGuesser.withoutHonorifics(run.in(body));
    return name.indexOf(' ') < 0 ? refs.fullNameOf(name).orElse(name) : name;
  }

  /** The words of the lexicon lines tagged {@code tag} ({@code self i}, {@code opener our}). */
  private static List<String> tagged(List<String> lines, String tag) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.split("\\s+", 2);
      if (parts[0].equals(tag)) {
        out.add(parts[1]);
      }
    }
    return out;
  }
}
