package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Diagnostic;
import io.github.leadershipinterviews.model.PublishedDate;
import io.github.leadershipinterviews.model.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the lines at the top of the input and sorts each into chrome, category, show line, date/duration line or
 * title, stopping at the first line of prose. See {@link HeaderReader} for the layouts.
 */
final class HeaderLines {
  private static final int MAX_CATEGORY_WORDS = 4;
  private static final int MAX_TITLE_WORDS = 30;
  private static final int MAX_SENTENCE_TITLE_WORDS = 15;
  private static final int MAX_SHOW_WORDS = 8;
  private static final int BODY_LOOKAHEAD_LINES = 3;
  /** How far into the input header lines may reach (each is at most MAX_LINE long, and there are few). */
  private static final int HEADER_REACH = 20_000;
  private static final java.util.regex.Pattern SEASON_EPISODE =
      java.util.regex.Pattern.compile("S\\d{1,3}\\s?[-\u2013]?\\s?E\\d{1,4}");

  private final HeaderLexicon lexicon;
  private final DateLineReader dates;
  private final ShowLineReader shows;
  private final TitleReader titles;

  HeaderLines(HeaderLexicon lexicon, DateLineReader dates, ShowLineReader shows, TitleReader titles) {
    this.lexicon = lexicon;
    this.dates = dates;
    this.shows = shows;
    this.titles = titles;
  }

  /** What the header lines held; {@code titleLine} is the raw title text (date and glued show removed). */
  record Scan(int bodyStart, String titleLine, String show, List<PersonName> hosts, List<PersonName> labelledGuests,
      String code, PublishedDate date, Duration duration, List<String> categories, List<Diagnostic> diagnostics) {}

  /** One line of the input: its bounds, indentation, bullet and content (trailing space excluded). */
  record Line(int start, int indentEnd, int contentStart, int contentEnd, int next, boolean bullet) {
    static Line at(String input, int start) {
      int newline = input.indexOf('\n', start);
      int end = newline < 0 ? input.length() : newline;
      int indent = start;
      while (indent < end && NameShape.isSpace(input.charAt(indent))) {
        indent++;
      }
      int content = indent;
      boolean bullet = content + 1 < end && "\u2022\u00B7\u25E6\u2023*".indexOf(input.charAt(content)) >= 0
          && NameShape.isSpace(input.charAt(content + 1));
      if (bullet) {
        content += 2;
        while (content < end && NameShape.isSpace(input.charAt(content))) {
          content++;
        }
      }
      int contentEnd = end;
      while (contentEnd > content && NameShape.isSpace(input.charAt(contentEnd - 1))) {
        contentEnd--;
      }
      return new Line(start, indent, content, contentEnd, newline < 0 ? end : newline + 1, bullet);
    }

    boolean blank() {
      return contentEnd <= contentStart;
    }

    String content(String input) {
      return input.substring(contentStart, contentEnd);
    }

    Span span() {
      return Span.of(contentStart, contentEnd);
    }
  }

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
      Line line = Line.at(input, pos);
      if (!line.blank()) {
        if (seen++ >= maxLines || line.contentEnd - line.contentStart > HeaderReader.MAX_LINE
            || !take(input, line, state)) {
          bodyStart = line.indentEnd;
          break;
        }
      }
      pos = line.next;
    }
    return new Scan(bodyStart, state.title, state.show, state.hosts, state.labelledGuests, state.code, state.date,
        state.duration,
        state.categories, state.diagnostics);
  }

  /** Diagnoses header-looking lines just after the body starts: they stay in the body. */
  void lookForHeaderLinesInBody(String input, int bodyStart, int bodyEnd, List<Diagnostic> diagnostics) {
    int pos = bodyStart;
    int reach = Math.min(bodyEnd, bodyStart + HEADER_REACH);
    for (int n = 0; n < BODY_LOOKAHEAD_LINES && pos < reach; ) {
      Line line = Line.at(input, pos);
      if (!line.blank() && line.contentEnd - line.contentStart <= HeaderReader.MAX_LINE) {
        n++;
        String content = line.content(input);
        boolean headerLike = shows.read(content) != null || categoryLabel(content) != null
            || isPureDateLine(content);
        if (headerLike && line.start > bodyStart) {
          diagnostics.add(Diagnostic.of("header-line-in-body",
              "line \"" + content + "\" looks like a header line but follows prose; kept in the summary",
              line.span()));
        }
      }
      pos = line.next;
    }
  }

  /** Mutable result of one scan. */
  private static final class State {
    String title;
    String show;
    List<PersonName> hosts = new ArrayList<>();
    List<PersonName> labelledGuests = new ArrayList<>();
    String code;
    PublishedDate date;
    Duration duration;
    List<String> categories = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    int titleLines;
  }

  /** Sorts one non-blank line into {@code state}; false when it is prose (the body starts here). */
  private boolean take(String input, Line line, State state) {
    String content = line.content(input);
    if (lexicon.chromeLines.contains(chromeKey(content))) {
      state.diagnostics.add(Diagnostic.of("header-chrome-skipped", "site chrome \"" + content + "\" skipped",
          line.span()));
      return true;
    }
    List<String> categories = categoryLabel(content);
    if (categories != null) {
      state.categories.addAll(categories);
      return true;
    }
    if (takePersonLabel(content, state)) {
      return true;
    }
    return takeShowLine(content, line, state) || takeDateLine(content, line, state)
        || takeTitleOrExtra(input, content, line, state);
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

  private boolean takeShowLine(String content, Line line, State state) {
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

  private boolean takeDateLine(String content, Line line, State state) {
    DateLineReader.DateLine d = dates.read(content);
    if (!d.found()) {
      return relativeDate(content, line, state) || takeMetaLine(content, line, state);
    }
    String rest = d.rest(content);
    if (d.date() == null && !rest.isEmpty()) {
      return false;
    }
    Meta meta = new Meta(d.date(), d.duration(), d.code());
    if (meta.addSegments(rest)) {
      recordMeta(meta, line, state);
      return true;
    }
    if (d.date() != null && state.title == null && looksLikeTitle(rest)) {
      recordMeta(new Meta(d.date(), d.duration(), d.code()), line, state);
      takeTitle(rest, state);
      return true;
    }
    return false;
  }

  /** {@code Episode • Mar 12, 2024 • 45 min}, {@code Season 2 Episode 14 · 48 min}: segments only. */
  private boolean takeMetaLine(String content, Line line, State state) {
    Meta meta = new Meta(null, null, null);
    boolean segmented = content.indexOf('\u2022') >= 0 || content.indexOf('\u00B7') >= 0 || content.indexOf('|') >= 0;
    if ((segmented || state.title != null) && meta.addSegments(content) && meta.found()) {
      recordMeta(meta, line, state);
      return true;
    }
    return false;
  }

  /**
   * What a date/duration line says, segment by segment (split at {@code •}, {@code ·}, {@code |}): a date, a
   * running time, an episode code, a count, a lone {@code Episode} label, or {@code <Host> Season 2 Episode 7}.
   */
  private final class Meta {
    PublishedDate date;
    Duration duration;
    String code;
    PersonName host;

    Meta(PublishedDate date, Duration duration, String code) {
      this.date = date;
      this.duration = duration;
      this.code = code;
    }

    boolean found() {
      return date != null || duration != null || code != null;
    }

    /** Reads every segment of {@code text}; false (and nothing is to be recorded) if one is not metadata. */
    boolean addSegments(String text) {
      for (String segment : text.split("[\\u2022\\u00B7|]")) {
        if (!addSegment(segment.strip())) {
          return false;
        }
      }
      return true;
    }

    private boolean addSegment(String seg) {
      if (seg.isEmpty() || seg.matches("\\d{1,3}") || isWord(lexicon.episodeWords, seg)) {
        return true;
      }
      DateLineReader.DateLine inner = dates.read(seg);
      String innerRest = inner.rest(seg);
      if (inner.found() && (innerRest.isEmpty() || innerRest.matches("\\d{1,3}"))) {
        date = date == null ? inner.date() : date;
        duration = duration == null ? inner.duration() : duration;
        return true;
      }
      String suffix = episodeSuffix(seg);
      String beforeCode = suffix == null ? seg : seg.substring(0, seg.length() - suffix.length()).strip();
      if (suffix != null && beforeCode.isEmpty() || SEASON_EPISODE.matcher(seg).matches()) {
        code = code == null ? seg : code;
        return true;
      }
      if (suffix != null && lexicon.names.isFullName(beforeCode)) {
        code = code == null ? suffix : code;
        host = PersonNames.parse(beforeCode);
        return true;
      }
      return false;
    }
  }

  private void recordMeta(Meta meta, Line line, State state) {
    if (meta.date != null && state.date == null) {
      state.date = meta.date;
      if (meta.date.isAmbiguous()) {
        state.diagnostics.add(Diagnostic.of("ambiguous-date", "date \"" + meta.date.text()
            + "\" can be read day-first or month-first: " + meta.date.readings() + "; left unresolved", line.span()));
      }
    }
    if (meta.duration != null && state.duration == null) {
      state.duration = meta.duration;
    }
    if (meta.code != null && state.code == null) {
      state.code = meta.code;
    }
    if (meta.host != null) {
      state.hosts.add(meta.host);
    }
  }

  /** {@code 3 days ago}, {@code vor 2 Tagen}: a date relative to when the page was copied, skipped. */
  private boolean relativeDate(String content, Line line, State state) {
    List<String> words = NameShape.words(HeaderLexicon.fold(content));
    boolean relative = words.size() >= 2 && words.size() <= 5 && content.matches(".*\\d.*")
        && (lexicon.relativeAfter.contains(words.get(words.size() - 1))
            || lexicon.relativeBefore.contains(words.get(0)));
    if (relative) {
      state.diagnostics.add(Diagnostic.of("relative-date-skipped",
          "relative date \"" + content + "\" skipped: the day it counts from is unknown", line.span()));
    }
    return relative;
  }

  /** Title, or after it a bullet category ({@code • Business}) or a bare show name ({@code The X Podcast}). */
  private boolean takeTitleOrExtra(String input, String content, Line line, State state) {
    if (state.title == null) {
      if (!looksLikeTitle(content) && !sentenceTitleAboveHeaderLine(input, content, line)) {
        return false;
      }
      takeTitle(content, state);
      return true;
    }
    List<String> words = NameShape.words(content);
    if (line.bullet() && words.size() <= MAX_CATEGORY_WORDS && !looksLikeProse(content)) {
      state.categories.add(content);
      return true;
    }
    if (state.show == null && words.size() <= MAX_SHOW_WORDS && !looksLikeProse(content)
        && (lexicon.showWords.contains(HeaderLexicon.foldWord(words.get(words.size() - 1)))
            || looksLikeTitle(content) && headerLineFollows(input, line))) {
      state.show = content;   // a bare show name: "The X Podcast", or any short line between title and date
      return true;
    }
    return false;
  }

  /**
   * A title written as one short sentence ({@code Why rest is part of the job.}) is a title only where a show,
   * date or category line follows it; otherwise it is the summary's first sentence.
   */
  private boolean sentenceTitleAboveHeaderLine(String input, String content, Line line) {
    return content.length() <= HeaderReader.MAX_LINE && !looksLikeProse(content)
        && NameShape.words(content).size() <= MAX_SENTENCE_TITLE_WORDS && headerLineFollows(input, line);
  }

  /** Whether the next non-blank line is a show, category, date/duration or chrome line. */
  private boolean headerLineFollows(String input, Line line) {
    int pos = line.next;
    Line next = Line.at(input, pos);
    while (next.blank() && next.next > pos && next.next < input.length() && pos < HEADER_REACH) {
      pos = next.next;
      next = Line.at(input, pos);
    }
    if (next.blank() || next.contentEnd - next.contentStart > HeaderReader.MAX_LINE) {
      return false;
    }
    String following = next.content(input);
    return shows.read(following) != null || categoryLabel(following) != null || isPureDateLine(following)
        || lexicon.chromeLines.contains(chromeKey(following))
        || new Meta(null, null, null).addSegments(following) && following.matches(".*\\d.*");
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
    if (left.length() < 3 || List.of("Mac", "Van", "Von", "Des", "Del", "Della", "Fitz", "Da", "Le").contains(left)) {
      return false;
    }
    List<String> show = NameShape.words(text.substring(i));
    String last = HeaderLexicon.foldWord(show.get(show.size() - 1));
    return show.size() >= 2 && (show.get(0).equals("The") || lexicon.showWords.contains(last));
  }

  /** A trailing {@code Season 2 Episode 7} / {@code Episode 7} / {@code Avsnitt 7}, as written, or null. */
  private String episodeSuffix(String rest) {
    List<String> words = NameShape.words(rest);
    int n = words.size();
    if (n < 2 || !words.get(n - 1).matches("#?\\d{1,5}") || !isWord(lexicon.episodeWords, words.get(n - 2))) {
      return null;
    }
    int from = n - 2;
    if (from >= 2 && words.get(from - 1).matches("\\d{1,3}") && isWord(lexicon.seasonWords, words.get(from - 2))) {
      from -= 2;
    }
    return String.join(" ", words.subList(from, n));
  }

  private static boolean isWord(java.util.Set<String> set, String word) {
    return set.contains(HeaderLexicon.foldWord(word));
  }

  /** {@code Categories:} with what follows the colon split into labels, or null if not a category line. */
  List<String> categoryLabel(String content) {
    int colon = content.indexOf(':');
    if (colon <= 0 || colon > 40 || !lexicon.categoryLabels.contains(HeaderLexicon.fold(content.substring(0, colon)))) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String part : content.substring(colon + 1).split("[,\u2022|\u00B7]")) {
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

  private static String chromeKey(String content) {
    String key = HeaderLexicon.fold(content);
    while (key.endsWith(":") || key.endsWith(" ")) {
      key = key.substring(0, key.length() - 1);
    }
    return key;
  }

  /** A title: short, one clause, not ending like a sentence. */
  static boolean looksLikeTitle(String text) {
    if (text.length() > HeaderReader.MAX_LINE || NameShape.words(text).size() > MAX_TITLE_WORDS) {
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
        || List.of("St", "Mt", "No", "Vol", "ep", "Ep", "vs", "Jr", "Sr").contains(word));
  }
}
