package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the show and its host where the body states them for THIS episode:
 *
 * <pre>
 *   "In this episode of Slow Fire, Jo Doe speaks with ..."      show Slow Fire, host Jo Doe
 *   "On this episode of Open Watch, host Dr. Jo Doe talks with ..." show Open Watch, host Jo Doe
 *   "... Al tells host Jo Doe how ..."                               host Jo Doe
 *   "Welcome back to Slow Fire ... I'm Jo Doe, and ..."         show and host from a transcript
 * </pre>
 *
 * <p>Nothing is taken from a sentence about another episode ({@code Next week: ...}, {@code In the next episode
 * of ...}), and a first name alone is never a host. Only the first {@value #WINDOW} characters are searched: the
 * phrases open a summary, and a bound keeps the stage linear.
 */
final class BodyShowReader {
  static final int WINDOW = 8000;
  /** How far from the input's end a closing thanks is looked for: a footer's reach. */
  private static final int THANKS_REACH = 2000;
  private static final int MAX_SHOW = 100;
  /** The meeting verbs that a verb-second language puts right after the show's name, before the host's. */
  private static final List<String> VERB_SECOND = List.of("möter", "träffar", "pratar", "samtalar", "intervjuar",
      "møder", "møter", "taler", "snakker", "intervjuer", "spricht", "trifft", "rencontre", "parle", "habla",
      "entrevista", "incontra", "parla", "praat", "spreekt", "interviewt", "ontvangt");
  /**
   * Words that end a show's name in the body (case-sensitive: a show's title-case {@code We} stays): subject
   * pronouns, host words, English meeting verbs, and the verb-second ones ({@code I veckans avsnitt av Ledarskap i
   * vården möter Per Wallin ...}).
   */
  private static final List<String> CLAUSE_STARTS = Stream.concat(Stream.of("she", "he", "they", "we", "host",
      "hosts", "co-host", "talks", "speaks", "chats", "sits", "keskustelee", "haastattelee"), VERB_SECOND.stream())
      .toList();
  private static final Set<String> MEETING_VERBS = Set.of("möter", "träffar", "intervjuar", "møder", "møter",
      "intervjuer", "trifft", "rencontre", "entrevista", "incontra", "interviewt", "ontvangt");
  private static final List<String> WITH_WORDS = List.of("med", "met", "mit", "avec", "con");
  private static final int SELF_REACH = 500;
  private static final List<String> GENERIC_NOUNS = List.of(" podcast", " show", " series");
  /** Compiled once: {@code String.replaceAll} would compile it for every candidate name. */
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:.]+$");
  /** Folded ASCII characters: most of a body is ASCII. */
  private static final char[] ASCII_FOLDED = new char[128];
  /** Bits of {@link #charClass}: a phrase may start with the folded character; it is a letter or digit. */
  private static final int OPENS_PHRASE = 1;
  private static final int WORD_PART = 2;
  /** Characters below this have their class in a table: ASCII, Latin, Greek, Cyrillic, curly quotes, dashes. */
  private static final int TABLED = 0x2100;

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_FOLDED[c] = HeaderLexicon.foldChar(c);
    }
  }
  /** The phrase keys searched in one pass, by index into {@link Occurrences}. */
  private static final List<String> KEYS =
      List.of("show", "welcome", "host", "intro", "suffix", "numbered", "for");
  private static final int SHOW = 0;
  private static final int WELCOME = 1;
  private static final int HOST = 2;
  private static final int INTRO = 3;
  private static final int SUFFIX = 4;
  private static final int NUMBERED = 5;
  private static final int FOR = 6;
  private static final int MAX_EPISODE_DIGITS = 4;
  /** How far before {@code on <Show>} the host's name may start ({@code talks to Dr Jo Doe-Roe on ...}). */
  private static final int MAX_NAME_REACH = 60;
  /** The small words a title-case show name keeps in lower case ({@code Leadership in Practice}). */
  private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "for",
      "in", "on", "at", "to", "a", "by", "with", "from", "&");
  private static final List<String> ARTICLES = List.of("the ", "a ", "an ", "your ", "our ");
  /** The words that open a clause about the show after its noun ({@code the podcast in which}). */
  private static final List<String> RELATIVE_WORDS = List.of("in which", "on which", "where");

  private final HeaderLexicon lexicon;
  private final NameShape names;
  private final List<String> hostWords;
  private final List<String> verbs;
  private final List<String> selfPhrases;
  private final List<String> nextMarkers;
  private final List<String> presenters;
  private final List<String> coHostWords;
  private final List<String> pluralVerbs;
  private final List<String> pronouns;
  private final List<String> suffixes;
  private final List<String> leadWords;
  private final List<String> ofWords;
  private final List<String> thanksPhrases;
  /** The {@link #KEYS} phrases in a trie: one walk from a word start finds every phrase that starts there. */
  private final PhraseNode phrases = new PhraseNode();
  /** The trie's first level for ASCII characters, by index: asked at every word start. */
  private final PhraseNode[] asciiRoots = new PhraseNode[128];
  /** For each character below {@link #TABLED}, its {@link #OPENS_PHRASE} and {@link #WORD_PART} bits. */
  private final byte[] charClass = new byte[TABLED];
  /** Whether a {@code next} marker starts with the (folded) ASCII character: most characters are ruled out. */
  private final boolean[] asciiMarkerFirst = new boolean[128];
  private final String[] markers;

  BodyShowReader(HeaderLexicon lexicon) {
    this.lexicon = lexicon;
    this.names = lexicon.names;
    this.hostWords = lexicon.bodyPhrases("host");
    this.verbs = lexicon.bodyPhrases("verb");
    this.selfPhrases = lexicon.bodyPhrases("self");
    this.nextMarkers = lexicon.bodyPhrases("next");
    this.presenters = lexicon.bodyPhrases("presenter");
    this.coHostWords = lexicon.bodyPhrases("cohost");
    this.pluralVerbs = lexicon.bodyPhrases("plural");
    this.pronouns = lexicon.bodyPhrases("pronoun");
    this.suffixes = lexicon.bodyPhrases("suffix");
    this.leadWords = lexicon.bodyPhrases("lead");
    this.ofWords = lexicon.bodyPhrases("of");
    this.thanksPhrases = lexicon.bodyPhrases("thanks");
    for (int key = 0; key < KEYS.size(); key++) {
      for (String phrase : lexicon.bodyPhrases(KEYS.get(key))) {
        phrases.add(phrase, key);
      }
    }
    this.markers = nextMarkers.toArray(new String[0]);
    for (char c = 0; c < asciiRoots.length; c++) {
      asciiRoots[c] = phrases.child(c);
    }
    for (char c = 0; c < charClass.length; c++) {   // after the roots: an upper-case letter uses its lower case's
      charClass[c] = (byte) classOf(c);
    }
    for (String marker : markers) {
      if (marker.charAt(0) < asciiMarkerFirst.length) {
        asciiMarkerFirst[marker.charAt(0)] = true;
      }
    }
  }

  /**
   * The part of the input searched: {@code text[start, end)}, read in place (no copy of the body). Positions are
   * the input's; a {@link Found} gives them relative to {@code start}.
   */
  private record Window(String text, int start, int end) {
    Span span(int from, int to) {
      return Span.of(from - start, to - start);
    }
  }

  /** The trie node of a phrase's first (folded) character, or null if no phrase starts with it. */
  private PhraseNode root(char folded) {
    return folded < asciiRoots.length ? asciiRoots[folded] : phrases.child(folded);
  }

  /** A trie node: its children by (folded) character, and the keys of the phrases that end here. */
  private static final class PhraseNode {
    private char[] chars = new char[0];
    private PhraseNode[] children = new PhraseNode[0];
    private int[] keys = new int[0];

    void add(String phrase, int key) {
      PhraseNode node = this;
      for (int i = 0; i < phrase.length(); i++) {
        node = node.childAdding(phrase.charAt(i));
      }
      node.keys = Arrays.copyOf(node.keys, node.keys.length + 1);
      node.keys[node.keys.length - 1] = key;
    }

    private PhraseNode childAdding(char c) {
      PhraseNode child = child(c);
      if (child == null) {
        child = new PhraseNode();
        chars = Arrays.copyOf(chars, chars.length + 1);
        children = Arrays.copyOf(children, children.length + 1);
        chars[chars.length - 1] = c;
        children[children.length - 1] = child;
      }
      return child;
    }

    PhraseNode child(char c) {
      for (int i = 0; i < chars.length; i++) {
        if (chars[i] == c) {
          return children[i];
        }
      }
      return null;
    }
  }

  /** A show and/or hosts found in the body, and the body range of the phrase that gave them. */
  record Found(String show, List<PersonName> hosts, Span where) {
    Found {
      hosts = List.copyOf(hosts);
    }
  }

  /** What the body says about its show and host; empty results when it says nothing. */
  List<Found> read(String body) {
    return read(body, 0, body.length());
  }

  /** {@link #read(String)} of the body {@code input[bodyStart, bodyEnd)}; spans are relative to the body. */
  List<Found> read(String input, int bodyStart, int bodyEnd) {
    Window w = new Window(input, bodyStart, Math.min(bodyEnd, bodyStart + WINDOW));
    int[][] occurrences = occurrences(w);
    List<Found> found = new ArrayList<>();
    addIfAny(found, introduction(w, occurrences[SHOW], false));
    addIfAny(found, introduction(w, afterEpisodeNumber(w, occurrences[NUMBERED]), false));
    addIfAny(found, introduction(w, occurrences[WELCOME], true));
    addIfAny(found, showBeforePhrase(w, occurrences[SUFFIX]));
    addIfAny(found, conversationForShow(w, occurrences[FOR]));
    addIfAny(found, hostWord(w, occurrences[HOST]));
    addIfAny(found, hostBeforeVerb(w, occurrences[INTRO]));
    return found;
  }

  /**
   * {@code Thanks for listening to The Open Till. Subscribe ...} in the input's last {@value #THANKS_REACH}
   * characters (the body's close or the site's footer): the show, in title case, or null.
   */
  Found thankedShow(String input, int bodyStart) {
    Window w = new Window(input, Math.max(bodyStart, input.length() - THANKS_REACH), input.length());
    for (int at = w.start; at < w.end; at++) {
      for (String phrase : thanksPhrases) {
        int showStart = at + phrase.length() + 1;
        int showEnd = (at == w.start || !Character.isLetter(input.charAt(at - 1)))
            && HeaderLexicon.foldedWordAt(input, at, phrase) ? thankedShowEnd(w, showStart) : -1;
        if (showEnd > 0) {
          String show = withoutGenericNoun(input.substring(showStart, showEnd).strip());
          return new Found(show, List.of(), Span.of(at - bodyStart, showEnd - bodyStart));
        }
      }
    }
    return null;
  }

  /** Where a title-case show's name from {@code showStart} ends, at a stop or comma; -1 if there is none. */
  private static int thankedShowEnd(Window w, int showStart) {
    if (showStart >= w.end || !Character.isUpperCase(w.text.charAt(showStart))) {
      return -1;
    }
    int end = showStart;
    while (end < w.end && end - showStart < MAX_SHOW && ".!,;\n".indexOf(w.text.charAt(end)) < 0) {
      end++;
    }
    return end - showStart < MAX_SHOW && titleCase(w.text, showStart, end) ? end : -1;
  }

  /**
   * {@code Al Roe talks to Jo Doe on <Show>}, with {@code show} the name the header gives: the one spoken to on the
   * show is its host. Occurrences of the show are found in text order, each search going on from the last, so
   * the window is read once.
   */
  Found hostOnShow(String input, int bodyStart, int bodyEnd, String show) {
    Window w = new Window(input, bodyStart, Math.min(bodyEnd, bodyStart + WINDOW));
    String needle = " on " + show;
    for (int p = input.indexOf(needle, bodyStart); p >= 0 && p + needle.length() <= w.end;
        p = input.indexOf(needle, p + 1)) {
      PersonName host = spokenToBefore(w, p);
      if (host != null) {
        return new Found(null, List.of(host), w.span(p + 1, p + needle.length()));
      }
    }
    return null;
  }

  /** The full name that ends at {@code end} right after a conversation verb ({@code talks to Jo Doe}), or null. */
  private PersonName spokenToBefore(Window w, int end) {
    for (int s = end - 1; s > Math.max(w.start, end - MAX_NAME_REACH); s--) {
      if (w.text.charAt(s - 1) != ' ') {
        continue;
      }
      for (String verb : verbs) {
        int verbStart = s - 1 - verb.length();
        if (verbStart >= w.start && HeaderLexicon.foldedStartsWith(w.text, verbStart, verb)
            && (verbStart == w.start || w.text.charAt(verbStart - 1) == ' ')) {
          PersonName host = nameAt(w, s);
          return host != null && nameEnd(w, s, host) == end ? host : null;
        }
      }
    }
    return null;
  }

  /** Whether a conversation verb follows {@code host}'s name, read from {@code from}. */
  private boolean verbAfter(Window w, int from, PersonName host) {
    int end = nameEnd(w, from, host);
    int verbStart = end < 0 ? -1 : skipSpaces(w, end);
    for (String verb : verbs) {
      if (verbStart >= 0 && foldedWordAt(w, verbStart, verb)) {
        return true;
      }
    }
    return false;
  }

  /** {@code In this episode, Jo Doe speaks with ...}: the subject of a conversation verb is the host. */
  private Found hostBeforeVerb(Window w, int[] occurrences) {
    for (int at : occurrences) {
      int pos = skipSpaces(w, at);
      PersonName host = nameAt(w, pos);
      if (host == null) {
        continue;
      }
      List<String> words = NameShape.words(host.name());
      String last = words.get(words.size() - 1);
      int nameEnd = indexOf(w, last, pos) + last.length();
      int verbStart = skipSpaces(w, nameEnd);
      for (String verb : verbs) {
        if (foldedWordAt(w, verbStart, verb)) {
          return new Found(null, List.of(host), w.span(at, nameEnd));
        }
      }
    }
    return null;
  }

  /** {@link String#indexOf(String, int)} within the window; not found is {@code start - 1}, the window's -1. */
  private static int indexOf(Window w, String word, int from) {
    int at = w.text.indexOf(word, from);
    return at >= 0 && at + word.length() <= w.end ? at : w.start - 1;
  }

  /** {@link HeaderLexicon#foldedWordAt} within the window: the space after the phrase must lie inside it. */
  private static boolean foldedWordAt(Window w, int at, String phrase) {
    int end = at + phrase.length();
    return end < w.end && HeaderLexicon.foldedWordAt(w.text, at, phrase);
  }

  private static void addIfAny(List<Found> found, Found f) {
    if (f != null && (f.show() != null || !f.hosts().isEmpty())) {
      found.add(f);
    }
  }

  /** {@code In this episode of <Show>, [host] <Host> ...} or {@code welcome back to <Show>, ... I'm <Host>}. */
  private Found introduction(Window w, int[] occurrences, boolean welcome) {
    String text = w.text;
    for (int at : occurrences) {
      int showStart = skipSpaces(w, at);
      if (showStart + 4 < w.end && text.startsWith("the ", showStart)
          && Character.isUpperCase(text.charAt(showStart + 4))) {
        showStart += 4;   // "of the Open Watch podcast": the article and the generic noun are not the name
      }
      int showEnd = showEnd(w, showStart);
      if (showEnd <= showStart || !Character.isUpperCase(text.charAt(showStart))) {
        continue;
      }
      showEnd = subtitleEnd(w, showStart, showEnd);
      String show = withoutGenericNoun(text.substring(showStart, showEnd).strip());
      List<PersonName> hosts = welcome ? selfIntroduced(w, sentenceStart(w, at), showEnd) : hostAfterComma(w, showEnd);
      if (!welcome && hosts.isEmpty()) {
        hosts = hostAfterVerb(w, showEnd);
      }
      if (!welcome && hosts.isEmpty()) {
        hosts = hostAfterPronoun(w, showEnd);
      }
      if (welcome && hosts.isEmpty()) {
        hosts = hostInAppositive(w, showEnd);
      }
      if (welcome && hosts.isEmpty() && !endsWithShowWord(show) && !showNounAfter(w, showEnd)) {
        continue;   // "welcome to Lagos": a welcome names a show only with "I'm <Host>" or a word like Podcast
      }
      return new Found(show, hosts, w.span(at, showEnd));
    }
    return null;
  }

  /** {@code host Jo Doe}, {@code hosted by Jo Doe}. */
  private Found hostWord(Window w, int[] occurrences) {
    for (int at : occurrences) {
      List<PersonName> hosts = namesAt(w, at);
      if (!hosts.isEmpty()) {
        return new Found(null, hosts, w.span(at, Math.min(w.end, at + hosts.get(0).name().length())));
      }
    }
    return null;
  }

  /** After {@code <Show>,}: an optional host word, then the host's full name. */
  private List<PersonName> hostAfterComma(Window w, int showEnd) {
    if (showEnd >= w.end || w.text.charAt(showEnd) != ',') {
      return List.of();
    }
    int pos = skipSpaces(w, showEnd + 1);
    for (String word : hostWords) {
      if (foldedWordAt(w, pos, word)) {
        pos = skipSpaces(w, pos + word.length());
        if (word.endsWith("hosts")) {
          return namesAt(w, pos);   // "<Show>, hosts Jo Doe and Al Roe sit down with": both host
        }
        return hostAndCoHost(w, pos);
      }
    }
    return hostAndCoHost(w, afterWord(w, pos, presenters));
  }

  /**
   * The host's full name at {@code pos}, and a second host joined to it: {@code Jo Doe and co-host Al Roe}, or
   * {@code Jo Doe and Al Roe talk to ...} (a plural verb whose object is the guest). Without either, the second
   * name is likelier the guest ({@code Jo Doe and Al Roe discuss ...}).
   */
  private List<PersonName> hostAndCoHost(Window w, int pos) {
    PersonName host = nameAt(w, pos);
    if (host == null) {
      return List.of();
    }
    int end = nameEnd(w, pos, host);
    int conjunctionEnd = end < 0 ? -1 : wordEnd(w, skipSpaces(w, end));
    if (conjunctionEnd < 0 || !lexicon.isConjunction(w.text.substring(skipSpaces(w, end), conjunctionEnd))) {
      return List.of(host);
    }
    int secondStart = skipSpaces(w, conjunctionEnd);
    int named = afterWord(w, secondStart, coHostWords);
    PersonName second = nameAt(w, named);
    if (second == null || named == secondStart && !pluralVerbAfter(w, named, second)) {
      return List.of(host);
    }
    return List.of(host, second);
  }

  private boolean pluralVerbAfter(Window w, int pos, PersonName name) {
    int end = nameEnd(w, pos, name);
    return end >= 0 && afterWord(w, skipSpaces(w, end), pluralVerbs) > skipSpaces(w, end);
  }

  /** {@code pos} past one of {@code words} and the spaces after it, or {@code pos} when none stands there. */
  private static int afterWord(Window w, int pos, List<String> words) {
    for (String word : words) {
      if (foldedWordAt(w, pos, word)) {
        return skipSpaces(w, pos + word.length());
      }
    }
    return pos;
  }

  /** Where the last word of {@code name}, read from {@code from}, ends (a bounded search), or -1. */
  private static int nameEnd(Window w, int from, PersonName name) {
    String full = name.name();
    String last = full.substring(full.lastIndexOf(' ') + 1);
    for (int i = from; i <= Math.min(w.end - last.length(), from + MAX_SHOW); i++) {
      if (w.text.startsWith(last, i)) {
        return i + last.length();
      }
    }
    return -1;
  }

  /** The end of the word (up to a space) at {@code pos}. */
  private static int wordEnd(Window w, int pos) {
    int end = pos;
    while (end < w.end && !HeaderLexicon.isSpace(w.text.charAt(end))) {
      end++;
    }
    return end;
  }

  /**
   * {@code In this episode of <Show>, she talks to Jo Doe}: the pronoun stands for the guest introduced before,
   * so the one spoken to is the host.
   */
  private List<PersonName> hostAfterPronoun(Window w, int showEnd) {
    int pos = skipSpaces(w, showEnd < w.end && w.text.charAt(showEnd) == ',' ? showEnd + 1 : showEnd);
    int verbStart = afterWord(w, pos, pronouns);
    if (verbStart == pos) {
      return List.of();
    }
    int hostStart = afterWord(w, verbStart, verbs);
    PersonName host = hostStart == verbStart ? null : nameAt(w, hostStart);
    return host == null ? List.of() : List.of(host);
  }

  /**
   * Where a show name with a comma or colon inside ends: {@code Public Works, Private Doubts, host Jo Doe ...}
   * (a title-case part, then a host word) or {@code Smoke & Mirrors: Leading Under Fire, Jo Doe talks ...} (a
   * title-case subtitle, then the host's name). Otherwise {@code end}, the first comma or colon.
   */
  private int subtitleEnd(Window w, int showStart, int end) {
    String text = w.text;
    char mark = end + 2 < w.end ? text.charAt(end) : ' ';
    if (mark != ',' && mark != ':' || text.charAt(end + 1) != ' ' || !Character.isUpperCase(text.charAt(end + 2))) {
      return end;
    }
    int next = showEnd(w, end + 2);
    if (next <= end + 2 || next >= w.end || next - showStart > MAX_SHOW || text.charAt(next) != ','
        || !titleCase(text, end + 2, next)) {
      return end;
    }
    int after = skipSpaces(w, next + 1);
    boolean hostWord = afterWord(w, after, hostWords) > after;   // "<Show>, Jo Doe, host of ..." names no host
    return hostWord && !hostAfterComma(w, next).isEmpty() || mark == ':' && nameAt(w, after) != null ? next : end;
  }

  /** Whether every word of {@code text[from, to)} is capitalised or a small word of a title. */
  private static boolean titleCase(String text, int from, int to) {
    for (String word : NameShape.words(text.substring(from, to))) {
      if (!Character.isUpperCase(word.codePointAt(0)) && !SMALL_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** {@code Welcome to Open Watch, the podcast for ...}: an appositive naming what the show is. */
  private boolean showNounAfter(Window w, int showEnd) {
    return showNounEnd(w, showEnd) > showEnd;
  }

  /** Where the show noun of {@link #showNounAfter}'s appositive ends ({@code , the podcast}), or {@code showEnd}. */
  private int showNounEnd(Window w, int showEnd) {
    if (showEnd >= w.end || w.text.charAt(showEnd) != ',') {
      return showEnd;
    }
    int pos = skipSpaces(w, showEnd + 1);
    for (String article : ARTICLES) {
      if (HeaderLexicon.foldedStartsWith(w.text, pos, article)) {
        int end = wordEnd(w, pos + article.length());
        return end > pos + article.length() && lexicon.showWords.contains(
            HeaderLexicon.foldWord(w.text.substring(pos + article.length(), end))) ? end : showEnd;
      }
    }
    return showEnd;
  }

  /**
   * {@code Welcome to Open Watch, the podcast in which Jo Doe talks to ...}: the subject of a conversation verb in
   * the clause that says what the show is, is its host.
   */
  private List<PersonName> hostInAppositive(Window w, int showEnd) {
    int nounEnd = showNounEnd(w, showEnd);
    int pos = nounEnd > showEnd ? afterWord(w, skipSpaces(w, nounEnd), RELATIVE_WORDS) : -1;
    PersonName host = pos > nounEnd ? nameAt(w, pos) : null;
    return host != null && verbAfter(w, pos, host) ? List.of(host) : List.of();
  }

  /**
   * {@code <Show> -podcastin tässä jaksossa toimittaja Jo Doe keskustelee ...}: the show's name ends where the
   * phrase starts and opens its clause (after a few lead words); the host may follow.
   */
  private Found showBeforePhrase(Window w, int[] occurrences) {
    String text = w.text;
    for (int end : occurrences) {
      int start = phraseStart(w, end, suffixes);
      int showEnd = start;
      while (showEnd > w.start && text.charAt(showEnd - 1) == ' ') {
        showEnd--;
      }
      int showStart = showEnd;
      while (showStart > w.start && showEnd - showStart < MAX_SHOW
          && ".!?:;\n".indexOf(text.charAt(showStart - 1)) < 0) {
        showStart--;
      }
      int clauseStart = skipWhiteSpace(w, showStart);
      showStart = afterWord(w, clauseStart, leadWords);
      if (showStart >= showEnd || showEnd - showStart >= MAX_SHOW || !Character.isUpperCase(text.charAt(showStart))) {
        continue;   // no clause start within reach, or a name in lower case: no show
      }
      List<PersonName> hosts = hostAndCoHost(w, afterWord(w, afterWord(w, end, hostWords), presenters));
      if (text.charAt(start) != '-' && !(showStart > clauseStart && titleCase(text, showStart, showEnd)
          && !hosts.isEmpty() && verbAfter(w, end, hosts.get(hosts.size() - 1)))) {
        continue;   // "The board met this week, ...": plain words after a name say nothing of a show
      }
      return new Found(text.substring(showStart, showEnd), hosts, w.span(showStart, end));
    }
    return null;
  }

  /**
   * {@code In this conversation with Jo Doe for <Show>, Al talks about ...}: the one the conversation is with is
   * the show's host when someone else, named by a first name, is the subject after the show.
   */
  private Found conversationForShow(Window w, int[] occurrences) {
    String text = w.text;
    for (int at : occurrences) {
      PersonName host = nameAt(w, at);
      int end = host == null ? -1 : nameEnd(w, at, host);
      if (end < 0 || !foldedWordAt(w, end + 1, "for") || text.charAt(end) != ' ') {
        continue;
      }
      int showStart = skipSpaces(w, end + 5);
      int showEnd = showStart < w.end && Character.isUpperCase(text.charAt(showStart)) ? showEnd(w, showStart) : -1;
      if (showEnd > showStart && showEnd < w.end && text.charAt(showEnd) == ','
          && otherSubject(w, skipSpaces(w, showEnd + 1), host)) {
        return new Found(text.substring(showStart, showEnd).strip(), List.of(host), w.span(at, showEnd));
      }
    }
    return null;
  }

  /** Whether a capitalised first name other than {@code host}'s, then a lower-case word, stands at {@code pos}. */
  private static boolean otherSubject(Window w, int pos, PersonName host) {
    int end = wordEnd(w, pos);
    int next = skipSpaces(w, end);
    String name = host.name();
    return end > pos && Character.isUpperCase(w.text.charAt(pos)) && next < w.end
        && Character.isLowerCase(w.text.charAt(next)) && !w.text.substring(pos, end).equals(name.substring(0,
            Math.max(0, name.indexOf(' '))));
  }

  /**
   * {@code In episode 9 of <Show>}: where the show starts after each numbered phrase's number and "of" word;
   * phrases without them are left out.
   */
  private int[] afterEpisodeNumber(Window w, int[] occurrences) {
    int[] out = new int[occurrences.length];
    int n = 0;
    for (int end : occurrences) {
      int digits = end;
      while (digits < w.end && digits - end < MAX_EPISODE_DIGITS && Character.isDigit(w.text.charAt(digits))) {
        digits++;
      }
      int showStart = digits > end && digits < w.end && w.text.charAt(digits) == ' '
          ? afterWord(w, digits + 1, ofWords) : digits + 1;
      if (showStart > digits + 1) {
        out[n++] = showStart;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Where the longest of {@code phrases} that ends (one space included) at {@code end} starts. */
  private static int phraseStart(Window w, int end, List<String> phrases) {
    for (String phrase : phrases) {
      int start = end - 1 - phrase.length();
      if (start >= w.start && HeaderLexicon.foldedStartsWith(w.text, start, phrase)) {
        return start;
      }
    }
    return end;
  }

  private static int skipWhiteSpace(Window w, int pos) {
    while (pos < w.end && Character.isWhitespace(w.text.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  /** Where the sentence holding {@code at} starts, looked for at most 300 characters back. */
  private static int sentenceStart(Window w, int at) {
    int start = at;
    while (start > w.start && at - start < 300 && ".!?\n".indexOf(w.text.charAt(start - 1)) < 0) {
      start--;
    }
    return start;
  }

  /**
   * Verb-second languages put the host right after the verb that ends the show's name: {@code I veckans avsnitt
   * av <Show> möter Nils Berg ...}, {@code In deze aflevering van <Show> praat Bram Visser met ...}. A verb of
   * talking needs its "with" after the name; one of meeting takes its object directly.
   */
  private List<PersonName> hostAfterVerb(Window w, int showEnd) {
    int pos = skipSpaces(w, showEnd);
    for (String verb : VERB_SECOND) {
      if (foldedWordAt(w, pos, verb)) {
        PersonName host = nameAt(w, skipSpaces(w, pos + verb.length()));
        boolean meets = MEETING_VERBS.contains(verb);
        if (meets && host != null && host.honorific().isEmpty() && host.name().split(" ").length == 4) {
          // "möter Per Wallin Eva-Lotta Sandqvist": the host's name, then the guest's, written without a break
          String[] words = host.name().split(" ");
          host = PersonNames.parse(words[0] + " " + words[1]);
        }
        return host != null && (meets || withAfter(w, pos, host)) ? List.of(host) : List.of();
      }
    }
    return List.of();
  }

  /** Whether a "with" word follows the last word of {@code host}'s name within the next few characters. */
  private static boolean withAfter(Window w, int from, PersonName host) {
    String name = host.name();
    String last = name.substring(name.lastIndexOf(' ') + 1);
    int at = -1;
    for (int i = from; i <= Math.min(w.end - last.length(), from + MAX_SHOW) && at < 0; i++) {
      at = w.text.startsWith(last, i) ? i : -1; // a bounded search: an indexOf could scan the whole input
    }
    if (at < 0) {
      return false;
    }
    int next = skipSpaces(w, at + last.length());
    for (String with : WITH_WORDS) {
      if (foldedWordAt(w, next, with)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code I'm Jo Doe} in a transcript's welcome, from its sentence's start ({@code Hi, I'm Jo Doe and this is
   * <Show>}) to soon after the show ({@code Welcome to <Show>. I'm Jo Doe}).
   */
  private List<PersonName> selfIntroduced(Window w, int from, int showEnd) {
    int limit = Math.min(w.end, showEnd + SELF_REACH);
    for (String phrase : selfPhrases) {
      int at = firstFoldedWord(w, phrase, from, limit);
      if (at >= 0) {
        PersonName host = nameAt(w, at + phrase.length());
        if (host != null) {
          return List.of(host);
        }
      }
    }
    return List.of();
  }

  /** The first position in {@code [from, limit)} where folded {@code text} holds {@code phrase} and a space; -1. */
  private static int firstFoldedWord(Window w, String phrase, int from, int limit) {
    char first = phrase.charAt(0);
    for (int at = Math.max(from, w.start); at < limit; at++) {
      if (folded(w.text.charAt(at)) == first && foldedWordAt(w, at, phrase)) {
        return at;
      }
    }
    return -1;
  }

  /** The full name (honorific allowed) starting at {@code pos}, or null. */
  private PersonName nameAt(Window w, int pos) {
    List<PersonName> names = namesAt(w, pos);
    return names.isEmpty() ? null : names.get(0);
  }

  /** The full names starting at {@code pos}: one, or two joined by a conjunction ({@code Jo Doe and Al Roe}). */
  private List<PersonName> namesAt(Window w, int pos) {
    int limit = Math.min(w.end, pos + 160);
    if (opensWithLowerCaseWord(w.text, pos, limit)) {
      return List.of();
    }
    List<String> words = new SpacedWords(w.text, pos, limit);   // few of them are ever looked at
    List<PersonName> out = new ArrayList<>();
    int from = 0;
    while (out.size() < 2) {
      int used = fullName(words, from, out);
      boolean joined = used > 0 && from + used + 1 < words.size() && !words.get(from + used - 1).endsWith(",")
          && lexicon.isConjunction(words.get(from + used));
      if (!joined) {
        break;
      }
      from += used + 1;
    }
    return out;
  }

  /**
   * Whether the first word in {@code [pos, limit)} starts in lower case and is no honorific: no name run
   * ({@link NameShape#nameRun}) starts there, and most phrase occurrences are followed by such a word.
   */
  private static boolean opensWithLowerCaseWord(String text, int pos, int limit) {
    int start = pos;
    while (start < limit && HeaderLexicon.isSpace(text.charAt(start))) {
      start++;
    }
    if (start == limit || !Character.isLowerCase(text.charAt(start))) {
      return false;
    }
    int end = start;
    while (end < limit && !HeaderLexicon.isSpace(text.charAt(end))) {
      end++;
    }
    return !PersonNames.isHonorific(text.substring(start, end));
  }

  /** Adds the longest full name starting at word {@code from} to {@code out}; the number of words it used. */
  private int fullName(List<String> words, int from, List<PersonName> out) {
    int run = names.nameRun(words, from);
    for (int n = run; n >= 2; n--) {
      String candidate = withoutTrailingPunctuation(String.join(" ", words.subList(from, from + n)));
      if (names.isFullName(candidate)) {
        out.add(PersonNames.parse(candidate));
        return n;
      }
    }
    return 0;
  }

  /** {@code text} without the run of {@code , ; : .} at its end: {@code [,;:.]+$} removed, without a regex. */
  private static String withoutTrailingPunctuation(String text) {
    if (text.indexOf('\u0085') >= 0) {
      return TRAILING_PUNCTUATION.matcher(text).replaceAll("");   // "$" also matches before a final line break
    }
    int end = text.length();
    while (end > 0 && ",;:.".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }

  /**
   * {@link NameShape#words} of {@code text[from, to)}, each word made only when asked for: a name run reads the
   * first few of them, and most occurrences are followed by no name at all.
   */
  private static final class SpacedWords extends AbstractList<String> implements RandomAccess {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] made;

    SpacedWords(String text, int from, int to) {
      this.text = text;
      int[] s = new int[(to - from + 1) / 2 + 1];
      int[] e = new int[s.length];
      int n = 0;
      int start = -1;
      for (int i = from; i <= to; i++) {
        boolean space = i == to || HeaderLexicon.isSpace(text.charAt(i));
        if (space && start >= 0) {
          s[n] = start;
          e[n++] = i;
          start = -1;
        } else if (!space && start < 0) {
          start = i;
        }
      }
      this.starts = s;
      this.ends = e;
      this.made = new String[n];
    }

    @Override
    public String get(int index) {
      if (made[index] == null) {
        made[index] = text.substring(starts[index], ends[index]);
      }
      return made[index];
    }

    @Override
    public int size() {
      return made.length;
    }
  }

  /**
   * For each of the {@link #KEYS}, where its phrases end (one space included), in text order, for phrases that
   * start a word and open no other episode. One pass: the phrase trie is walked from each word start only.
   */
  private int[][] occurrences(Window w) {
    int[][] out = new int[KEYS.size()][];
    int[] counts = new int[KEYS.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = new int[4];
    }
    String text = w.text;
    int inWord = 0;   // 1 after a letter or digit: one branch per character, on bits
    for (int i = w.start; i < w.end; i++) {
      char c = text.charAt(i);
      int bits = c < TABLED ? charClass[c] : classOf(c);
      if ((bits & ~inWord & OPENS_PHRASE) != 0) {   // a word start that may open a phrase
        phrasesAt(w, i, root(folded(c)), out, counts);
      }
      inWord = bits >> 1;
    }
    for (int k = 0; k < out.length; k++) {
      out[k] = Arrays.copyOf(out[k], counts[k]);
      Arrays.sort(out[k]);
    }
    return out;
  }

  /**
   * Adds where each phrase that starts at {@code at} (and is followed by a space) ends, by key; {@code first} is
   * the trie node of the character at {@code at}.
   */
  private void phrasesAt(Window w, int at, PhraseNode first, int[][] out, int[] counts) {
    String text = w.text;
    PhraseNode node = first;
    for (int k = at; k + 1 < w.end; k++) {
      node = k == at ? first : node.child(folded(text.charAt(k)));
      if (node == null) {
        return;
      }
      if (node.keys.length > 0 && text.charAt(k + 1) == ' ' && !aboutAnotherEpisode(w, at)) {
        for (int key : node.keys) {
          add(out, counts, key, k + 2);
        }
      }
    }
  }

  /** The {@link #OPENS_PHRASE} and {@link #WORD_PART} bits of {@code c}. */
  private int classOf(char c) {
    char f = folded(c);
    return (isWordPart(f) ? WORD_PART : 0) | (root(f) != null ? OPENS_PHRASE : 0);
  }

  private static boolean isWordPart(char folded) {
    return Character.isLetterOrDigit(folded);
  }

  private static char folded(char c) {
    return c < ASCII_FOLDED.length ? ASCII_FOLDED[c] : HeaderLexicon.foldChar(c);
  }

  private static void add(int[][] lists, int[] counts, int key, int value) {
    if (counts[key] == lists[key].length) {
      lists[key] = Arrays.copyOf(lists[key], counts[key] * 2);
    }
    lists[key][counts[key]++] = value;
  }

  /** Whether the sentence holding {@code at} speaks of another episode ("Next week: ..."). */
  private boolean aboutAnotherEpisode(Window w, int at) {
    String text = w.text;
    int start = at;
    while (start > w.start && at - start < 300 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    int end = Math.min(w.end, at + 40);
    for (int p = start; p < end; p++) {
      char c = folded(text.charAt(p));
      if (c < asciiMarkerFirst.length && !asciiMarkerFirst[c]) {
        continue;   // most characters: no marker starts with them
      }
      for (String marker : markers) {
        if (marker.charAt(0) == c && p + marker.length() <= end && HeaderLexicon.foldedStartsWith(text, p, marker)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The end of a show name: a comma or the end of the clause, or the space before a subject pronoun or a host
   * word ({@code of The Open Desk she talks with host ...}), at most {@value #MAX_SHOW} characters on.
   */
  private static int showEnd(Window w, int start) {
    String text = w.text;
    int limit = Math.min(w.end, start + MAX_SHOW);
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '\n' || c == '!' || c == '?' || c == '(' || c == '\u2013'
          || c == '.' && (i + 1 >= w.end || !Character.isLetter(text.charAt(i + 1)))
          || c == ' ' && startsClause(w, i + 1)) {
        return i;
      }
    }
    return limit < w.end ? -1 : limit;
  }

  /** Whether a word that no show name holds, but a clause after one starts with, stands at {@code pos}. */
  private static boolean startsClause(Window w, int pos) {
    for (String word : CLAUSE_STARTS) {
      int end = pos + word.length();
      if (end <= w.end && w.text.startsWith(word, pos) && (end == w.end || !Character.isLetter(w.text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private boolean endsWithShowWord(String show) {
    List<String> words = NameShape.words(show);
    return !words.isEmpty() && lexicon.showWords.contains(HeaderLexicon.foldWord(words.get(words.size() - 1)));
  }

  /** {@code Open Watch podcast} without the lower-case generic noun. */
  private static String withoutGenericNoun(String show) {
    for (String noun : GENERIC_NOUNS) {
      if (show.endsWith(noun)) {
        return show.substring(0, show.length() - noun.length());
      }
    }
    return show;
  }

  private static int skipSpaces(Window w, int pos) {
    while (pos < w.end && (w.text.charAt(pos) == ' ' || w.text.charAt(pos) == '\u00A0')) {
      pos++;
    }
    return pos;
  }
}
