package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Diagnostic;
import io.github.leadershipinterviews.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage 1: reads the header lines (title, show and hosts, date, duration, categories) and finds the body.
 *
 * <p>The header is the run of lines before the prose. Each line, bullets and indentation aside, is one of: site
 * chrome ({@code undefined}, {@code Narrado por:}), a category line ({@code Kategoriat:}, {@code • Business}), a
 * show line ({@code <Show> - Podcast by <Host>}), a date/duration line (possibly glued to the title), or the title.
 * The first line that is none of these starts the body, so prose is never swallowed: a summary without a header
 * keeps all its text. A hosting service's footer at the very end is left out of the body too (see
 * {@link FooterTrimmer}). When the header names no show or host, body phrases about this episode may
 * ({@link BodyShowReader}).
 *
 * <pre>{@code
 * Header h = HeaderReader.read("Jo Doe, leading with care\nSlow Fire - A podcast by Al Roe\n\nJo Doe is ...");
 * h.title();      // Optional[leading with care]
 * h.showName();   // Optional[Slow Fire]
 * }</pre>
 */
final class HeaderReader {
  private static final HeaderReader DEFAULTS = new HeaderReader(HeaderLexicon.defaults());
  /** A header has few lines; a line longer than this is prose. */
  static final int MAX_LINE = 300;
  private static final int MAX_HEADER_LINES = 25;

  private final HeaderLexicon lexicon;
  private final HeaderLines lines;
  private final TitleReader titles;
  private final BodyShowReader bodyShows;
  private final FooterTrimmer footer;

  HeaderReader(HeaderLexicon lexicon) {
    this.lexicon = lexicon;
    this.titles = new TitleReader(lexicon);
    this.lines = new HeaderLines(lexicon, new DateLineReader(lexicon), new ShowLineReader(lexicon, titles), titles);
    this.bodyShows = new BodyShowReader(lexicon);
    this.footer = new FooterTrimmer(lexicon);
  }

  static HeaderReader defaults() {
    return DEFAULTS;
  }

  /** Reads {@code input} with the built-in vocabulary. */
  static Header read(String input) {
    return DEFAULTS.readHeader(input);
  }

  /** Reads the header of {@code input} and finds the body. */
  Header readHeader(String input) {
    HeaderLines.Scan scan = lines.scan(input, MAX_HEADER_LINES);
    List<Diagnostic> diagnostics = new ArrayList<>(scan.diagnostics());
    int bodyStart = scan.bodyStart();
    int bodyEnd = footer.bodyEnd(input, bodyStart, diagnostics);
    TitleReader.Title title = scan.titleLine() == null ? null
        : titles.read(scan.titleLine(), name -> mentioned(input, bodyStart, bodyEnd, name));
    ShowAndHosts show = new ShowAndHosts(firstNonNull(scan.show(), title == null ? null : title.show()),
        distinct(scan.hosts(), List.of()));
    if (show.name == null || show.hosts.isEmpty()) {
      fillFromBody(show, input, bodyStart, bodyEnd, title, diagnostics);
    }
    lines.lookForHeaderLinesInBody(input, bodyStart, bodyEnd, diagnostics);
    return new Header(
        Optional.ofNullable(title).map(TitleReader.Title::title).filter(t -> !t.isBlank()),
        Optional.ofNullable(firstNonNull(title == null ? null : title.code(), scan.code())),
        guests(title, scan.labelledGuests()),
        Optional.ofNullable(show.name),
        show.hosts,
        Optional.ofNullable(scan.date()),
        Optional.ofNullable(scan.duration()),
        scan.categories(),
        bodyStart,
        bodyEnd,
        diagnostics);
  }

  /** The show and hosts found so far. */
  private static final class ShowAndHosts {
    String name;
    final List<PersonName> hosts;

    ShowAndHosts(String name, List<PersonName> hosts) {
      this.name = name;
      this.hosts = hosts;
    }
  }

  /** Takes what the header left open from body phrases about this episode. */
  private void fillFromBody(ShowAndHosts show, String input, int bodyStart, int bodyEnd, TitleReader.Title title,
      List<Diagnostic> diagnostics) {
    for (BodyShowReader.Found f : bodyShows.read(input, bodyStart, bodyEnd)) {
      if (show.name == null && f.show() != null) {
        show.name = f.show();
        diagnostics.add(bodyDiagnostic("show-from-body", "show \"" + show.name + "\"", f, bodyStart));
      }
      List<PersonName> bodyHosts = notGuests(f.hosts(), title);
      if (show.hosts.isEmpty() && !bodyHosts.isEmpty()) {
        show.hosts.addAll(bodyHosts);
        diagnostics.add(bodyDiagnostic("hosts-from-body", "host \"" + bodyHosts.get(0).name() + "\"", f, bodyStart));
      }
    }
    BodyShowReader.Found thanked = show.name == null ? bodyShows.thankedShow(input, bodyStart) : null;
    if (thanked != null) {
      show.name = thanked.show();
      diagnostics.add(Diagnostic.of("show-from-thanks", "show \"" + show.name + "\" taken from a closing thanks",
          Span.of(bodyStart + thanked.where().start(), bodyStart + thanked.where().end())));
    }
    BodyShowReader.Found onShow = show.name == null || !show.hosts.isEmpty() ? null
        : bodyShows.hostOnShow(input, bodyStart, bodyEnd, show.name);
    List<PersonName> hosts = onShow == null ? List.of() : notGuests(onShow.hosts(), title);
    if (!hosts.isEmpty()) {
      show.hosts.addAll(hosts);
      diagnostics.add(bodyDiagnostic("hosts-from-body", "host \"" + hosts.get(0).name() + "\"", onShow, bodyStart));
    }
  }

  /**
   * Whether the body, {@code input[bodyStart, bodyEnd)}, mentions the surname of {@code name} (any body, when
   * there is none to check against). Read in place: no copy of the body.
   */
  private static boolean mentioned(String input, int bodyStart, int bodyEnd, String name) {
    if (isBlank(input, bodyStart, bodyEnd)) {
      return true;
    }
    List<String> words = NameShape.words(name);
    if (words.isEmpty()) {
      return false;
    }
    String surname = words.get(words.size() - 1);
    int at = input.indexOf(surname, bodyStart);   // the first one; if it runs past the body, so do later ones
    return at >= 0 && at + surname.length() <= bodyEnd;
  }

  /** {@link String#isBlank} of {@code s[start, end)}: no white space character is a surrogate. */
  private static boolean isBlank(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The title's guests, then those of a {@code Guest:} line that the title does not name. */
  private static List<PersonName> guests(TitleReader.Title title, List<PersonName> labelled) {
    return distinct(title == null ? List.of() : title.guests(), labelled);
  }

  /** {@code first} then {@code second}, each name once (the first spelling wins). */
  private static List<PersonName> distinct(List<PersonName> first, List<PersonName> second) {
    List<PersonName> out = new ArrayList<>(first.size() + second.size());
    addNew(out, first);
    addNew(out, second);
    return out;
  }

  private static void addNew(List<PersonName> out, List<PersonName> people) {
    for (PersonName p : people) {
      if (!hasName(out, p.name())) {
        out.add(p);
      }
    }
  }

  private static boolean hasName(List<PersonName> people, String name) {
    for (PersonName o : people) {
      if (o.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** {@code hosts} without the title's guests: a body phrase may name the guest where a host was expected. */
  private static List<PersonName> notGuests(List<PersonName> hosts, TitleReader.Title title) {
    if (title == null || title.guests().isEmpty()) {
      return hosts;
    }
    List<PersonName> out = new ArrayList<>(hosts.size());
    for (PersonName h : hosts) {
      if (!hasName(title.guests(), h.name())) {
        out.add(h);
      }
    }
    return out;
  }

  private static Diagnostic bodyDiagnostic(String code, String what, BodyShowReader.Found f, int bodyStart) {
    Span where = Span.of(bodyStart + f.where().start(), bodyStart + f.where().end());
    return Diagnostic.of(code, what + " taken from a body phrase, not a header line", where);
  }

  private static <T> T firstNonNull(T a, T b) {
    return a != null ? a : b;
  }
}
