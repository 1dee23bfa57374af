package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

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
  private static final int MAX_SHOW = 100;
  /** Lower-case subject pronouns and host words (case-sensitive: a show's title-case {@code We} stays). */
  private static final List<String> CLAUSE_STARTS = List.of("she", "he", "they", "we", "host", "hosts", "co-host");
  private static final int SELF_REACH = 500;
  private static final List<String> GENERIC_NOUNS = List.of(" podcast", " show", " series");
  /** Compiled once: {@code String.replaceAll} would compile it for every candidate name. */
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:.]+$");
  /** Folded ASCII characters, and whether each is a letter or digit: most of a body is ASCII. */
  private static final char[] ASCII_FOLDED = new char[128];
  private static final boolean[] ASCII_WORD_PART = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_FOLDED[c] = HeaderLexicon.foldChar(c);
      ASCII_WORD_PART[c] = Character.isLetterOrDigit(ASCII_FOLDED[c]);
    }
  }
  /** The phrase keys searched in one pass, by index into {@link Occurrences}. */
  private static final List<String> KEYS = List.of("show", "welcome", "host", "intro");
  private static final int SHOW = 0;
  private static final int WELCOME = 1;
  private static final int HOST = 2;
  private static final int INTRO = 3;

  private final HeaderLexicon lexicon;
  private final NameShape names;
  private final List<String> hostWords;
  private final List<String> verbs;
  private final List<String> selfPhrases;
  private final List<String> nextMarkers;
  /** The {@link #KEYS} phrases in a trie: one walk from a word start finds every phrase that starts there. */
  private final PhraseNode phrases = new PhraseNode();
  /** The trie's first level for ASCII characters, by index: asked at every word start. */
  private final PhraseNode[] asciiRoots = new PhraseNode[128];

  BodyShowReader(HeaderLexicon lexicon) {
    this.lexicon = lexicon;
    this.names = lexicon.names;
    this.hostWords = lexicon.bodyPhrases("host");
    this.verbs = lexicon.bodyPhrases("verb");
    this.selfPhrases = lexicon.bodyPhrases("self");
    this.nextMarkers = lexicon.bodyPhrases("next");
    for (int key = 0; key < KEYS.size(); key++) {
      for (String phrase : lexicon.bodyPhrases(KEYS.get(key))) {
        phrases.add(phrase, key);
      }
    }
    for (char c = 0; c < asciiRoots.length; c++) {
      asciiRoots[c] = phrases.child(c);
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
    String text = body.substring(0, Math.min(body.length(), WINDOW));   // no copy: bodies are mostly shorter
    int[][] occurrences = occurrences(text);
    List<Found> found = new ArrayList<>();
    addIfAny(found, introduction(text, occurrences[SHOW], false));
    addIfAny(found, introduction(text, occurrences[WELCOME], true));
    addIfAny(found, hostWord(text, occurrences[HOST]));
    addIfAny(found, hostBeforeVerb(text, occurrences[INTRO]));
    return found;
  }

  /** {@code In this episode, Jo Doe speaks with ...}: the subject of a conversation verb is the host. */
  private Found hostBeforeVerb(String text, int[] occurrences) {
    for (int at : occurrences) {
      int pos = skipSpaces(text, at);
      PersonName host = nameAt(text, pos);
      if (host == null) {
        continue;
      }
      List<String> words = NameShape.words(host.name());
      String last = words.get(words.size() - 1);
      int nameEnd = text.indexOf(last, pos) + last.length();
      int verbStart = skipSpaces(text, nameEnd);
      for (String verb : verbs) {
        if (HeaderLexicon.foldedWordAt(text, verbStart, verb)) {
          return new Found(null, List.of(host), Span.of(at, nameEnd));
        }
      }
    }
    return null;
  }

  private static void addIfAny(List<Found> found, Found f) {
    if (f != null && (f.show() != null || !f.hosts().isEmpty())) {
      found.add(f);
    }
  }

  /** {@code In this episode of <Show>, [host] <Host> ...} or {@code welcome back to <Show>, ... I'm <Host>}. */
  private Found introduction(String text, int[] occurrences, boolean welcome) {
    for (int at : occurrences) {
      int showStart = skipSpaces(text, at);
      if (text.startsWith("the ", showStart) && showStart + 4 < text.length()
          && Character.isUpperCase(text.charAt(showStart + 4))) {
        showStart += 4;   // "of the Open Watch podcast": the article and the generic noun are not the name
      }
      int showEnd = showEnd(text, showStart);
      if (showEnd <= showStart || !Character.isUpperCase(text.charAt(showStart))) {
        continue;
      }
      String show = withoutGenericNoun(text.substring(showStart, showEnd).strip());
      List<PersonName> hosts = welcome ? selfIntroduced(text, showEnd) : hostAfterComma(text, showEnd);
      if (welcome && hosts.isEmpty() && !endsWithShowWord(show)) {
        continue;   // "welcome to Lagos": a welcome names a show only with "I'm <Host>" or a word like Podcast
      }
      return new Found(show, hosts, Span.of(at, showEnd));
    }
    return null;
  }

  /** {@code host Jo Doe}, {@code hosted by Jo Doe}. */
  private Found hostWord(String text, int[] occurrences) {
    for (int at : occurrences) {
      List<PersonName> hosts = namesAt(text, at);
      if (!hosts.isEmpty()) {
        return new Found(null, hosts, Span.of(at, Math.min(text.length(), at + hosts.get(0).name().length())));
      }
    }
    return null;
  }

  /** After {@code <Show>,}: an optional host word, then the host's full name. */
  private List<PersonName> hostAfterComma(String text, int showEnd) {
    if (showEnd >= text.length() || text.charAt(showEnd) != ',') {
      return List.of();
    }
    int pos = skipSpaces(text, showEnd + 1);
    for (String word : hostWords) {
      if (HeaderLexicon.foldedWordAt(text, pos, word)) {
        pos = skipSpaces(text, pos + word.length());
        break;
      }
    }
    PersonName host = nameAt(text, pos);   // "<Show>, Jo Doe and Al Roe discuss": Al Roe is likelier the guest
    return host == null ? List.of() : List.of(host);
  }

  /** {@code I'm Jo Doe} soon after a transcript's welcome. */
  private List<PersonName> selfIntroduced(String text, int from) {
    int limit = Math.min(text.length(), from + SELF_REACH);
    for (String phrase : selfPhrases) {
      int at = firstFoldedWord(text, phrase, from, limit);
      if (at >= 0) {
        PersonName host = nameAt(text, at + phrase.length());
        if (host != null) {
          return List.of(host);
        }
      }
    }
    return List.of();
  }

  /** The first position in {@code [from, limit)} where folded {@code text} holds {@code phrase} and a space; -1. */
  private static int firstFoldedWord(String text, String phrase, int from, int limit) {
    for (int at = Math.max(from, 0); at < limit; at++) {
      if (HeaderLexicon.foldedWordAt(text, at, phrase)) {
        return at;
      }
    }
    return -1;
  }

  /** The full name (honorific allowed) starting at {@code pos}, or null. */
  private PersonName nameAt(String text, int pos) {
    List<PersonName> names = namesAt(text, pos);
    return names.isEmpty() ? null : names.get(0);
  }

  /** The full names starting at {@code pos}: one, or two joined by a conjunction ({@code Jo Doe and Al Roe}). */
  private List<PersonName> namesAt(String text, int pos) {
    int limit = Math.min(text.length(), pos + 160);
    if (opensWithLowerCaseWord(text, pos, limit)) {
      return List.of();
    }
    List<String> words = NameShape.words(text.substring(pos, limit));
    List<PersonName> out = new ArrayList<>();
    int from = 0;
    while (out.size() < 2) {
      int used = fullName(words, from, out);
      boolean joined = used > 0 && from + used + 1 < words.size() && !words.get(from + used - 1).endsWith(",")
          && lexicon.conjunctions.contains(HeaderLexicon.fold(words.get(from + used)));
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
    while (start < limit && NameShape.isSpace(text.charAt(start))) {
      start++;
    }
    if (start == limit || !Character.isLowerCase(text.charAt(start))) {
      return false;
    }
    int end = start;
    while (end < limit && !NameShape.isSpace(text.charAt(end))) {
      end++;
    }
    return !PersonNames.isHonorific(text.substring(start, end));
  }

  /** Adds the longest full name starting at word {@code from} to {@code out}; the number of words it used. */
  private int fullName(List<String> words, int from, List<PersonName> out) {
    int run = names.nameRun(words, from);
    for (int n = run; n >= 2; n--) {
      String candidate = TRAILING_PUNCTUATION.matcher(String.join(" ", words.subList(from, from + n))).replaceAll("");
      if (names.isFullName(candidate)) {
        out.add(PersonNames.parse(candidate));
        return n;
      }
    }
    return 0;
  }

  /**
   * For each of the {@link #KEYS}, where its phrases end (one space included), in text order, for phrases that
   * start a word and open no other episode. One pass: the phrase trie is walked from each word start only.
   */
  private int[][] occurrences(String text) {
    int[][] out = new int[KEYS.size()][];
    int[] counts = new int[KEYS.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = new int[4];
    }
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = folded(text.charAt(i));
      PhraseNode first = inWord ? null : root(c);
      if (first != null) {   // a word start that may open a phrase
        phrasesAt(text, i, first, out, counts);
      }
      inWord = isWordPart(c);
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
  private void phrasesAt(String text, int at, PhraseNode first, int[][] out, int[] counts) {
    PhraseNode node = first;
    for (int k = at; k + 1 < text.length(); k++) {
      node = k == at ? first : node.child(folded(text.charAt(k)));
      if (node == null) {
        return;
      }
      if (node.keys.length > 0 && text.charAt(k + 1) == ' ' && !aboutAnotherEpisode(text, at)) {
        for (int key : node.keys) {
          add(out, counts, key, k + 2);
        }
      }
    }
  }

  private static boolean isWordPart(char folded) {
    return folded < ASCII_WORD_PART.length ? ASCII_WORD_PART[folded] : Character.isLetterOrDigit(folded);
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
  private boolean aboutAnotherEpisode(String text, int at) {
    int start = at;
    while (start > 0 && at - start < 300 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    int end = Math.min(text.length(), at + 40);
    for (int p = start; p < end; p++) {
      char c = HeaderLexicon.foldChar(text.charAt(p));
      for (String marker : nextMarkers) {
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
  private static int showEnd(String text, int start) {
    int limit = Math.min(text.length(), start + MAX_SHOW);
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '\n' || c == '!' || c == '?' || c == '(' || c == '\u2013'
          || c == '.' && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)))
          || c == ' ' && startsClause(text, i + 1)) {
        return i;
      }
    }
    return limit < text.length() ? -1 : limit;
  }

  /** Whether a word that no show name holds, but a clause after one starts with, stands at {@code pos}. */
  private static boolean startsClause(String text, int pos) {
    for (String word : CLAUSE_STARTS) {
      int end = pos + word.length();
      if (text.startsWith(word, pos) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
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

  private static int skipSpaces(String text, int pos) {
    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\u00A0')) {
      pos++;
    }
    return pos;
  }
}
