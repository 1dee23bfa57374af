package io.github.leadershipinterviews.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a summary body was cut short, by reading only its end.
 *
 * <p>Cut short: the text ends in an ellipsis ({@code ...}, {@code …}, also {@code [...]} or {@code … more}), or
 * its last line stops without closing punctuation and reads as prose ({@code reorganisati}, {@code and why the},
 * a list item such as {@code Share the rota ear}). Ends naturally: {@code . ! ?} possibly followed by closing
 * quote marks or brackets (also {@code …”}, the author's own ellipsis inside a closed quotation), a symbol such
 * as an emoji, or a last line of site or list material that is complete as it stands: a Title Case title or
 * heading, a row of platform names ({@code lexicon/platform-names.txt}), hosting boilerplate
 * ({@code lexicon/closing-boilerplate.txt}), a link, or a line with no letters. An ellipsis inside the text is
 * never looked at.
 *
 * <pre>
 *   "She talks about trust, and why..."          truncated
 *   "She talks about trust."                     not truncated
 *   "Resources:\nThe Open Door Handbook"         not truncated
 * </pre>
 */
final class Truncation {
  private static final List<String> MORE_LINKS = Lexicon.load("more-links.txt");
  private static final List<String> BOILERPLATE = Lexicon.load("closing-boilerplate.txt");
  private static final Set<String> PLATFORMS = Set.copyOf(Lexicon.load("platform-names.txt"));
  private static final Set<String> MINOR_WORDS = Set.copyOf(Lexicon.load("title-minor-words.txt"));
  /** Compiled once: {@code String.split} would compile these on every call. */
  private static final Pattern ROW_SEPARATORS = Pattern.compile("[\\s|·•/,\\-–]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Words shorter than this are left out when telling Title Case from sentence case. */
  private static final int CONTENT_WORD_LENGTH = 4;
  /** A last line longer than this is prose, never a title, heading or row of links. */
  private static final int LONGEST_SITE_LINE = 200;
  /** A line in a script without capitals (CJK, Arabic, ...) at least this long is read as prose. */
  private static final int SHORTEST_UNCASED_PROSE = 20;

  /** Words no sentence ends on: an ellipsis after one, even inside closed quote marks, is a cut. */
  private static final Set<String> LINKING_WORDS = Set.of("to", "the", "a", "an", "and", "or", "of", "for", "with",
      "that", "in", "on", "at", "by", "from", "is", "are", "was", "were", "but", "if", "because", "ja", "och", "og",
      "und", "et", "y", "att", "että", "who", "which", "their", "her", "his", "its", "our", "my", "your");
  private static final int LONGEST_LINKING_WORD = 7;
  /** The shortest last word of a chapter line read as whole, and the longest one looked up in the text. */
  private static final int MIN_CHAPTER_WORD = 3;
  private static final int LONGEST_CHECKED_WORD = 20;

  private Truncation() {}

  /** Whether {@code body} is cut short (see the class comment). */
  static boolean isTruncated(String body) {
    return isTruncated(body, false);
  }

  /**
   * As {@link #isTruncated(String)}; {@code beforeFooter}: the page went on after the body with a hosting site's
   * footer, which sites add after their cut too. There a line without a stop is often a list's last item (the
   * lists on such pages have none), so only an ellipsis, a quotation left open or a last word no sentence ends on
   * ({@code the}, {@code who}) says the body was cut.
   */
  static boolean isTruncated(String body, boolean beforeFooter) {
    int end = lastVisible(body, body.length()) + 1;
    if (end == 0) {
      return false;
    }
    if (endsInEllipsis(body, end) || endsInMoreLink(body, end)) {
      return true;
    }
    if (beforeFooter) {
      return isOpenQuotation(lastLine(body, end)) || endsOnLinkingWord(body, end);
    }
    int beforeClosers = end;
    while (beforeClosers > 0 && SentenceSplitter.isCloser(body.charAt(beforeClosers - 1))) {
      beforeClosers--;
    }
    if (beforeClosers < end && beforeClosers > 0 && endsInEllipsis(body, beforeClosers)
        && endsOnLinkingWord(body, beforeClosers)) {
      return true; // “... it's everyone's job to...”: no sentence ends on "to", the quotation was cut
    }
    if (beforeClosers > 0 && SentenceSplitter.isTerminal(body.charAt(beforeClosers - 1))
        || Character.getType(body.codePointBefore(end)) == Character.OTHER_SYMBOL) {
      return false;
    }
    return !isCompleteSiteLine(lastLine(body, end)) && !isCompleteChapter(body, end);
  }

  /**
   * A chapter list's last line ({@code 38:05 What she would tell a new chief}) after another chapter line without
   * a stop, whose last word the text also uses as a whole word elsewhere: a cut mid-word ({@code a new chi})
   * leaves a piece of a word that stands nowhere else, and a word of two letters is too likely a piece.
   */
  private static boolean isCompleteChapter(String body, int end) {
    int lineStart = end - lastLine(body, end).length();
    int prevEnd = lastVisible(body, lineStart) + 1;
    if (!startsWithTimestamp(body, lineStart) || prevEnd == 0
        || SentenceSplitter.isTerminal(body.charAt(prevEnd - 1))
        || !startsWithTimestamp(body, prevEnd - lastLine(body, prevEnd).length())) {
      return false;
    }
    int wordStart = end;
    while (wordStart > lineStart && end - wordStart <= LONGEST_CHECKED_WORD
        && Character.isLetter(body.charAt(wordStart - 1))) {
      wordStart--;
    }
    int length = end - wordStart;
    return length >= MIN_CHAPTER_WORD && length <= LONGEST_CHECKED_WORD
        && !Character.isLetter(body.charAt(wordStart - 1)) && usedElsewhere(body, wordStart, end, lineStart);
  }

  /** {@code 12:05}, {@code [12:05]}, {@code (1:02:05)} at {@code at}. */
  private static boolean startsWithTimestamp(String text, int at) {
    int i = at < text.length() && (text.charAt(at) == '[' || text.charAt(at) == '(') ? at + 1 : at;
    int digits = 0;
    while (i < text.length() && Character.isDigit(text.charAt(i)) && digits < 3) {
      i++;
      digits++;
    }
    return digits >= 1 && i + 2 < text.length() && text.charAt(i) == ':' && Character.isDigit(text.charAt(i + 1))
        && Character.isDigit(text.charAt(i + 2));
  }

  /** Whether the word {@code text[from, to)} stands as a whole word in {@code text} before {@code before}. */
  private static boolean usedElsewhere(String text, int from, int to, int before) {
    int length = to - from;
    for (int i = 0; i + length <= before; i++) {
      if (text.regionMatches(true, i, text, from, length) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && (i + length == text.length() || !Character.isLetter(text.charAt(i + length)))) {
        return true;
      }
    }
    return false;
  }

  /** The index of the last character before {@code end} that is not white space, or -1. */
  private static int lastVisible(String text, int end) {
    int i = end - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
      i--;
    }
    return i;
  }

  /** Whether the line opens more double quotation marks than it closes: {@code she says: “Find the person who}. */
  private static boolean isOpenQuotation(String line) {
    int open = 0;
    int straight = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      open += c == '“' || c == '„' || c == '«' ? 1 : c == '”' || c == '»' ? -1 : 0;
      straight += c == '"' ? 1 : 0;
    }
    return open > 0 || straight % 2 == 1;
  }

  /** {@code …} or two or more full stops at {@code end}, also in brackets ({@code [...]}, {@code (…)}). */
  private static boolean endsInEllipsis(String text, int end) {
    int e = end;
    char last = text.charAt(e - 1);
    if ((last == ']' || last == ')') && e >= 2) {
      e--;
    }
    if (text.charAt(e - 1) == '…') {
      return e == end || isBracketOpen(text, e - 1);
    }
    int dots = e;
    while (dots > 0 && text.charAt(dots - 1) == '.') {
      dots--;
    }
    return e - dots >= 2 && (e == end || isBracketOpen(text, dots));
  }

  /** Whether the word before the ellipsis that ends at {@code end} is one no sentence ends on ({@code to}, {@code the}). */
  private static boolean endsOnLinkingWord(String text, int end) {
    int e = end;
    while (e > 0 && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == '…' || text.charAt(e - 1) == ' ')) {
      e--;
    }
    int s = e;
    while (s > 0 && e - s <= LONGEST_LINKING_WORD && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return s < e && LINKING_WORDS.contains(text.substring(s, e));
  }

  private static boolean isBracketOpen(String text, int ellipsisStart) {
    return ellipsisStart > 0 && (text.charAt(ellipsisStart - 1) == '[' || text.charAt(ellipsisStart - 1) == '(');
  }

  /** An ellipsis and then a link label such as {@code more} or {@code Read more}. */
  private static boolean endsInMoreLink(String text, int end) {
    String tail = text.substring(Math.max(0, end - 40), end).toLowerCase(Locale.ROOT);
    for (String label : MORE_LINKS) {
      int at = tail.length() - label.length();
      if (tail.endsWith(label) && (at == 0 || !Character.isLetter(tail.charAt(at - 1)))) {
        int before = lastVisible(tail, at) + 1;
        if (before > 0 && endsInEllipsis(tail, before)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The last line of {@code text} up to {@code end}, stripped. */
  private static String lastLine(String text, int end) {
    int from = end;
    while (from > 0 && !SentenceSplitter.isLineBreak(text.charAt(from - 1))) {
      from--;
    }
    return text.substring(from, end).strip();
  }

  /** Whether a line that stops without punctuation is site or list material that is complete as it is. */
  private static boolean isCompleteSiteLine(String line) {
    if (line.length() > LONGEST_SITE_LINE) {
      return false;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    return BOILERPLATE.stream().anyMatch(lower::startsWith)
        || isPlatformRow(lower)
        || isLink(lower.substring(lower.lastIndexOf(' ') + 1))
        || line.codePoints().noneMatch(Character::isLetter)
        || isTitleCase(line);
  }

  /** {@code spotify youtube itunes}, {@code Apple Podcasts | Spotify}. */
  private static boolean isPlatformRow(String lower) {
    String[] words = ROW_SEPARATORS.split(lower);
    int seen = 0;
    for (String word : words) {
      if (!word.isEmpty()) {
        if (!PLATFORMS.contains(word)) {
          return false;
        }
        seen++;
      }
    }
    return seen > 0;
  }

  /** A web address, e-mail address, handle or hashtag. */
  private static boolean isLink(String word) {
    if (word.contains("://") || word.startsWith("www.") || word.startsWith("@") || word.startsWith("#")) {
      return true;
    }
    int dot = word.lastIndexOf('.');
    int tld = word.length() - dot - 1;
    return dot > 0 && tld >= 2 && tld <= 6 && word.substring(dot + 1).chars().allMatch(Character::isLetter);
  }

  /**
   * Title Case: every word of four letters or more, other than the minor words Title Case leaves in lower case,
   * starts with a capital; or, in a line of short words only, every word does.
   */
  private static boolean isTitleCase(String line) {
    int upperLong = 0;
    int lowerLong = 0;
    int lowerShort = 0;
    for (String word : SPACES.split(line)) {
      int first = firstLetter(word);
      if (first < 0 || MINOR_WORDS.contains(word.substring(first))) {
        continue;
      }
      int cp = word.codePointAt(first);
      boolean upper = Character.isUpperCase(cp) || Character.isTitleCase(cp);
      boolean lower = Character.isLowerCase(cp);
      boolean isLong = word.codePoints().filter(Character::isLetter).count() >= CONTENT_WORD_LENGTH;
      upperLong += upper && isLong ? 1 : 0;
      lowerLong += lower && isLong ? 1 : 0;
      lowerShort += lower && !isLong ? 1 : 0;
    }
    if (upperLong == 0 && lowerShort == 0) {
      return line.length() < SHORTEST_UNCASED_PROSE;
    }
    return lowerLong == 0 && (upperLong > 0 || lowerShort == 0);
  }

  private static int firstLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
