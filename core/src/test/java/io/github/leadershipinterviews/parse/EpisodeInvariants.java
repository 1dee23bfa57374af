package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.leadershipinterviews.model.Diagnostic;
import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.Quotation;
import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.model.ThemeMatch;
import java.util.List;

/**
 * What every parse must satisfy, whatever the input and whichever stage produced what: the summary text is the
 * input unchanged from its offset, every span lies inside it, sentences are ordered, disjoint and trimmed, each
 * quotation's span covers exactly its text. Used by the randomised, fuzz and linear-time tests.
 */
final class EpisodeInvariants {
  private static final int SNIPPET = 120;

  private EpisodeInvariants() {}

  /**
   * Parses {@code input} with {@code parser} and checks the result; any exception or broken invariant fails
   * with {@code where} (e.g. the seed and iteration) and an escaped snippet of the input.
   */
  static Episode parseAndCheck(SummaryParser parser, String input, String where) {
    Episode episode = parse(parser, input, where);
    try {
      check(input, episode);
    } catch (AssertionError e) {
      throw new AssertionError(where + ": " + e.getMessage() + "\n  for input " + describe(input), e);
    }
    return episode;
  }

  /** Parses {@code input}; an exception fails with {@code where} and an escaped snippet of the input. */
  static Episode parse(SummaryParser parser, String input, String where) {
    try {
      return parser.parse(input);
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(where + ": parse threw " + e + " for input " + describe(input), e);
    }
  }

  /** Checks every invariant of {@code episode}, parsed from {@code input}. */
  static void check(String input, Episode episode) {
    String text = episode.summary().text();
    int offset = episode.summary().inputOffset();
    assertThat(offset).as("summary.inputOffset").isBetween(0, input.length() - text.length());
    assertThat(input.substring(offset, offset + text.length())).as("summary.text is the input unchanged")
        .isEqualTo(text);
    checkSentences(text, episode.summary().sentences());
    checkQuotations(text, episode.quotations());
    for (ThemeMatch theme : episode.themes()) {
      theme.evidence().forEach(span -> checkInside(text, span, "themes[" + theme.id() + "].evidence"));
    }
    for (Diagnostic d : episode.diagnostics()) {
      d.inputSpan().ifPresent(span -> checkInside(input, span, "diagnostic " + d.code()));
    }
  }

  private static void checkSentences(String text, List<Span> sentences) {
    int previousEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      String field = "sentences[" + i + "] " + s;
      checkInside(text, s, field);
      if (s.start() < previousEnd) {
        fail(field + " starts before the previous sentence ends, at " + previousEnd);
      }
      if (!isTrimmed(s.in(text))) {
        fail(field + " is empty or has white space around it: " + describe(s.in(text)));
      }
      previousEnd = s.end();
    }
  }

  private static void checkQuotations(String text, List<Quotation> quotations) {
    for (int i = 0; i < quotations.size(); i++) {
      Quotation q = quotations.get(i);
      checkInside(text, q.span(), "quotations[" + i + "].span");
      assertThat(q.span().in(text)).as("quotations[" + i + "].span covers its text").isEqualTo(q.text());
    }
  }

  private static void checkInside(String text, Span span, String field) {
    if (span.start() < 0 || span.end() < span.start() || span.end() > text.length()) {
      fail(field + " " + span + " is not inside the text of " + text.length() + " characters");
    }
  }

  private static boolean isTrimmed(String s) {
    return !s.isEmpty() && !isBlankChar(s.charAt(0)) && !isBlankChar(s.charAt(s.length() - 1));
  }

  private static boolean isBlankChar(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The input's length and its start, escaped so that control characters and surrogates can be read. */
  static String describe(String input) {
    StringBuilder out = new StringBuilder("(" + input.length() + " chars) \"");
    for (int i = 0; i < Math.min(input.length(), SNIPPET); i++) {
      char c = input.charAt(i);
      out.append(c >= ' ' && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.append(input.length() > SNIPPET ? "...\"" : "\"").toString();
  }
}
