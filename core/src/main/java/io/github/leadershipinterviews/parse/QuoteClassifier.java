package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.parse.QuotedPassage.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a quoted passage's kind from its words and its neighbours.
 *
 * <ul>
 *   <li>TITLE: a work cue word just before it ({@code the 2019 report “...”}, {@code a blog entitled “...”},
 *       {@code published as ‘...’}) or just after it ({@code “...”, published by}); a passage in Title Case
 *       that does not read as speech, unless a scheme word follows ({@code the “Open Doors” programme}); the episode's own title quoted again, unless it is attributed as speech;
 *       the next item of a run of titles.</li>
 *   <li>TERM: one word; a short phrase (three words or fewer) with no sentence punctuation and nothing that
 *       introduces speech around it ({@code what she calls the ‘...’}).</li>
 *   <li>SPEECH: everything else.</li>
 * </ul>
 */
final class QuoteClassifier {
  private static final Set<String> WORK_CUES = Set.copyOf(Lexicon.load("quote-title-cues.txt"));
  private static final Set<String> NAMING_WORDS = Set.copyOf(Lexicon.load("naming-words.txt"));
  private static final Set<String> SPEECH_VERBS = Set.copyOf(Lexicon.load("speech-verbs.txt"));
  private static final Set<String> SCHEME_WORDS = Set.copyOf(Lexicon.load("scheme-words.txt"));
  private static final Set<String> SMALL_WORDS = Set.copyOf(Lexicon.load("title-small-words.txt"));
  private static final Set<String> DETERMINERS = Set.copyOf(Lexicon.load("determiners.txt"));
  private static final List<String> CUE_HEADS = List.copyOf(Lexicon.load("work-cue-heads.txt"));
  /** Letters a compound keeps before its work noun ({@code Jahres|bericht}); shorter words are the noun itself. */
  private static final int MIN_COMPOUND_PREFIX = 4;
  private static final Set<String> RELATIVES = Set.of("which", "that", "whose");
  /** Words that join a cue to its author's name ({@code the book by Dr Jo Bell, “...”}, {@code le livre de la ...}). */
  private static final Set<String> AUTHOR_LINKS = Set.of("by", "of", "from", "with", "de", "la", "del", "di",
      "da", "du", "des", "von", "van", "der", "le");
  /** How many words back from a comma before the opening mark a cue and its author's name may reach. */
  private static final int AUTHOR_WORDS = 7;

  /** How many words back from an opening mark a work cue may stand. */
  private static final int CUE_WORDS = 4;
  /** How many words back from a comma before the opening mark a cue may open the clause that ends there. */
  private static final int CLAUSE_WORDS = 9;
  /** Characters a look-around may cover. */
  private static final int WINDOW = 80;
  /** Longest phrase that is taken for a term when nothing marks it as speech. */
  private static final int TERM_WORDS = 3;
  /** Longest passage that {@link #couldBeTitle} a title heading a run of titles. */
  private static final int MAX_TITLE_WORDS = 10;
  /** Fewest words of a title whose comma stands inside its closing mark ({@code ‘Safe Hands Matter,’}). */
  private static final int MIN_COMMA_TITLE_WORDS = 3;

  private final String body;
  private final Optional<String> episodeTitle;

  QuoteClassifier(String body, Optional<String> episodeTitle) {
    this.body = body;
    this.episodeTitle = episodeTitle.map(QuoteClassifier::comparable).filter(t -> !t.isEmpty());
  }

  /** The kind of the passage with words at {@code text} between the marks at {@code marks}. */
  Kind classify(Span text, Span marks) {
    String words = text.in(body);
    boolean quotedTitle = isEpisodeTitle(words) && !words.strip().endsWith(",") && !introducedAsSpeech(marks);
    boolean cueBefore = workCueBefore(marks.start()) && !sentencesAfterColon(words, marks)
        && !describesTheWork(words, marks.start());
    if (quotedTitle || cueBefore || workCueAfter(marks.end()) && !modifiesCue(words, marks.end())
        || subtitledAfterCueClause(words, marks.start())) {
      return Kind.TITLE;
    }
    boolean titleCase = isTitleCase(words);
    if (titleCase && namingWordBefore(marks.start())) {
      return Kind.TITLE;
    }
    int count = NearbyWords.count(words);
    if (count <= 1) {
      return Kind.TERM;
    }
    if (titleCase && !endsLikeSpeech(words, marks)) {
      return schemeWordAfter(marks.end()) ? Kind.TERM : Kind.TITLE;
    }
    if (count <= TERM_WORDS && !hasSentencePunctuation(words) && !introducedAsSpeech(marks)) {
      return Kind.TERM;
    }
    return Kind.SPEECH;
  }

  /** Whether the passage at {@code marks} follows a title at {@code previous} with only a list joiner between. */
  boolean continuesTitleRun(Span previous, Span marks) {
    if (previous.end() > marks.start() || marks.start() - previous.end() > 12 || schemeWordAfter(marks.end())) {
      return false; // "the review ‘...’, the “Ask Twice” campaign": a scheme's name ends the run
    }
    String between = body.substring(previous.end(), marks.start()).strip();
    if (between.startsWith(",")) {
      between = between.substring(1).strip();
    }
    return between.isEmpty() || (between.length() <= 4 && between.chars().allMatch(Character::isLowerCase));
  }

  /** A passage in Title Case, its trailing comma aside ({@code The Second Chair,}), of a title's length. */
  boolean couldBeTitle(Span text) {
    String words = text.in(body).strip();
    String bare = words.endsWith(",") ? words.substring(0, words.length() - 1) : words;
    return isTitleCase(bare) && !hasSentencePunctuation(bare) && NearbyWords.count(bare) <= MAX_TITLE_WORDS;
  }

  /** {@link #comparable} keeps at most one character per character, so a shorter passage cannot be the title. */
  private boolean isEpisodeTitle(String words) {
    return episodeTitle.isPresent() && words.length() >= episodeTitle.get().length()
        && episodeTitle.get().equals(comparable(words));
  }

  private boolean workCueBefore(int opening) {
    int limit = Math.max(0, opening - WINDOW);
    int end = opening;
    for (int n = 0; n < CUE_WORDS; n++) {
      Span word = NearbyWords.before(body, end, limit, ",:");
      if (word == null) {
        return false;
      }
      String w = NearbyWords.lower(body, word);
      if (isCue(w)) {
        return true;
      }
      if (!w.equals("as") && !w.equals("in") && !isDigits(w)) { // "published in 2025 as ‘...’"
        return n == 0 && cueBeforeAuthor(word);
      }
      end = word.start();
    }
    return false;
  }

  /**
   * {@code she calls the report “the most useful pages I’ve read”}: a naming word before the cue makes a lower-case
   * passage what the work is called by someone, not its title.
   */
  private boolean describesTheWork(String words, int opening) {
    String w = words.strip();
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
      return false;
    }
    int limit = Math.max(0, opening - WINDOW);
    Span cue = NearbyWords.before(body, opening, limit, "");
    Span det = cue == null ? null : NearbyWords.before(body, cue.start(), limit, "");
    Span verb = det == null ? null : NearbyWords.before(body, det.start(), limit, "");
    return verb != null && DETERMINERS.contains(NearbyWords.lower(body, det))
        && NAMING_WORDS.contains(NearbyWords.lower(body, verb));
  }

  /**
   * {@code his reflection after the review: “I was part of it. You can’t ...”}: sentences after a colon are
   * words spoken about the work, not its title; a title with a full stop inside is in Title Case or follows a comma.
   */
  private boolean sentencesAfterColon(String words, Span marks) {
    int i = marks.start();
    while (i > 0 && NearbyWords.isSpace(body.charAt(i - 1))) {
      i--;
    }
    return i > 0 && body.charAt(i - 1) == ':' && !isTitleCase(words) && hasInnerSentenceEnd(words.strip());
  }

  /** A full stop, question or exclamation mark followed by a space inside the passage. */
  private static boolean hasInnerSentenceEnd(String words) {
    for (int i = 0; i + 1 < words.length(); i++) {
      if (".!?".indexOf(words.charAt(i)) >= 0 && NearbyWords.isSpace(words.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code l’ouvrage de la Pr Ana Roca, « ... »}, {@code the book by Jo Bell, “...”}: a comma before the opening
   * mark, and before it a name with the words that link it to a cue.
   */
  private boolean cueBeforeAuthor(Span last) {
    int comma = last.end();
    while (comma < body.length() && NearbyWords.isSpace(body.charAt(comma))) {
      comma++;
    }
    if (comma >= body.length() || body.charAt(comma) != ',' || !NearbyWords.isCapitalised(last.in(body))) {
      return false;
    }
    int limit = Math.max(0, last.start() - WINDOW);
    Span word = NearbyWords.before(body, last.start(), limit, ".");
    for (int n = 0; n < AUTHOR_WORDS && word != null; n++) {
      String w = NearbyWords.lower(body, word);
      if (isCue(w)) {
        return n > 0;
      }
      if (!NearbyWords.isCapitalised(word.in(body)) && !AUTHOR_LINKS.contains(w)) {
        return false;
      }
      word = NearbyWords.before(body, word.start(), limit, ".");
    }
    return false;
  }

  /**
   * {@code rapporten som länet gav ut i fjol, ”Title: Subtitle”}: a passage with a subtitle, after a comma that
   * ends a clause opened by a cue a few words back, is the title the clause describes.
   */
  private boolean subtitledAfterCueClause(String words, int opening) {
    String w = words.strip();
    int colon = w.indexOf(": ");
    if (colon <= 0 || colon + 2 >= w.length() || !Character.isUpperCase(w.charAt(0))
        || !Character.isUpperCase(w.charAt(colon + 2)) || hasInnerSentenceEnd(w)) {
      return false;
    }
    int i = opening;
    while (i > 0 && NearbyWords.isSpace(body.charAt(i - 1))) {
      i--;
    }
    if (i == 0 || body.charAt(i - 1) != ',') {
      return false;
    }
    int limit = Math.max(0, i - 1 - WINDOW);
    Span word = NearbyWords.before(body, i - 1, limit, "");
    for (int n = 0; n < CLAUSE_WORDS && word != null; n++) {
      if (isCue(NearbyWords.lower(body, word))) {
        return true;
      }
      word = NearbyWords.before(body, word.start(), limit, "");
    }
    return false;
  }

  /** Whether every character is a digit (true for an empty word, which a nearby word never is). */
  private static boolean isDigits(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code “...”, published by}, {@code “...”, her essay for}: a cue right after, or after a determiner. */
  private boolean workCueAfter(int closing) {
    int limit = Math.min(body.length(), closing + WINDOW);
    Span word = NearbyWords.after(body, closing, limit, ",(");
    if (word != null && DETERMINERS.contains(word.in(body))) { // lower case: "”The review ..." starts a sentence
      word = NearbyWords.after(body, word.end(), limit, "");
    }
    return word != null && isCue(NearbyWords.lower(body, word));
  }

  /**
   * {@code a ‘purpose’ talk}: a lower-case passage right before the cue, with no comma between, is what the work is
   * about, not its title ({@code “four weeks in march,” his essay} has its comma).
   */
  private boolean modifiesCue(String words, int closing) {
    String w = words.strip();
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || w.endsWith(",")) {
      return false;
    }
    Span next = NearbyWords.after(body, closing, Math.min(body.length(), closing + WINDOW), ",(");
    return next != null && body.substring(closing, next.start()).strip().isEmpty();
  }

  /**
   * A work cue, also behind an elided article ({@code l’ouvrage}, {@code dell'articolo}) or as the last part of a
   * compound ({@code Begleitstudie}, {@code evalueringsrapporten}).
   */
  private static boolean isCue(String w) {
    int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
    return WORK_CUES.contains(w)
        || apostrophe > 0 && apostrophe <= 4 && WORK_CUES.contains(w.substring(apostrophe + 1))
        || endsInCueHead(w);
  }

  private static boolean endsInCueHead(String w) {
    for (String head : CUE_HEADS) {
      if (w.length() >= head.length() + MIN_COMPOUND_PREFIX && w.endsWith(head)) {
        return true;
      }
    }
    return false;
  }

  private boolean schemeWordAfter(int closing) {
    Span word = NearbyWords.after(body, closing, Math.min(body.length(), closing + WINDOW), "");
    return word != null && SCHEME_WORDS.contains(NearbyWords.lower(body, word));
  }

  private boolean namingWordBefore(int opening) {
    int limit = Math.max(0, opening - WINDOW);
    Span word = NearbyWords.before(body, opening, limit, "");
    if (word != null && DETERMINERS.contains(word.in(body))) { // lower case: "”The review ..." starts a sentence
      word = NearbyWords.before(body, word.start(), limit, "");
    }
    return word != null && NAMING_WORDS.contains(NearbyWords.lower(body, word));
  }

  /** A colon or a speech verb just before the opening mark, or a speech verb just after the closing one. */
  private boolean introducedAsSpeech(Span marks) {
    if (colonOrSpeechVerbBefore(marks.start())) {
      return true;
    }
    int limit = Math.min(body.length(), marks.end() + WINDOW);
    Span first = NearbyWords.after(body, marks.end(), limit, ",");
    if (first == null) {
      return false;
    }
    Span second = NearbyWords.after(body, first.end(), limit, "");
    return SPEECH_VERBS.contains(NearbyWords.lower(body, first))
        || (second != null && SPEECH_VERBS.contains(NearbyWords.lower(body, second)));
  }

  private boolean colonOrSpeechVerbBefore(int opening) {
    int i = opening;
    while (i > 0 && NearbyWords.isSpace(body.charAt(i - 1))) {
      i--;
    }
    return i > 0 && body.charAt(i - 1) == ':' || speechVerbBefore(opening);
  }

  /** {@code she told them “never again”}: a speech verb (not a naming word) at most two words before the mark. */
  private boolean speechVerbBefore(int opening) {
    int limit = Math.max(0, opening - WINDOW);
    Span word = NearbyWords.before(body, opening, limit, ",");
    for (int n = 0; n < 2 && word != null; n++) {
      String w = NearbyWords.lower(body, word);
      if (SPEECH_VERBS.contains(w)) {
        return !NAMING_WORDS.contains(w);
      }
      word = NearbyWords.before(body, word.start(), limit, "");
    }
    return false;
  }

  /** Every word of four letters or more, and the first word, capitalised; at least two capitalised words. */
  static boolean isTitleCase(String words) {
    int capitalised = 0;
    boolean first = true;
    int i = 0;
    while (i < words.length()) {
      Span word = NearbyWords.after(words, i, words.length(), "");
      if (word == null) {
        i++;
        continue;
      }
      String w = word.in(words);
      boolean small = SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT)) || !Character.isLetter(w.charAt(0));
      if (NearbyWords.isCapitalised(w)) {
        capitalised++;
      } else if (first || !small) {
        return false;
      }
      first = false;
      i = word.end();
    }
    return capitalised >= 2;
  }

  /**
   * A comma inside marks speech ({@code “Listen, Then Lead”}), unless it joins title phrases of two words or more
   * and nothing introduces the passage as speech ({@code the paper “Safe Hands, Fair Pay”}).
   */
  private boolean endsLikeSpeech(String words, Span marks) {
    String t = words.strip();
    char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    return last == ',' && !titleBeforeItsComma(t, marks) || last == '!' || last == '?'
        || t.contains(", ") && (!commaJoinsPhrases(t) || introducedAsSpeech(marks));
  }

  /**
   * {@code about the ‘Code of Practice for Small Boards,’ and why}: a comma closes a title in American punctuation
   * when nothing introduces the passage as speech and no name follows it ({@code “Never Look Back,” Jo Bell says}).
   */
  private boolean titleBeforeItsComma(String t, Span marks) {
    if (NearbyWords.count(t) < MIN_COMMA_TITLE_WORDS || t.indexOf(", ") >= 0) {
      return false;
    }
    Span next = NearbyWords.after(body, marks.end(), Math.min(body.length(), marks.end() + WINDOW), ",");
    if (next != null && RELATIVES.contains(NearbyWords.lower(body, next))) {
      return !colonOrSpeechVerbBefore(marks.start()); // "“Running Dry,” which found ...": no one speaks it
    }
    return !introducedAsSpeech(marks) && (next == null || !NearbyWords.isCapitalised(next.in(body)));
  }

  private static boolean commaJoinsPhrases(String t) {
    for (String part : t.split(", ")) {
      if (NearbyWords.count(part) < 2) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasSentencePunctuation(String words) {
    for (int i = 0; i < words.length(); i++) {
      if (".,;!?…".indexOf(words.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, curly apostrophes straightened, quote marks and end punctuation dropped, spaces folded. */
  static String comparable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '’' || c == '‘') {
        c = '\'';
      }
      if (NearbyWords.isSpace(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else if ("\"“”„«»".indexOf(c) < 0) {
        out.append(Character.toLowerCase(c));
      }
    }
    String s = out.toString().strip();
    int end = s.length();
    while (end > 0 && (".,;:!?'".indexOf(s.charAt(end - 1)) >= 0 || s.charAt(end - 1) == ' ')) {
      end--;
    }
    int start = 0;
    while (start < end && s.charAt(start) == '\'') {
      start++;
    }
    return s.substring(start, end);
  }
}
