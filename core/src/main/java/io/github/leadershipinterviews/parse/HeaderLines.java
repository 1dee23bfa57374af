package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Diagnostic;
import io.github.leadershipinterviews.model.PublishedDate;
import io.github.leadershipinterviews.model.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Walks the lines at the top of the input and sorts each into chrome, category, show line, date/duration line or
 * title, stopping at the first line of prose. See {@link HeaderReader} for the layouts.
 */
final class HeaderLines {
  private static final int MAX_CATEGORY_WORDS = 4;
  /** Compiled once: {@code String.matches}/{@code split} would compile these on every header line. */
  private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
  private static final Pattern CATEGORY_SEPARATOR = Pattern.compile("[,\u2022|\u00B7]");
  /** Name prefixes that a capital may follow inside one word ({@code MacLeod}): no glued show starts there. */
  private static final List<String> NAME_PREFIXES =
      List.of("Mac", "Van", "Von", "Des", "Del", "Della", "Fitz", "Da", "Le");
  /** Abbreviations whose full stop ends no sentence: also the Romance honorifics ({@code com Dra. Ana Lima}). */
  private static final List<String> ABBREVIATIONS = List.of("St", "Mt", "No", "Vol", "ep", "Ep", "vs", "Jr", "Sr",
      "Dra", "Sra", "Srta", "Profa", "Mme", "Mlle");
  private static final int MAX_TITLE_WORDS = 25;
  private static final int MAX_SENTENCE_TITLE_WORDS = 15;
  private static final int MAX_SHOW_WORDS = 8;
  /** Letters of the shortest genre label in capitals: {@code NEWS}; shorter ones are acronyms ({@code BBC}). */
  private static final int MIN_CAPITALS_LABEL = 4;
  private static final int BODY_LOOKAHEAD_LINES = 3;
  /** How far into the input header lines may reach (each is at most MAX_LINE long, and there are few). */
  private static final int HEADER_REACH = 20_000;

  private final HeaderLexicon lexicon;
  private final DateLineReader dates;
  private final MetaLineReader metaLines;
  private final ShowLineReader shows;
  private final TitleReader titles;
  private final FooterTrimmer footer;

  HeaderLines(HeaderLexicon lexicon, DateLineReader dates, ShowLineReader shows, TitleReader titles) {
    this.lexicon = lexicon;
    this.dates = dates;
    this.metaLines = new MetaLineReader(lexicon, dates, titles);
    this.shows = shows;
    this.titles = titles;
    this.footer = new FooterTrimmer(lexicon);
  }

  /** What the header lines held; {@code titleLine} is the raw title text (date and glued show removed). */
  record Scan(int bodyStart, String titleLine, String show, List<PersonName> hosts, List<PersonName> labelledGuests,
      String code, PublishedDate date, Duration duration, List<String> categories, List<Diagnostic> diagnostics) {}

  /** Reads header lines from the top of {@code input}, at most {@code maxLines} non-blank ones. */
  Scan scan(String input, int maxLines) {
    State state = new State();
    int pos = 0;
    int seen = 0;
    int bodyStart = input.length();
    while (pos < input.length()) {
      if (pos > HEADER_REACH) {
        bodyStart = pos;   // only blank lines so far: a header never lies this deep, stop looking
        break;
      }
      HeaderLine line = HeaderLine.at(input, pos);
      if (!line.blank()) {
        if (seen++ >= maxLines || line.length() > HeaderReader.MAX_LINE
            || !take(input, line, state)) {
          bodyStart = line.indentEnd();
          break;
        }
      }
      pos = line.next();
    }
    String show = state.show != null ? state.show : state.lastCrumb;
    return new Scan(bodyStart, state.title, show, state.hosts, state.labelledGuests, state.code, state.date,
        state.duration,
        state.categories, state.diagnostics);
  }

  /** Diagnoses header-looking lines just after the body starts: they stay in the body. */
  void lookForHeaderLinesInBody(String input, int bodyStart, int bodyEnd, List<Diagnostic> diagnostics) {
    int pos = bodyStart;
    int reach = Math.min(bodyEnd, bodyStart + HEADER_REACH);
    for (int n = 0; n < BODY_LOOKAHEAD_LINES && pos < reach; ) {
      HeaderLine line = HeaderLine.at(input, pos);
      if (!line.blank() && line.length() <= HeaderReader.MAX_LINE) {
        n++;
        String content = line.start() > bodyStart ? line.content(input) : null;   // the body's first line: never
        if (content != null && isHeaderLike(content)) {                             // reported, so not read
          diagnostics.add(Diagnostic.of("header-line-in-body",
              "line \"" + content + "\" looks like a header line but follows prose; kept in the summary",
              line.span()));
        }
      }
      pos = line.next();
    }
  }

  private boolean isHeaderLike(String content) {
    return shows.read(content) != null || categoryLabel(content) != null || isPureDateLine(content);
  }

  /** Wide spaces, bars or middle dots between the buttons of a row of site chrome. */
  private static final Pattern CHROME_ROW = Pattern.compile("\\s{2,}|\\s*[|·•]\\s*");
  /** The separators of a breadcrumb trail: {@code ›}, {@code »}, or a spaced {@code >}. */
  private static final Pattern BAR_OR_DOT = Pattern.compile("\\s*[|·•]\\s*");
  private static final Pattern BREADCRUMB = Pattern.compile("\\s*[›»]\\s*|\\s+>\\s+");
  private static final int MIN_CRUMBS = 3;
  private static final int MIN_GLUED_PART = 4;
  private static final int MAX_GLUED_SHOW_WORDS = 6;
  private static final Set<String> GLUED_SMALL_WORDS = Set.of("of", "and", "the", "for", "in", "on", "&", "at");

  /** Mutable result of one scan. */
  private static final class State {
    String title;
    String show;
    /** The last crumb of a breadcrumb trail: the show, where no show line names one. */
    String lastCrumb;
    List<PersonName> hosts = new ArrayList<>();
    List<PersonName> labelledGuests = new ArrayList<>();
    String code;
    PublishedDate date;
    Duration duration;
    List<String> categories = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    int titleLines;
    /** The last line was a category label with nothing after its colon: its value may follow on a line. */
    boolean emptyCategoryLabel;
  }

  /** Sorts one non-blank line into {@code state}; false when it is prose (the body starts here). */
  private boolean take(String input, HeaderLine line, State state) {
    String content = line.content(input);
    String crumb = content.length() <= HeaderReader.MAX_LINE ? breadcrumbEnd(content) : null;
    if (crumb != null) {
      state.lastCrumb = state.lastCrumb == null && looksLikeTitle(crumb) ? crumb : state.lastCrumb;
      state.diagnostics.add(Diagnostic.of("header-chrome-skipped", "breadcrumb \"" + content + "\" skipped",
          line.span()));
      return true;
    }
    if (isChrome(content)) {
      state.diagnostics.add(Diagnostic.of("header-chrome-skipped", "site chrome \"" + content + "\" skipped",
          line.span()));
      return true;
    }
    content = withoutChromeParts(content);
    boolean afterEmptyLabel = state.emptyCategoryLabel;
    state.emptyCategoryLabel = false;
    List<String> categories = categoryLabel(content);
    if (categories != null) {
      state.categories.addAll(categories);
      state.emptyCategoryLabel = categories.isEmpty();
      return true;
    }
    if (afterEmptyLabel && isCategoryValue(content)) {
      state.categories.add(content.strip());   // "Kategorier:" on a line of its own, "Näringsliv" on the next
      return true;
    }
    if (takePersonLabel(content, state)) {
      return true;
    }
    return takeShowLine(content, line, state) || takeDateLine(input, content, line, state)
        || takeTitleOrExtra(input, content, line, state);
  }

  /**
   * A category's name on the line below its empty label: a few capitalised words without digits or sentence
   * punctuation ({@code Business}, {@code Health & Fitness}), no show line.
   */
  private boolean isCategoryValue(String content) {
    String value = content.strip();
    return !value.isEmpty() && Character.isUpperCase(value.charAt(0)) && wordCount(value) <= MAX_CATEGORY_WORDS
        && !HeaderLexicon.hasAsciiDigit(value) && value.indexOf(':') < 0 && looksLikeTitle(value)
        && shows.read(value) == null;
  }

  /** {@code Host: Jo Doe}, {@code Guests: Jo Doe and Al Roe, founders of X}. */
  private boolean takePersonLabel(String content, State state) {
    int colon = content.indexOf(':');
    if (colon <= 0 || colon > 20) {
      return false;
    }
    String label = HeaderLexicon.fold(content.substring(0, colon));
    boolean host = lexicon.hostLabels.contains(label);
    if (!host && !lexicon.guestLabels.contains(label)) {
      return false;
    }
    List<PersonName> people = titles.leadingNames(content.substring(colon + 1));
    if (people.isEmpty()) {
      return false;
    }
    (host ? state.hosts : state.labelledGuests).addAll(people);
    return true;
  }

  private boolean takeShowLine(String content, HeaderLine line, State state) {
    ShowLineReader.ShowLine s = shows.read(content);
    if (s == null || state.show != null) {
      return false;
    }
    state.show = s.show();
    state.hosts.addAll(s.hosts());
    if (s.hosts().isEmpty() && !s.hostField().isBlank()) {
      state.diagnostics.add(Diagnostic.of("host-not-a-person", "show line names \"" + s.hostField()
          + "\" after the by-phrase: no person's full name there, so no host", line.span()));
    }
    return true;
  }

  private boolean takeDateLine(String input, String content, HeaderLine line, State state) {
    // titleFollows reads the lines below: asked only when the answer matters
    MetaLineReader.Meta meta = metaLines.read(content, () -> state.title != null || titleFollows(input, line));
    if (meta == null) {
      return relativeDate(content, line, state);
    }
    recordMeta(meta, line, state);
    if (meta.gluedTitle() != null) {
      takeTitle(meta.gluedTitle(), state);
    }
    return true;
  }

  private void recordMeta(MetaLineReader.Meta meta, HeaderLine line, State state) {
    if (meta.date() != null && state.date == null) {
      state.date = meta.date();
      if (meta.date().isAmbiguous()) {
        state.diagnostics.add(Diagnostic.of("ambiguous-date", "date \"" + meta.date().text()
            + "\" can be read day-first or month-first: " + meta.date().readings() + "; left unresolved",
            line.span()));
      }
    }
    state.duration = state.duration == null ? meta.duration() : state.duration;
    state.code = state.code == null ? meta.code() : state.code;
    state.show = state.show == null ? meta.show() : state.show;
    for (PersonName host : meta.hosts()) {
      if (!state.hosts.contains(host)) {
        state.hosts.add(host);
      }
    }
  }

  /** {@code 3 days ago}, {@code vor 2 Tagen}: a date relative to when the page was copied, skipped. */
  private boolean relativeDate(String content, HeaderLine line, State state) {
    int count = wordCount(content);   // as many as the folded content has
    if (count < 2 || count > 5 || !HeaderLexicon.hasAsciiDigit(content)) {
      return false;   // cheap checks first: no need to make the words
    }
    List<String> words = NameShape.words(HeaderLexicon.fold(content));
    boolean relative = words.size() >= 2 && words.size() <= 5 && HAS_DIGIT.matcher(content).matches()
        && (lexicon.relativeAfter.contains(words.get(words.size() - 1))
            || lexicon.relativeBefore.contains(words.get(0)));
    if (relative) {
      state.diagnostics.add(Diagnostic.of("relative-date-skipped",
          "relative date \"" + content + "\" skipped: the day it counts from is unknown", line.span()));
    }
    return relative;
  }

  /** Title, or after it a bullet category ({@code • Business}) or a bare show name ({@code The X Podcast}). */
  private boolean takeTitleOrExtra(String input, String content, HeaderLine line, State state) {
    if (state.title == null) {
      if (!looksLikeTitle(content) && !sentenceTitleAboveHeaderLine(input, content, line)
          || !followedByNewLine(input, line)) {
        return false;
      }
      takeTitle(content, state);
      return true;
    }
    if (state.show == null && takeShowWithHost(content, state)) {
      return true;
    }
    List<String> words = NameShape.words(content);
    boolean showWord = lexicon.showWords.contains(HeaderLexicon.foldWord(words.get(words.size() - 1)));
    if (line.bullet() && words.size() <= MAX_CATEGORY_WORDS && !looksLikeProse(content)
        && !(showWord && words.size() >= 2 && state.show == null) || isCapitalsLabel(content)) {
      // "• The X Podcast" is the show; "EDUCATION", a genre label in capitals, is a category
      state.categories.add(content);
      return true;
    }
    if (state.show == null && words.size() <= MAX_SHOW_WORDS && !looksLikeProse(content)
        && (showWord || looksLikeTitle(content) && headerLineFollows(input, line))) {
      state.show = content;   // a bare show name: "The X Podcast", or any short line between title and date
      return true;
    }
    return false;
  }

  /**
   * {@code BUSINESS}: one word of capital letters alone on its line below the title, a directory's genre label (an
   * acronym is shorter). A show's name of one word is written in title case.
   */
  private static boolean isCapitalsLabel(String content) {
    String word = content.strip();
    if (word.length() < MIN_CAPITALS_LABEL) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isUpperCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code <Show> – med <Host>} or {@code <Show> · Host: <Host>} below the title, the host not the title's guest
   * (whose surname it would hold).
   */
  private boolean takeShowWithHost(String content, State state) {
    ShowLineReader.ShowLine with = shows.readWith(content);
    ShowLineReader.ShowLine s = with != null ? with : shows.readDotted(content);
    if (s == null) {
      return false;
    }
    for (PersonName host : s.hosts()) {
      String name = host.name();
      if (state.title.contains(name.substring(name.lastIndexOf(' ') + 1))) {
        return false;
      }
    }
    state.show = s.show();
    state.hosts.addAll(s.hosts());
    return true;
  }

  /**
   * A title written as one short sentence ({@code Why rest is part of the job.}) is a title only where a show,
   * date or category line follows it; otherwise it is the summary's first sentence.
   */
  private boolean sentenceTitleAboveHeaderLine(String input, String content, HeaderLine line) {
    return content.length() <= HeaderReader.MAX_LINE && !looksLikeProse(content)
        && wordCount(content) <= MAX_SENTENCE_TITLE_WORDS && headerLineFollows(input, line);
  }

  /**
   * Whether a line that does not continue this one follows: a lone line is the text itself, and a line whose
   * successor starts in lower case is prose wrapped over two lines, not a title.
   */
  private boolean followedByNewLine(String input, HeaderLine line) {
    HeaderLine next = nextNonBlank(input, line);
    return !next.blank() && (!Character.isLowerCase(input.charAt(next.contentStart()))
        || headerLineFollows(input, line));   // "di 4 feb 2025 · 36 min.": a date line may start in lower case
  }

  private boolean isChrome(String content) {
    return isChromeLine(content) || footer.isFooter(content) || isChromeRow(content);
  }

  /** {@code Guardar    Compartir    Descargar}: buttons in a row, each a chrome line, apart by wide spaces or bars. */
  private boolean isChromeRow(String content) {
    if (content.length() > HeaderReader.MAX_LINE || !mayBeRow(content)) {
      return false; // most lines have no wide space or bar: no split for them
    }
    String[] parts = CHROME_ROW.split(content.strip());
    if (parts.length < 2) {
      return false;
    }
    for (String part : parts) {
      if (!isChromeLine(part)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code Avsnitt 12 · Lyssna}: a row that ends (or starts) with buttons; the line without them. Only bars and
   * dots split it here: wide spaces may stand inside a title.
   */
  private String withoutChromeParts(String content) {
    if (content.length() > HeaderReader.MAX_LINE || content.indexOf('·') < 0 && content.indexOf('|') < 0
        && content.indexOf('•') < 0) {
      return content;
    }
    String[] parts = BAR_OR_DOT.split(content.strip());
    int from = 0;
    int to = parts.length;
    while (from < to - 1 && isChromeLine(parts[from])) {
      from++;
    }
    while (to - 1 > from && isChromeLine(parts[to - 1])) {
      to--;
    }
    if (from == 0 && to == parts.length) {
      return content;
    }
    int start = content.indexOf(parts[from]);
    int end = content.lastIndexOf(parts[to - 1]) + parts[to - 1].length();
    return start >= 0 && end > start ? content.substring(start, end) : content;
  }

  private static boolean mayBeRow(String content) {
    String line = content.strip();
    return line.contains("  ") || line.indexOf('|') >= 0 || line.indexOf('·') >= 0 || line.indexOf('•') >= 0;
  }

  /**
   * {@code Inicio › Podcasts › Negocios › Council Matters}: a breadcrumb trail; its last crumb, or null when the
   * line is none.
   */
  private static String breadcrumbEnd(String content) {
    if (content.indexOf('›') < 0 && content.indexOf('»') < 0 && content.indexOf(" > ") < 0) {
      return null;
    }
    String[] crumbs = BREADCRUMB.split(content.strip());
    return crumbs.length >= MIN_CRUMBS ? crumbs[crumbs.length - 1].strip() : null;
  }

  /**
   * Whether {@code content} is a listed chrome line. Folding never shortens a line, and leaves its trailing colons
   * and spaces where they are: a line longer than the longest entry without them is none, and is not folded.
   */
  private boolean isChromeLine(String content) {
    String line = content.strip();   // what folding does first
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == ':' || line.charAt(end - 1) == ' ')) {
      end--;
    }
    return end <= lexicon.longestChromeLine && lexicon.chromeLines.contains(chromeKey(HeaderLexicon.fold(line)));
  }

  /** The next non-blank line (blank if none within the header's reach). */
  private HeaderLine nextNonBlank(String input, HeaderLine line) {
    int pos = line.next();
    HeaderLine next = HeaderLine.at(input, pos);
    while (next.blank() && next.next() > pos && next.next() < input.length() && pos < HEADER_REACH) {
      pos = next.next();
      next = HeaderLine.at(input, pos);
    }
    return next;
  }

  /**
   * Whether the next non-blank line reads as the title, not as another header line: {@code エピソード 88} above
   * {@code Jo Doe, Former Chief Officer, Tidewater} is the episode code, not the title.
   */
  private boolean titleFollows(String input, HeaderLine line) {
    HeaderLine next = nextNonBlank(input, line);
    if (next.blank() || next.length() > HeaderReader.MAX_LINE) {
      return false;
    }
    String content = next.content(input);
    return looksLikeTitle(content) && !looksLikeProse(content) && !isChrome(content) && shows.read(content) == null
        && metaLines.read(content, true) == null && !headerLineFollows(input, line);
  }

  /** Whether the next non-blank line is a show, category, date/duration or chrome line. */
  private boolean headerLineFollows(String input, HeaderLine line) {
    HeaderLine next = nextNonBlank(input, line);
    if (next.blank() || next.length() > HeaderReader.MAX_LINE) {
      return false;
    }
    String following = next.content(input);
    return shows.read(following) != null || categoryLabel(following) != null || isPureDateLine(following)
        || isChrome(following)
        || metaLines.read(following, true) != null;
  }

  /** Records the title, splitting off a show name glued to it ({@code ...with Dr. Jo DoeThe X Podcast}). */
  private void takeTitle(String text, State state) {
    int glue = gluedShowStart(text);
    if (glue > 0 && state.show == null) {
      state.show = text.substring(glue).strip();
      text = text.substring(0, glue);
    }
    state.title = text.strip();
  }

  /** Where a show name glued to the title starts: a lower-to-upper case join before "The ..." or "... Podcast". */
  int gluedShowStart(String text) {
    for (int i = 1; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i))
          && isGluedShow(text, i)) {
        return i;
      }
    }
    return -1;
  }

  private boolean isGluedShow(String text, int i) {
    int wordStart = i;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String left = text.substring(wordStart, i);
    if (left.length() < 3 || NAME_PREFIXES.contains(left)) {
      return false;
    }
    List<String> show = NameShape.words(text.substring(i));
    String last = HeaderLexicon.foldWord(show.get(show.size() - 1));
    return show.size() >= 2 && (show.get(0).equals("The") || lexicon.showWords.contains(last)
        || left.length() >= MIN_GLUED_PART && show.get(0).length() >= MIN_GLUED_PART && titleCased(show));
  }

  /**
   * {@code ...with Dr. Reginald Okafor-BanksHarvest Table Leadership}: two to six capitalised words (small words
   * between them) after the join also name a show, when both sides of the join are words of four letters or more
   * ({@code LinkedIn Learning} and {@code YouTube} are not split).
   */
  private static boolean titleCased(List<String> words) {
    if (words.size() > MAX_GLUED_SHOW_WORDS) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.codePointAt(0)) && !GLUED_SMALL_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** {@code Categories:} with what follows the colon split into labels, or null if not a category line. */
  List<String> categoryLabel(String content) {
    int colon = content.indexOf(':');
    if (colon <= 0 || colon > 40 || !lexicon.categoryLabels.contains(HeaderLexicon.fold(content.substring(0, colon)))) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String part : CATEGORY_SEPARATOR.split(content.substring(colon + 1))) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  private boolean isPureDateLine(String content) {
    DateLineReader.DateLine d = dates.read(content);
    return d.found() && d.rest(content).isEmpty();
  }

  /** {@code folded} without trailing colons and spaces. */
  private static String chromeKey(String folded) {
    int end = folded.length();
    while (end > 0 && (folded.charAt(end - 1) == ':' || folded.charAt(end - 1) == ' ')) {
      end--;
    }
    return folded.substring(0, end);
  }

  /** How many words {@link NameShape#words} would give, without making them. */
  static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = HeaderLexicon.isSpace(text.charAt(i));
      words += !space && !inWord ? 1 : 0;
      inWord = !space;
    }
    return words;
  }

  /** A title: short, one clause, not ending like a sentence. */
  static boolean looksLikeTitle(String text) {
    if (text.length() > HeaderReader.MAX_LINE || wordCount(text) > MAX_TITLE_WORDS) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    boolean ellipsis = text.endsWith("...") || last == '\u2026';
    return (last != '.' || ellipsis) && last != ':' && !looksLikeProse(text);
  }

  /** Whether {@code text} holds a sentence break ("word. Next") other than after an abbreviation. */
  static boolean looksLikeProse(String text) {
    for (int i = 1; i + 2 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' '
          && Character.isUpperCase(text.charAt(i + 2)) && !afterAbbreviation(text, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean afterAbbreviation(String text, int dot) {
    int start = dot;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, dot);
    return text.charAt(dot) == '.' && (word.length() <= 1 || PersonNames.isHonorific(word)
        || ABBREVIATIONS.contains(word));
  }
}
