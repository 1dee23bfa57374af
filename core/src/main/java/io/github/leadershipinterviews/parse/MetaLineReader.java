package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.PublishedDate;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * Reads a header line of episode metadata: a date and running time ({@link DateLineReader}), then segments split
 * at {@code •}, {@code ·} or {@code |}, each a date, a running time, an episode code, a count, a lone
 * {@code Episode} label, or {@code <Host> Season 2 Episode 7}.
 *
 * <pre>
 *   "Feb 4, 2021 · Episode 12 · 26 min"            date, code Episode 12, 26 minutes
 *   "Episode • Mar 12, 2024 • 45 min"              date, 45 minutes
 *   "June 4, 2024 Jo Doe Season 3 Episode 58"      date, host Jo Doe, code Season 3 Episode 58
 *   "Sep 9, 2025 | Jo Doe & Al Roe | S3 E11"        date, hosts Jo Doe and Al Roe, code S3 E11
 *   "42 min · 3 Feb 2026"                          42 minutes, date
 *   "14 Mar 2024\"A title\" - Jo Doe00:38:15"      date, 38:15, glued title "\"A title\" - Jo Doe"
 * </pre>
 */
final class MetaLineReader {
  private static final Pattern SEASON_EPISODE = Pattern.compile("S\\d{1,3}\\s?[-\u2013]?\\s?[E\u00C9]\\d{1,4}");
  /** What separates the segments; an empty segment says nothing, so where the pieces start does not matter. */
  private static final String SEGMENT_SEPARATORS = "\u2022\u00B7|";

  private static final int YEAR_DIGITS = 4;
  /** Longest segment read as a show's name. */
  private static final int MAX_SHOW_SEGMENT = 60;

  private final HeaderLexicon lexicon;
  private final DateLineReader dates;
  private final TitleReader names;

  MetaLineReader(HeaderLexicon lexicon, DateLineReader dates, TitleReader names) {
    this.lexicon = lexicon;
    this.dates = dates;
    this.names = names;
  }

  /** What a metadata line says; any part may be null. {@code gluedTitle} is a title run into the date. */
  record Meta(PublishedDate date, Duration duration, String code, List<PersonName> hosts, String gluedTitle,
      String show) {
    Meta {
      hosts = List.copyOf(hosts);
    }
  }

  /**
   * Reads {@code content}, or returns null when it is not a metadata line. A line without a leading date or time
   * counts only when segmented or when the title is already known ({@code Season 2 Episode 14} could be a title).
   */
  Meta read(String content, boolean titleKnown) {
    return read(content, titleKnown ? Known.YES : Known.NO);
  }

  /**
   * {@link #read(String, boolean)}, with whether the title is known asked only where the answer depends on it, at
   * most once: the caller's test looks at the lines below, and most lines are no metadata either way.
   */
  Meta read(String content, BooleanSupplier titleKnown) {
    Known known = Known.of(titleKnown);
    DateLineReader.DateLine d = dates.read(content);
    if (!d.found()) {
      boolean segmented = content.indexOf('\u2022') >= 0 || content.indexOf('\u00B7') >= 0 || content.indexOf('|') >= 0;
      Meta none = new Meta(null, null, null, List.of(), null, null);
      // one segment, at the start of the line, is never a show's name: segments() asks nothing of known then
      Meta meta = segments(content, none, known);
      boolean found = meta != null && (meta.date() != null || meta.duration() != null || meta.code() != null);
      return found && (segmented || known.getAsBoolean()) ? meta : null;
    }
    String rest = d.rest(content);
    if (d.date() == null && !rest.isEmpty() && !afterSeparator(content, d)) {
      return null;   // "5 Minutes with Jo Doe" is a title, not a running time; "42 min · 3 Feb 2026" is metadata
    }
    Meta start = new Meta(d.date(), d.duration(), d.code(), List.of(), null, null);
    Meta meta = segments(rest, start, known);
    if (meta == null && d.date() != null && HeaderLines.looksLikeTitle(rest) && !known.getAsBoolean()) {
      return new Meta(d.date(), d.duration(), d.code(), List.of(), rest, null);
    }
    return meta;
  }

  /** Whether a segment separator stands between what {@code d} read and the rest of {@code content}. */
  private static boolean afterSeparator(String content, DateLineReader.DateLine d) {
    for (int i = d.restStart() - 1; i >= 0 && i < content.length() && !Character.isLetterOrDigit(content.charAt(i));
        i--) {
      if (SEGMENT_SEPARATORS.indexOf(content.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A yes or no asked of its supplier at most once; one parse's, or a constant. */
  private static final class Known implements BooleanSupplier {
    static final Known YES = new Known(null, (byte) 1);
    static final Known NO = new Known(null, (byte) 0);
    private final BooleanSupplier supplier;
    /** 1 yes, 0 no, -1 not asked yet (never so for the constants, which are shared and never written). */
    private byte answer;

    private Known(BooleanSupplier supplier, byte answer) {
      this.supplier = supplier;
      this.answer = answer;
    }

    static Known of(BooleanSupplier supplier) {
      return supplier instanceof Known k ? k : new Known(supplier, (byte) -1);
    }

    @Override
    public boolean getAsBoolean() {
      if (answer < 0) {
        answer = (byte) (supplier.getAsBoolean() ? 1 : 0);
      }
      return answer == 1;
    }
  }

  /**
   * {@code meta} with every segment of {@code text} added, or null if a segment is not metadata. Below a known
   * title one segment that is no metadata may be the show's name ({@code showAllowed}); above it, such a line holds
   * the title ({@code Feb 4, 2021 | Leading change}).
   */
  private Meta segments(String text, Meta meta, BooleanSupplier showAllowed) {
    Meta out = meta;
    String show = null;
    int start = 0;
    for (int i = 0; i <= text.length() && out != null; i++) {
      if (i == text.length() || SEGMENT_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
        String seg = text.substring(start, i).strip();
        Meta next = segment(seg, out);
        next = next != null ? next : hostSegment(seg, out, showAllowed);
        if (next == null && show == null && start > 0 && looksLikeShowSegment(seg) && showAllowed.getAsBoolean()) {
          show = seg; // "Episode · Work Unboxed · Mar 12, 2025 · 41min": the show among the metadata
        } else {
          out = next;
        }
        start = i + 1;
      }
    }
    if (out == null || show == null) {
      return out;
    }
    boolean dated = out.date() != null || out.duration() != null;
    return dated ? new Meta(out.date(), out.duration(), out.code(), out.hosts(), out.gluedTitle(), show) : null;
  }

  /** A short capitalised segment without sentence punctuation: a show's name. */
  private static boolean looksLikeShowSegment(String seg) {
    if (seg.isEmpty() || !Character.isUpperCase(seg.codePointAt(0)) || seg.length() > MAX_SHOW_SEGMENT) {
      return false;
    }
    for (int i = 0; i < seg.length(); i++) {
      if (".!?,;\"“”".indexOf(seg.charAt(i)) >= 0) {
        return false;
      }
    }
    return HeaderLines.looksLikeTitle(seg);
  }

  private Meta segment(String seg, Meta m) {
    if (seg.isEmpty() || isCount(seg) || isWord(lexicon.episodeWords, seg) || isSeason(seg) || isMonthYear(seg)) {
      return m;
    }
    DateLineReader.DateLine inner = dates.read(seg);
    if (inner.found() && (inner.rest(seg).isEmpty() || isCount(inner.rest(seg)))) {
      return new Meta(first(m.date(), inner.date()), first(m.duration(), inner.duration()), m.code(), m.hosts(), null,
          m.show());
    }
    String suffix = episodeSuffix(seg);
    String beforeCode = suffix == null ? seg : seg.substring(0, seg.length() - suffix.length()).strip();
    if (suffix != null && beforeCode.isEmpty() || seg.startsWith("S") && SEASON_EPISODE.matcher(seg).matches()) {
      return new Meta(m.date(), m.duration(), first(m.code(), seg), m.hosts(), null, m.show());
    }
    List<PersonName> hosts = suffix == null ? List.of() : names.nameList(beforeCode, name -> true);
    return hosts.isEmpty() ? null : new Meta(m.date(), m.duration(), first(m.code(), suffix), hosts, null, m.show());
  }

  /**
   * {@code meta} with the hosts that {@code seg} names and nothing else ({@code Sep 9, 2025 | Jo Doe & Al Roe |
   * S3 E11}), or null: only after a date, below a known title (a title may be a name alone), and once.
   */
  private Meta hostSegment(String seg, Meta meta, BooleanSupplier titleKnown) {
    if (meta.date() == null || !meta.hosts().isEmpty() || !titleKnown.getAsBoolean()) {
      return null;
    }
    List<PersonName> hosts = names.nameList(seg, name -> true);
    return hosts.isEmpty() ? null
        : new Meta(meta.date(), meta.duration(), meta.code(), hosts, meta.gluedTitle(), meta.show());
  }

  /** {@code Oct 2025}: a month without its day, no date to record, but metadata all the same. */
  private boolean isMonthYear(String seg) {
    int space = seg.indexOf(' ');
    if (space <= 0 || space != seg.lastIndexOf(' ') || seg.length() - space - 1 != YEAR_DIGITS) {
      return false;
    }
    String month = HeaderLexicon.fold(seg.substring(0, space));
    return lexicon.months.containsKey(month.endsWith(".") ? month.substring(0, month.length() - 1) : month)
        && seg.substring(space + 1).chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** {@code Sesong 4}, {@code Season 2} as a segment of its own ({@code 38 min · Sesong 4}). */
  private boolean isSeason(String seg) {
    int space = seg.indexOf(' ');
    return space > 0 && space == seg.lastIndexOf(' ') && isCount(seg.substring(space + 1))
        && isWord(lexicon.seasonWords, seg.substring(0, space));
  }

  /** A trailing {@code Season 2 Episode 7} / {@code Episode 7} / {@code Avsnitt 7}, as written, or null. */
  private String episodeSuffix(String rest) {
    if (!endsWithDigit(rest)) {
      return null;   // the last word must be an episode number
    }
    List<String> words = NameShape.words(rest);
    int n = words.size();
    if (n < 2 || !isEpisodeNumber(words.get(n - 1)) || !isWord(lexicon.episodeWords, words.get(n - 2))) {
      return null;
    }
    int from = n - 2;
    if (from >= 2 && isCount(words.get(from - 1)) && isWord(lexicon.seasonWords, words.get(from - 2))) {
      from -= 2;
    }
    return String.join(" ", words.subList(from, n));
  }

  /** {@code \d{1,3}}: a count such as a number of episodes. */
  private static boolean isCount(String text) {
    return text.length() >= 1 && text.length() <= 3 && digitsFrom(text, 0);
  }

  /** {@code #?\d{1,5}}: an episode number. */
  private static boolean isEpisodeNumber(String text) {
    int from = text.startsWith("#") ? 1 : 0;
    int digits = text.length() - from;
    return digits >= 1 && digits <= 5 && digitsFrom(text, from);
  }

  /** Whether every character of {@code text} from {@code from} on is an ASCII digit ({@code \d}). */
  private static boolean digitsFrom(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWithDigit(String text) {
    int end = text.length();
    while (end > 0 && NameShape.isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end > 0 && text.charAt(end - 1) >= '0' && text.charAt(end - 1) <= '9';
  }

  private static boolean isWord(Set<String> set, String word) {
    return set.contains(HeaderLexicon.foldWord(word));
  }

  private static <T> T first(T a, T b) {
    return a != null ? a : b;
  }
}
