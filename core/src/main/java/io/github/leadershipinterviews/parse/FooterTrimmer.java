package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Diagnostic;
import io.github.leadershipinterviews.model.Span;
import java.util.Collection;
import java.util.List;

/**
 * Ends the body before a hosting service's footer: {@code Support the show}, a row of platform names
 * ({@code itunes stitcher spotify}), {@code Hosted on X. See x.com/privacy for more information.}
 *
 * <p>Why trim at all: the footer is the site's, not the summary's. Left in, it would be read as the summary's last
 * sentence (a platform row has no closing punctuation, so the summary would look cut short) and as prose for
 * every later stage. Only whole lines at the very end that match the footer lexicon are trimmed, at most
 * {@value #MAX_FOOTER_LINES} of them, and a diagnostic records the range, so nothing is dropped silently.
 */
final class FooterTrimmer {
  private static final int MAX_FOOTER_LINES = 6;
  /** What separates the names of a platform row besides spaces. */
  private static final String ROW_SEPARATORS = ",|\u2022\u00B7/";
  /** What separates the buttons of a row of site chrome. */
  private static final String BUTTON_SEPARATORS = "|\u2022\u00B7";
  /** A footer lies in the last few hundred characters; looking no further keeps this step constant-time. */
  private static final int FOOTER_REACH = 2000;

  private final HeaderLexicon lexicon;
  /** How much of a line {@link #mayBeFooter} reads: as much as the longest footer start or platform name. */
  private final int prefixLength;
  /** {@link HeaderLexicon#footerStarts}, as an array: looked through for many lines. */
  private final String[] footerStarts;

  FooterTrimmer(HeaderLexicon lexicon) {
    this.lexicon = lexicon;
    this.footerStarts = lexicon.footerStarts.toArray(new String[0]);
    this.prefixLength = Math.max(longest(lexicon.footerStarts), longest(lexicon.platforms));
  }

  private static int longest(Collection<String> phrases) {
    return phrases.stream().mapToInt(String::length).max().orElse(0);
  }

  /** The body's end: the input's end, or the end of the last line before a footer. */
  int bodyEnd(String input, int bodyStart, List<Diagnostic> diagnostics) {
    int limit = Math.max(bodyStart, input.length() - FOOTER_REACH);
    int cut = footerStart(input, bodyStart, limit);
    if (cut == input.length()) {
      return cut;
    }
    int bodyEnd = cut;
    while (bodyEnd > limit && Character.isWhitespace(input.charAt(bodyEnd - 1))) {
      bodyEnd--;
    }
    diagnostics.add(Diagnostic.of("footer-trimmed", "hosting-service footer \""
        + abbreviate(input.substring(cut).strip()) + "\" left out of the summary", Span.of(cut, input.length())));
    return bodyEnd;
  }

  /** Where the run of footer lines at the end starts (blank lines between them allowed); the input's end if none. */
  private int footerStart(String input, int bodyStart, int limit) {
    int end = input.length();
    int cut = end;
    for (int footerLines = 0; end > limit && footerLines <= MAX_FOOTER_LINES; ) {
      int floor = Math.max(limit, end - HeaderReader.MAX_LINE - 1);   // no need to look further back than this
      int lineStart = end;
      while (lineStart > floor && input.charAt(lineStart - 1) != '\n') {
        lineStart--;
      }
      boolean cutOff = lineStart == limit && limit > bodyStart && input.charAt(limit - 1) != '\n';
      if (cutOff || lineStart == floor && floor > limit || end - lineStart > HeaderReader.MAX_LINE) {
        break;   // the line starts before the reach, or is too long to be a footer line
      }
      String line = input.substring(lineStart, end).strip();
      if (!line.isEmpty()) {
        if (!isFooter(line)) {
          break;
        }
        footerLines++;
        cut = lineStart;
      }
      end = lineStart == 0 ? 0 : lineStart - 1;
    }
    return cut;
  }

  /** Whether {@code line} is a hosting-service footer line or a row of platform names. */
  boolean isFooter(String line) {
    String stripped = line.strip();
    return mayBeFooter(stripped) && isFoldedFooter(HeaderLexicon.fold(stripped));
  }

  /**
   * False where {@code line} (stripped) certainly is no footer line, told without folding it: its opening folds
   * char for char, and neither starts like a footer line nor is a platform name. Most lines are decided here;
   * the others are folded and read in full.
   */
  private boolean mayBeFooter(String line) {
    if (line.indexOf('\u00B7') >= 0 || line.indexOf('|') >= 0 || line.indexOf('\u2022') >= 0) {
      return true;   // perhaps a row of buttons: decided on the folded line
    }
    int prefix = Math.min(line.length(), prefixLength);
    for (int i = 0; i < prefix; i++) {
      if (!HeaderLexicon.foldsAlone(line.charAt(i))) {
        return true;   // folding may change more than this character here: decide on the folded line
      }
    }
    if (prefix > 0 && lexicon.footerFirsts.indexOf(HeaderLexicon.foldChar(line.charAt(0))) >= 0) {
      for (String start : footerStarts) {
        if (HeaderLexicon.foldedStartsWith(line, 0, start)) {
          return true;
        }
      }
    }
    return opensWithPlatform(line, prefix);
  }

  /** Whether the first word of {@code line} may be a platform name; {@code line[0, prefix)} folds char by char. */
  private boolean opensWithPlatform(String line, int prefix) {
    int start = 0;
    while (start < prefix && isRowGap(line.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < prefix && !isRowGap(line.charAt(end))) {
      end++;
    }
    if (end == prefix && prefix < line.length()) {
      return true;   // the word goes on past the prefix
    }
    return start < end && lexicon.platforms.contains(HeaderLexicon.fold(line.substring(start, end)));
  }

  /** {@link #isFooter} of a line already {@link HeaderLexicon#fold folded}. */
  boolean isFoldedFooter(String folded) {
    if (!folded.isEmpty() && lexicon.footerFirsts.indexOf(folded.charAt(0)) >= 0) {   // else none can start it
      for (String start : footerStarts) {
        if (folded.startsWith(start)) {
          return true;
        }
      }
    }
    return isPlatformRow(folded) || isButtonRow(folded);
  }

  /**
   * {@code Dela · Visa mer}: two or more of the site's buttons (chrome lines) in a row, apart by middle dots, bars
   * or bullets; the page's own, left after the summary.
   */
  private boolean isButtonRow(String folded) {
    int parts = 0;
    int start = 0;
    for (int i = 0; i <= folded.length(); i++) {
      if (i == folded.length() || BUTTON_SEPARATORS.indexOf(folded.charAt(i)) >= 0) {
        String part = folded.substring(start, i).strip();
        if (part.isEmpty() || !lexicon.chromeLines.contains(part)) {
          return false;
        }
        parts++;
        start = i + 1;
      }
    }
    return parts >= 2;
  }

  /** Whether {@code folded} is two or more platform names, split at spaces and row separators. */
  private boolean isPlatformRow(String folded) {
    int words = 0;
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean gap = i == folded.length() || isRowGap(folded.charAt(i));
      if (gap && start >= 0) {
        if (!lexicon.platforms.contains(folded.substring(start, i))) {
          return false;   // most lines: the first word already says no
        }
        words++;
        start = -1;
      } else if (!gap && start < 0) {
        start = i;
      }
    }
    return words >= 2;
  }

  private static boolean isRowGap(char c) {
    return ROW_SEPARATORS.indexOf(c) >= 0 || NameShape.isSpace(c);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
