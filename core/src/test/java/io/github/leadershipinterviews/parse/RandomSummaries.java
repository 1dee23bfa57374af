package io.github.leadershipinterviews.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Seeded generators of inputs for the robustness tests: pieces of summaries in random order, random Unicode
 * (lone surrogates, combining marks, right-to-left text, NUL), quote marks scattered over real text, header-like
 * lines, and random edits of a realistic summary. The same seed always gives the same inputs.
 */
final class RandomSummaries {
  /** A realistic summary of our own writing, in a directory-page layout with most of the known quirks. */
  static final String REALISTIC = resource("robustness/realistic-summary.txt");

  private static final String[] PIECES = {
      "Ines Varga", "Dr. Tom Reyes", "Prof.", "Dame", "Sir Callum Reid CBE", "Ph.D.", ", MD, MPH", "II",
      " is ", "Chief Executive of ", "Lakemoor General Hospital (LGH)", "NHS", " at ", " and ", ", ", "; ",
      "she says", "he said: ", " admits", "“", "”", "‘", "’", "\"", "'", "„", "«", "»", "…", "...", ".", "!",
      "?", ":", "e.g.", "i.e.", "U.K.", "3.5", "No. 5", "M. A.", "etc.", "a.m.", "(", ")", "[", "]", "[12:05]",
      "(2:15)", "[00:14] Tom Reyes:      ", "\n", "\n\n", "\r\n", "    ", "\t", " • ", "- ", "Key Takeaways:",
      "Categories:", "Kategoriat:", "Podcast by ", " - ", "Feb 4, 2021 • 26min", "S1 E23 · Tue, October 14, 2025",
      "11/2/2026 | 46 mins.", "00:42:27", "TLP490: ", "Episode 14: ", "In this episode of The Morning Huddle, ",
      "author of ", "entitled ", "the report ", "It’s", "don’t", "O’Leary", "Kämppi", "Kirsin", "wards.She",
      "trust.”They", "trust", "burnout", "wellbeing", "psychological safety", "compassion", "reorganisati",
      "Support the show", "itunes spotify", "undefined", "すべてのエピソード", "。", "שלום", "مرحبا", "\u200F",
      "\u0301", "😀", "\u0000", "\uFEFF",
  };
  private static final String QUOTE_MARKS = "“”‘’\"'„«»‹›「」";

  private final Random random;

  RandomSummaries(long seed) {
    this.random = new Random(seed);
  }

  /** Up to {@code maxPieces} pieces of summaries (names, roles, quote marks, header lines...) in random order. */
  String pieces(int maxPieces) {
    StringBuilder out = new StringBuilder();
    for (int i = random.nextInt(maxPieces + 1); i > 0; i--) {
      out.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(3) == 0) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  /**
   * Up to {@code maxLength} random UTF-16 code units, drawn mostly from awkward ranges: controls and NUL,
   * combining marks, right-to-left letters and marks, lone high and low surrogates, supplementary characters.
   */
  String unicode(int maxLength) {
    StringBuilder out = new StringBuilder();
    for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
      switch (random.nextInt(9)) {
        case 0 -> out.append((char) random.nextInt(0x20));
        case 1 -> out.append((char) (0x0300 + random.nextInt(0x70)));
        case 2 -> out.append((char) (0x0590 + random.nextInt(0x200)));
        case 3 -> out.append((char) (0x200B + random.nextInt(0x25)));
        case 4 -> out.append((char) (0xD800 + random.nextInt(0x800)));
        case 5 -> out.appendCodePoint(0x10000 + random.nextInt(0x100000));
        case 6 -> out.append(QUOTE_MARKS.charAt(random.nextInt(QUOTE_MARKS.length())));
        case 7 -> out.append((char) random.nextInt(0x10000));
        default -> out.append((char) (' ' + random.nextInt(0x5f)));
      }
    }
    return out.toString();
  }

  /** {@code base} with {@code count} quote marks inserted at random places. */
  String scatterQuotes(String base, int count) {
    StringBuilder out = new StringBuilder(base);
    for (int i = 0; i < count; i++) {
      out.insert(random.nextInt(out.length() + 1), QUOTE_MARKS.charAt(random.nextInt(QUOTE_MARKS.length())));
    }
    return out.toString();
  }

  /** One to eight header-like lines (titles, show lines, dates, categories, bullets), then a line of prose. */
  String headerLines() {
    StringBuilder out = new StringBuilder();
    for (int i = 1 + random.nextInt(8); i > 0; i--) {
      String indent = random.nextBoolean() ? "" : "    ";
      out.append(indent).append(pieces(4).replace('\n', ' ')).append(random.nextBoolean() ? "\n" : "\n\n");
    }
    return out.append(pieces(30)).toString();
  }

  /** {@code base} after up to {@code edits} random insertions, deletions and replacements of characters. */
  String edit(String base, int edits) {
    StringBuilder out = new StringBuilder(base);
    for (int i = random.nextInt(edits + 1); i > 0 && out.length() > 0; i--) {
      int at = random.nextInt(out.length());
      switch (random.nextInt(3)) {
        case 0 -> out.deleteCharAt(at);
        case 1 -> out.insert(at, unicode(3));
        default -> out.replace(at, Math.min(out.length(), at + random.nextInt(5)), pieces(2));
      }
    }
    return out.toString();
  }

  /** A prefix of {@code base} cut at a random place, as sites cut long descriptions. */
  String cut(String base) {
    return base.substring(0, random.nextInt(base.length() + 1));
  }

  private static String resource(String name) {
    try (InputStream in = RandomSummaries.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("test resource missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
