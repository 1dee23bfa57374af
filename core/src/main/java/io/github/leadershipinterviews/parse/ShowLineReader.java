package io.github.leadershipinterviews.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a directory page's show line: {@code <Show> - <by-phrase> <Host(s)>[, tagline][ - schedule]}, with the
 * by-phrase in any language of the {@link HeaderLexicon} ({@code Podcast by}, {@code Podcast tekijän mukaan},
 * {@code En podcast af}, ...).
 *
 * <pre>
 *   "Slow Fire - A podcast by Jo Doe"                              show, host Jo Doe
 *   "Slow Fire — talks about ports, tides and trade, hosted by Jo Doe"   show Slow Fire, host Jo Doe
 *   "Aamun valo - Podcast tekijän mukaan Jo Doe ja Al Roe - Keskiviikkoisin"   hosts Jo Doe, Al Roe
 *   "First Steps - A podcast by Jo Doe and Al Roe, coaches for new leaders - Tuesdays"   hosts Jo Doe, Al Roe
 * </pre>
 *
 * <p>The host field may hold no person (a company, a first name alone): then the hosts are empty.
 */
final class ShowLineReader {
  private static final int[] NONE = new int[0];
  private static final List<String> TAGLINE_MARKS = List.of(" | ", ": ", " - ", " \u2013 ", " \u2014 ");
  private final HeaderLexicon lexicon;
  private final TitleReader names;

  ShowLineReader(HeaderLexicon lexicon, TitleReader names) {
    this.lexicon = lexicon;
    this.names = names;
  }

  /** The show and hosts of a show line. */
  record ShowLine(String show, List<PersonName> hosts, String hostField) {
    ShowLine {
      hosts = List.copyOf(hosts);
    }
  }

  /** Reads {@code line}, or returns null when it is not a show line. */
  ShowLine read(String line) {
    int[] starts = afterDashes(line);
    if (starts.length == 0) {
      return line.indexOf(", ") > 0 ? afterTagline(line) : null;   // most header lines: no by-phrase after a dash
    }
    for (String phrase : lexicon.byPhrases) {
      int at = byPhrase(line, starts, phrase);
      if (at > 0) {
        return showLine(withoutTagline(line.substring(0, at).strip()), line, at + 1, phrase);
      }
    }
    return afterTagline(line);
  }

  /**
   * {@code Ledarskap i vården – med Jo Doe}: a show and its host after a spaced dash and a "with" word; null when
   * the line is not of that shape or names no person there. Only a line below the title is read so: a title
   * line may end the same way with its guest.
   */
  ShowLine readWith(String line) {
    int dash = firstSpacedDash(line, 0);
    if (dash <= 0) {
      return null;
    }
    int wordStart = HeaderLexicon.skipSpaces(line, dash + 3);
    int wordEnd = line.indexOf(' ', wordStart);
    if (wordEnd < 0 || !lexicon.hostWithWords.contains(HeaderLexicon.fold(line.substring(wordStart, wordEnd)))) {
      return null;
    }
    String field = line.substring(wordEnd).strip();
    List<PersonName> hosts = hosts(field);
    return hosts.isEmpty() ? null : new ShowLine(line.substring(0, dash).strip(), hosts, field);
  }

  /**
   * {@code Slow Fire · Host: Jo Doe}, {@code Slow Fire · juontajana Jo Doe}, {@code Slow Fire | Jo Doe}: a show and
   * its host after a middle dot or bar, with a host label or with nothing but names there; null when the line is
   * not of that shape. Like {@link #readWith}, only a line below the title is read so.
   */
  ShowLine readDotted(String line) {
    int dot = firstDotOrBar(line);
    if (dot <= 0) {
      return null;
    }
    String show = line.substring(0, dot).strip();
    String field = line.substring(dot + 3).strip();
    int labelEnd = field.indexOf(' ');
    String label = labelEnd < 0 ? "" : field.substring(0, labelEnd);
    label = label.endsWith(":") ? label.substring(0, label.length() - 1) : label;
    List<PersonName> hosts = lexicon.hostLabels.contains(HeaderLexicon.fold(label))
        ? hosts(field.substring(labelEnd + 1).strip())
        : names.nameList(field, name -> true);   // no label: the names must fill the field
    return hosts.isEmpty() || show.isEmpty() || !HeaderLines.looksLikeTitle(show) ? null
        : new ShowLine(show, hosts, field);
  }

  /** The first {@code " · "} or {@code " | "} (index of its leading space), or -1. */
  private static int firstDotOrBar(String text) {
    for (int i = 1; i + 2 < text.length(); i++) {
      if (text.charAt(i) == ' ' && text.charAt(i + 2) == ' ' && "\u00B7|".indexOf(text.charAt(i + 1)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The show line of {@code show} and the host field after {@code phrase}, which starts at or after {@code at}. */
  private ShowLine showLine(String show, String line, int at, String phrase) {
    int fieldStart = HeaderLexicon.skipSpaces(line, at) + phrase.length();
    String field = withoutSchedule(line.substring(Math.min(fieldStart, line.length())).strip());
    return show.isEmpty() ? null : new ShowLine(show, hosts(field), field);
  }

  /**
   * {@code <Show> — conversations about X, Y and Z, hosted by <Hosts>}: a by-phrase after the comma that ends a
   * tagline; the show ends at the dash before the tagline.
   */
  private ShowLine afterTagline(String line) {
    int dash = firstSpacedDash(line, 0);
    for (int comma = line.indexOf(", ", dash); dash > 0 && comma > 0; comma = line.indexOf(", ", comma + 2)) {
      for (String phrase : lexicon.byPhrases) {
        int end = comma + 2 + phrase.length();
        if (end < line.length() && line.charAt(end) == ' ' && HeaderLexicon.foldedStartsWith(line, comma + 2, phrase)) {
          return showLine(line.substring(0, dash).strip(), line, comma + 2, phrase);
        }
      }
    }
    return null;
  }

  /**
   * {@code Chefsache X – Gespräche über A, B & C}: the show without a tagline after a spaced dash, one that reads
   * as a description (a comma inside, or a lower-case start), not as part of a name.
   */
  private static String withoutTagline(String show) {
    int dash = firstSpacedDash(show, 0);
    while (dash > 0) {
      String rest = show.substring(dash + 3);
      if (rest.indexOf(',') >= 0 || !rest.isEmpty() && Character.isLowerCase(rest.charAt(0))) {
        return show.substring(0, dash).strip();
      }
      dash = firstSpacedDash(show, dash + 3);
    }
    return show;
  }

  /** The first {@code " - "}, {@code " – "} or {@code " — "} from {@code from}, or -1. */
  private static int firstSpacedDash(String text, int from) {
    for (int i = Math.max(from, 1); i + 2 < text.length(); i++) {
      if (text.charAt(i) == ' ' && text.charAt(i + 2) == ' ' && "-\u2013\u2014".indexOf(text.charAt(i + 1)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where a by-phrase could start: after each dash or bar (not the line's first character) and the spaces that
   * follow it. A phrase (folded and stripped) starts with no space, so it can start nowhere else; and only where
   * the (folded) character is one a phrase starts with.
   */
  private int[] afterDashes(String line) {
    int[] starts = NONE;
    if (line.indexOf('-') < 0 && line.indexOf('|') < 0 && line.indexOf('\u2013') < 0 && line.indexOf('\u2014') < 0) {
      return starts;   // most lines: searched for each dash at once, faster than char by char
    }
    for (int i = 1; i < line.length(); i++) {
      int at = isDash(line.charAt(i)) ? HeaderLexicon.skipSpaces(line, i + 1) : line.length();
      if (at < line.length() && lexicon.byPhraseFirsts.indexOf(HeaderLexicon.foldChar(line.charAt(at))) >= 0) {
        starts = Arrays.copyOf(starts, starts.length + 1);
        starts[starts.length - 1] = at;
      }
    }
    return starts;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '|';
  }

  /** The index of the dash before {@code phrase} ({@code " - Podcast by "}), or -1. */
  private static int byPhrase(String line, int[] starts, String phrase) {
    for (int at : starts) {
      int end = at + phrase.length();
      if (end < line.length() && line.charAt(end) == ' ' && HeaderLexicon.foldedStartsWith(line, at, phrase)) {
        int dash = at - 1;
        while (line.charAt(dash) == ' ') {
          dash--;
        }
        return dash;
      }
    }
    return -1;
  }

  /** The host field without a trailing {@code " - Wednesdays"} (or any short schedule-word segment). */
  private String withoutSchedule(String field) {
    int dash = Math.max(field.lastIndexOf(" - "), Math.max(field.lastIndexOf(" \u2013 "), field.lastIndexOf(" \u2014 ")));
    if (dash < 0) {
      return field;
    }
    for (String word : NameShape.words(field.substring(dash + 3))) {
      if (lexicon.scheduleWords.contains(HeaderLexicon.foldWord(word))) {
        return field.substring(0, dash).strip();
      }
    }
    return field;
  }

  /** The leading names of the host field; a tagline after a comma, bar, colon or dash ends them. */
  private List<PersonName> hosts(String field) {
    List<PersonName> hosts = new ArrayList<>();
    int tagline = field.length();
    for (String mark : TAGLINE_MARKS) {
      int at = field.indexOf(mark);
      tagline = at >= 0 ? Math.min(tagline, at) : tagline;
    }
    for (String piece : names.splitNames(field.substring(0, tagline))) {
      List<PersonName> one = names.nameList(piece, name -> true);
      if (one.isEmpty()) {
        break;
      }
      hosts.addAll(one);
    }
    return hosts;
  }
}
