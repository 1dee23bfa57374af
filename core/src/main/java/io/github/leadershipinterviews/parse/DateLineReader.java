package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.PublishedDate;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date and a running time from the start (and a running time from the end) of one header
 * line, and says what text remains between them.
 *
 * <pre>
 *   "Feb 4, 2021 • 26min"                      date 2021-02-04, 26 minutes, nothing left
 *   "S1 E66 · Mon, February 24, 2025"          code S1 E66, date 2025-02-24
 *   "11/2/2026 | 46 mins."                     ambiguous: 11 Feb or 2 Nov 2026, 46 minutes
 *   "14 Mar 2024\"A title\" - Jo Doe00:38:15"  date, 38 min 15 s, "\"A title\" - Jo Doe" left
 *   "March 9, 2022 Jo Doe Season 2 Episode 7"  date, "Jo Doe Season 2 Episode 7" left
 * </pre>
 *
 * <p>Day/month order is never guessed: {@code 11/2/2026} gives both readings. Dotted dates ({@code 11.2.2026})
 * are day-first, the only order any locale writes with dots. Regular expressions run on one line only, which the
 * caller bounds in length.
 */
final class DateLineReader {
  private static final Pattern CODE = Pattern.compile("(S\\d{1,3}\\s?[-\u2013]?\\s?[E\u00C9]\\d{1,4})"
      + "[\\s\u00B7\u2022|,:\u2013\u2014-]+");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*(?:de\\s+)?(\\p{L}+)\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?!\\d)");
  private static final Pattern CJK = Pattern.compile("(\\d{4})\u5E74(\\d{1,2})\u6708(\\d{1,2})\u65E5");
  private static final Pattern WEEKDAY = Pattern.compile("(\\p{L}+)\\.?,?\\s+");
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2}):(\\d{2})(?!\\d)");
  private static final Pattern CLOCK_AT_END = Pattern.compile("(\\d{1,2}):(\\d{2}):(\\d{2})\\s*$");
  private static final Pattern MINUTES_SECONDS = Pattern.compile("(\\d{1,3}):(\\d{2})(?![\\d:])");
  private static final Pattern UNIT = Pattern.compile("(\\d{1,4})\\s*(\\p{L}+)\\.?(?!\\p{L})\\s*");
  private static final String SEPARATORS = " \t\u00A0\u2022\u00B7|,\u2013\u2014-/";

  private final HeaderLexicon lexicon;
  /** {@link HeaderLexicon#dateLabels} as an array: looked through for many lines. */
  private final String[] dateLabels;

  DateLineReader(HeaderLexicon lexicon) {
    this.lexicon = lexicon;
    this.dateLabels = lexicon.dateLabels.toArray(new String[0]);
  }

  /** What a line starts with: a date and/or running time, and the text left over. */
  record DateLine(PublishedDate date, Duration duration, String code, int restStart, int restEnd) {
    boolean found() {
      return date != null || duration != null;
    }

    String rest(String line) {
      return line.substring(restStart, restEnd).strip();
    }
  }

  /** A value read at some position of a line, and the position just after it. */
  private record At<T>(T value, int end) {}

  /** Reads {@code line}; {@code found()} is false when it starts with neither a date nor a running time. */
  DateLine read(String line) {
    if (!HeaderLexicon.hasAsciiDigit(line)) {
      return new DateLine(null, null, null, afterLabel(line, 0), line.length());   // every pattern needs a digit
    }
    Matcher code = line.startsWith("S") ? CODE.matcher(line) : null;   // the only opener of a code
    boolean coded = code != null && code.lookingAt();
    int pos = afterLabel(line, coded ? code.end() : 0);
    At<PublishedDate> date = date(line, pos);
    if (date == null && coded) {
      return new DateLine(null, null, null, 0, line.length());
    }
    pos = date == null ? pos : skip(line, date.end());
    At<Duration> duration = duration(line, pos);
    pos = duration == null ? pos : skip(line, duration.end());
    int end = line.length();
    Matcher tail = date != null && duration == null ? CLOCK_AT_END.matcher(line).region(pos, end) : null;
    if (tail != null && tail.find()) {
      duration = new At<>(clock(tail), tail.start());   // "...Title - Jo Doe00:38:15"
      end = tail.start();
    }
    return new DateLine(date == null ? null : date.value(), duration == null ? null : duration.value(),
        coded ? code.group(1) : null, pos, end);
  }

  /** A date at {@code pos}, perhaps after a day name ({@code Tue Feb 03 2026}); null if none. */
  private At<PublishedDate> date(String line, int pos) {
    if (!startsWithLetter(line, pos)) {
      return startsWithDigit(line, pos) ? numberedDate(line, pos) : null;
    }
    String word = HeaderLexicon.fold(letterRun(line, pos));   // folded once for both look-ups
    At<PublishedDate> date = lexicon.months.getOrDefault(word, 0) > 0 ? monthDayYear(line, pos) : null;
    if (date != null || !lexicon.weekdays.contains(word)) {
      return date;   // WEEKDAY's group 1 is the whole letter run: what is no day name cannot open a date
    }
    Matcher w = WEEKDAY.matcher(line).region(pos, line.length());
    if (w.lookingAt() && lexicon.weekdays.contains(HeaderLexicon.fold(w.group(1)))) {
      return dateAt(line, w.end());
    }
    return null;
  }

  /** A date starting at {@code pos}: each pattern opens with a letter or with a digit, so only those are tried. */
  private At<PublishedDate> dateAt(String line, int pos) {
    if (startsWithLetter(line, pos)) {
      return month(letterRun(line, pos)) > 0 ? monthDayYear(line, pos) : null;
    }
    return startsWithDigit(line, pos) ? numberedDate(line, pos) : null;
  }

  /**
   * {@code Feb 4, 2021} at {@code pos}; the caller has checked that the letters there name a month, since the
   * pattern's group 1 is the whole letter run and must be one.
   */
  private At<PublishedDate> monthDayYear(String line, int pos) {
    Matcher m = MONTH_DAY_YEAR.matcher(line).region(pos, line.length());
    return m.lookingAt() && month(m.group(1)) > 0 ? named(m, 3, month(m.group(1)), Integer.parseInt(m.group(2))) : null;
  }

  private At<PublishedDate> numberedDate(String line, int pos) {
    Matcher m = DAY_MONTH_YEAR.matcher(line).region(pos, line.length());
    if (m.lookingAt() && month(m.group(2)) > 0) {
      return named(m, 3, month(m.group(2)), Integer.parseInt(m.group(1)));
    }
    m = YEAR_MONTH_DAY.matcher(line).region(pos, line.length());
    if (m.lookingAt()) {
      return named(m, 1, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }
    m = CJK.matcher(line).region(pos, line.length());
    if (m.lookingAt()) {
      return named(m, 1, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    m = NUMERIC.matcher(line).region(pos, line.length());
    PublishedDate numeric = m.lookingAt() ? numeric(m) : null;
    return numeric == null ? null : new At<>(numeric, m.end());
  }

  /** {@code 11/2/2026}: both readings unless one number cannot be a month; dotted dates are day-first. */
  private static PublishedDate numeric(Matcher m) {
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(3));
    int year = year(m.group(4));
    LocalDate dayFirst = safeDate(year, second, first);
    LocalDate monthFirst = safeDate(year, first, second);
    if (m.group(2).equals(".") || monthFirst == null || dayFirst != null && dayFirst.equals(monthFirst)) {
      return dayFirst == null ? null : PublishedDate.of(m.group(), dayFirst);
    }
    if (dayFirst == null) {
      return PublishedDate.of(m.group(), monthFirst);
    }
    return PublishedDate.ambiguous(m.group(), List.of(dayFirst, monthFirst));
  }

  /** The date {@code m} matched, its year in group {@code yearGroup}; null if no such day exists. */
  private static At<PublishedDate> named(Matcher m, int yearGroup, int month, int day) {
    LocalDate date = safeDate(year(m.group(yearGroup)), month, day);
    return date == null ? null : new At<>(PublishedDate.of(m.group().strip(), date), m.end());
  }

  private static LocalDate safeDate(int year, int month, int day) {
    if (year < 1900 || year > 2199) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int year(String digits) {
    return Integer.parseInt(digits);
  }

  private int month(String word) {
    return lexicon.months.getOrDefault(HeaderLexicon.fold(word), 0);
  }

  /** A running time at {@code pos}: {@code 00:42:27}, {@code 42:27}, or units ({@code 1 hr 5 min}, {@code 3sec}). */
  private At<Duration> duration(String line, int pos) {
    if (!startsWithDigit(line, pos)) {
      return null;   // every running time opens with a digit
    }
    Matcher m = CLOCK.matcher(line).region(pos, line.length());
    if (m.lookingAt()) {
      return new At<>(clock(m), m.end());
    }
    m = MINUTES_SECONDS.matcher(line).region(pos, line.length());
    if (m.lookingAt()) {
      return new At<>(Duration.ofMinutes(Long.parseLong(m.group(1))).plusSeconds(Long.parseLong(m.group(2))), m.end());
    }
    return units(line, pos);
  }

  /** Up to three number-unit pairs ({@code 1 hr 5 min 3 s}) added up; null if the first is not one. */
  private At<Duration> units(String line, int pos) {
    At<Duration> total = null;
    Matcher m = UNIT.matcher(line);
    for (int parts = 0; parts < 3; parts++) {
      m.region(total == null ? pos : total.end(), line.length());
      Character unit = m.lookingAt() ? lexicon.durationUnits.get(HeaderLexicon.fold(m.group(2))) : null;
      if (unit == null) {
        break;
      }
      long n = Long.parseLong(m.group(1));
      Duration d = unit == 'h' ? Duration.ofHours(n) : unit == 'm' ? Duration.ofMinutes(n) : Duration.ofSeconds(n);
      total = new At<>(total == null ? d : total.value().plus(d), m.end());
    }
    return total;
  }

  private static Duration clock(Matcher m) {
    return Duration.ofHours(Long.parseLong(m.group(1)))
        .plusMinutes(Long.parseLong(m.group(2)))
        .plusSeconds(Long.parseLong(m.group(3)));
  }

  /** The position after a label such as {@code Posted on} or {@code Duration:} at {@code pos}, or {@code pos}. */
  private int afterLabel(String line, int pos) {
    if (pos >= line.length() || lexicon.dateLabelFirsts.indexOf(HeaderLexicon.foldChar(line.charAt(pos))) < 0) {
      return pos;   // most lines: no label starts with this character
    }
    for (String label : dateLabels) {
      int end = pos + label.length();
      if (HeaderLexicon.foldedStartsWith(line, pos, label) && end < line.length() && (line.charAt(end) == ':' || line.charAt(end) == ' ')) {
        return skip(line, end + (line.charAt(end) == ':' ? 1 : 0));
      }
    }
    return pos;
  }

  /**
   * The letters ({@code \p{L}+}, as far as they go) at {@code pos}. A pattern that opens with
   * {@code (\p{L}+)} and goes on with a dot, comma or space can only take all of them as its group.
   */
  private static String letterRun(String line, int pos) {
    int end = pos;
    while (end < line.length() && Character.isLetter(line.codePointAt(end))) {
      end += Character.charCount(line.codePointAt(end));
    }
    return line.substring(pos, end);
  }

  /** An ASCII digit, what {@code \d} matches. */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean startsWithDigit(String line, int pos) {
    return pos < line.length() && isDigit(line.charAt(pos));
  }

  /** A letter ({@code \p{L}}, code points included) at {@code pos}. */
  private static boolean startsWithLetter(String line, int pos) {
    return pos < line.length() && Character.isLetter(line.codePointAt(pos));
  }

  private static int skip(String line, int pos) {
    while (pos < line.length() && SEPARATORS.indexOf(line.charAt(pos)) >= 0) {
      pos++;
    }
    return pos;
  }
}
