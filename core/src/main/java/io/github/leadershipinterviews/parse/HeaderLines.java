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
  private static final int BODY_LOOKAHEAD_LINES = 3;

  private final HeaderLexicon lexicon;
  private final DateLineReader dates;
  private final ShowLineReader shows;

  HeaderLines(HeaderLexicon lexicon, DateLineReader dates, ShowLineReader shows) {
    this.lexicon = lexicon;
    this.dates = dates;
    this.shows = shows;
  }

  /** What the header lines held; {@code titleLine} is the raw title text (date and glued show removed). */
  record Scan(int bodyStart, String titleLine, String show, List<PersonName> hosts, String code,
      PublishedDate date, Duration duration, List<String> categories, List<Diagnostic> diagnostics) {}

  /** One line of the input: its bounds, indentation, bullet and content (trailing space excluded). */
  record Line(int start, int indentEnd, int contentStart, int contentEnd, int next, boolean bullet) {
    static Line at(String input, int start) {
      int newline = input.indexOf('\n', start);
      int end = newline < 0 ? input.length() : newline;
      int indent = start;
      while (indent < end && Character.isWhitespace(input.charAt(indent))) {
        indent++;
      }
      int content = indent;
      boolean bullet = content + 1 < end && "\u2022\u00B7\u25E6\u2023*".indexOf(input.charAt(content)) >= 0
          && Character.isWhitespace(input.charAt(content + 1));
      if (bullet) {
        content += 2;
        while (content < end && Character.isWhitespace(input.charAt(content))) {
          content++;
        }
      }
      int contentEnd = end;
      while (contentEnd > content && Character.isWhitespace(input.charAt(contentEnd - 1))) {
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
    return new Scan(bodyStart, state.title, state.show, state.hosts, state.code, state.date, state.duration,
        state.categories, state.diagnostics);
  }

  /** Diagnoses header-looking lines just after the body starts: they stay in the body. */
  void lookForHeaderLinesInBody(String input, int bodyStart, int bodyEnd, List<Diagnostic> diagnostics) {
    int pos = bodyStart;
    for (int n = 0; n < BODY_LOOKAHEAD_LINES && pos < bodyEnd; ) {
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
    return takeShowLine(content, state) || takeDateLine(content, line, state) || takeTitleOrExtra(content, line, state);
  }

  private boolean takeShowLine(String content, State state) {
    ShowLineReader.ShowLine s = shows.read(content);
    if (s == null || state.show != null) {
      return false;
    }
    state.show = s.show();
    state.hosts.addAll(s.hosts());
    return true;
  }

  private boolean takeDateLine(String content, Line line, State state) {
    DateLineReader.DateLine d = dates.read(content);
    if (!d.found()) {
      return false;
    }
    String rest = d.rest(content);
    if (d.date() == null && !rest.isEmpty()) {
      return false;
    }
    String code = episodeSuffix(rest);
    String beforeCode = code == null ? rest : rest.substring(0, rest.length() - code.length()).strip();
    if (beforeCode.isEmpty() || beforeCode.matches("\\d{1,3}")) {
      recordDate(d, code, line, state);
      return true;
    }
    if (code != null && lexicon.names.isFullName(beforeCode)) {
      recordDate(d, code, line, state);
      state.hosts.add(PersonNames.parse(beforeCode));
      return true;
    }
    if (state.title == null && looksLikeTitle(rest)) {
      recordDate(d, null, line, state);
      takeTitle(rest, state);
      return true;
    }
    return false;
  }

  private void recordDate(DateLineReader.DateLine d, String code, Line line, State state) {
    if (d.date() != null && state.date == null) {
      state.date = d.date();
      if (d.date().isAmbiguous()) {
        state.diagnostics.add(Diagnostic.of("ambiguous-date", "date \"" + d.date().text()
            + "\" can be read day-first or month-first: " + d.date().readings() + "; left unresolved", line.span()));
      }
    }
    if (d.duration() != null && state.duration == null) {
      state.duration = d.duration();
    }
    String lineCode = d.code() != null ? d.code() : code;
    if (lineCode != null && state.code == null) {
      state.code = lineCode;
    }
  }

  /** Title, or after it a bullet category ({@code • Business}) or a bare show name ({@code The X Podcast}). */
  private boolean takeTitleOrExtra(String content, Line line, State state) {
    if (state.title == null) {
      if (!looksLikeTitle(content)) {
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
    if (state.show == null && words.size() <= 8 && !looksLikeProse(content)
        && lexicon.showWords.contains(HeaderLexicon.foldWord(words.get(words.size() - 1)))) {
      state.show = content;
      return true;
    }
    return false;
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
