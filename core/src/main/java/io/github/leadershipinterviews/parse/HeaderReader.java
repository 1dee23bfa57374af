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
 * Header h = HeaderReader.read("Jo Doe, leading with care\nThe Long Table - A podcast by Al Roe\n\nJo Doe is ...");
 * h.title();      // Optional[leading with care]
 * h.showName();   // Optional[The Long Table]
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
    String body = input.substring(bodyStart, bodyEnd);
    TitleReader.Title title = scan.titleLine() == null ? null
        : titles.read(scan.titleLine(), name -> mentioned(body, name));
    String show = firstNonNull(scan.show(), title == null ? null : title.show());
    List<PersonName> hosts = new ArrayList<>(scan.hosts());
    if (show == null || hosts.isEmpty()) {
      for (BodyShowReader.Found f : bodyShows.read(body)) {
        if (show == null && f.show() != null) {
          show = f.show();
          diagnostics.add(bodyDiagnostic("show-from-body", "show \"" + show + "\"", f, bodyStart));
        }
        List<PersonName> bodyHosts = notGuests(f.hosts(), title);
        if (hosts.isEmpty() && !bodyHosts.isEmpty()) {
          hosts.addAll(bodyHosts);
          diagnostics.add(bodyDiagnostic("hosts-from-body", "host \"" + bodyHosts.get(0).name() + "\"", f, bodyStart));
        }
      }
    }
    lines.lookForHeaderLinesInBody(input, bodyStart, bodyEnd, diagnostics);
    return new Header(
        Optional.ofNullable(title).map(TitleReader.Title::title).filter(t -> !t.isBlank()),
        Optional.ofNullable(firstNonNull(title == null ? null : title.code(), scan.code())),
        guests(title, scan.labelledGuests()),
        Optional.ofNullable(show),
        hosts,
        Optional.ofNullable(scan.date()),
        Optional.ofNullable(scan.duration()),
        scan.categories(),
        bodyStart,
        bodyEnd,
        diagnostics);
  }

  /** Whether the body mentions the surname of {@code name} (any body, when there is none to check against). */
  private static boolean mentioned(String body, String name) {
    if (body.isBlank()) {
      return true;
    }
    List<String> words = NameShape.words(name);
    return !words.isEmpty() && body.contains(words.get(words.size() - 1));
  }

  /** The title's guests, then those of a {@code Guest:} line that the title does not name. */
  private static List<PersonName> guests(TitleReader.Title title, List<PersonName> labelled) {
    List<PersonName> out = new ArrayList<>(title == null ? List.of() : title.guests());
    for (PersonName p : labelled) {
      if (out.stream().noneMatch(g -> g.name().equals(p.name()))) {
        out.add(p);
      }
    }
    return out;
  }

  /** {@code hosts} without the title's guests: a body phrase may name the guest where a host was expected. */
  private static List<PersonName> notGuests(List<PersonName> hosts, TitleReader.Title title) {
    if (title == null) {
      return hosts;
    }
    List<String> guests = title.guests().stream().map(PersonName::name).toList();
    return hosts.stream().filter(h -> !guests.contains(h.name())).toList();
  }

  private static Diagnostic bodyDiagnostic(String code, String what, BodyShowReader.Found f, int bodyStart) {
    Span where = Span.of(bodyStart + f.where().start(), bodyStart + f.where().end());
    return Diagnostic.of(code, what + " taken from a body phrase, not a header line", where);
  }

  private static <T> T firstNonNull(T a, T b) {
    return a != null ? a : b;
  }
}
