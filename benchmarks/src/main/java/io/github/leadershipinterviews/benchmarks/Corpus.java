package io.github.leadershipinterviews.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The benchmark corpus: typical episode summaries of 0.5 to 4 KB, our own fictional writing in the layouts real
 * summaries come in, each also as a variant in another layout (straight quotes, lost paragraph breaks, list
 * indentation), so the corpus holds {@value #SIZE} summaries.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.load();
 * for (String summary : corpus.texts()) {
 *   LeadershipInterviews.parse(summary);
 * }
 * double meanBytes = corpus.meanBytes();
 * }</pre>
 */
public final class Corpus {

  /** How many summaries the corpus holds: hand-written ones and one variant of each. */
  public static final int SIZE = 28;

  private static final String FOLDER = "corpus/";
  private static final List<UnaryOperator<String>> VARIANTS =
      List.of(Corpus::straightQuotes, Corpus::paragraphsRunTogether, Corpus::indentedList);

  private final List<String> texts;

  private Corpus(List<String> texts) {
    this.texts = List.copyOf(texts);
  }

  /** Loads the hand-written summaries from the classpath and derives their variants. */
  public static Corpus load() {
    List<String> written = new ArrayList<>();
    for (String name : read("corpus.txt").strip().split("\n")) {
      written.add(read(FOLDER + name.strip()));
    }
    List<String> all = new ArrayList<>(written);
    for (int i = 0; i < written.size(); i++) {
      all.add(variant(written.get(i), i));
    }
    if (all.size() != SIZE) {
      throw new IllegalStateException("corpus.txt lists " + written.size() + " summaries, giving " + all.size()
          + " with variants, but Corpus.SIZE is " + SIZE + ": update one or the other");
    }
    return new Corpus(all);
  }

  /** The summaries, hand-written first, then the variants in the same order. */
  public List<String> texts() {
    return texts;
  }

  /** The total size of the summaries in UTF-8, in bytes. */
  public long bytes() {
    return texts.stream().mapToLong(Corpus::utf8Length).sum();
  }

  /** The mean size of a summary in UTF-8, in bytes. */
  public double meanBytes() {
    return (double) bytes() / texts.size();
  }

  /** The size of {@code text} in UTF-8, in bytes. */
  public static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The first of the layouts, starting at the {@code n}th, that changes {@code text}. */
  private static String variant(String text, int n) {
    for (int k = 0; k < VARIANTS.size(); k++) {
      String changed = VARIANTS.get((n + k) % VARIANTS.size()).apply(text);
      if (!changed.equals(text)) {
        return changed;
      }
    }
    throw new IllegalStateException("no variant layout changes corpus summary " + n);
  }

  /** US pages: straight double and single quote marks instead of curly ones. */
  static String straightQuotes(String text) {
    return text.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'');
  }

  /** Copied without paragraph breaks: each blank line and the break after it vanish ({@code healthcare.She}). */
  static String paragraphsRunTogether(String text) {
    return text.replace("\n\n", "");
  }

  /** A list-markup page: every line indented by four spaces, the first one a bullet. */
  static String indentedList(String text) {
    String indented = "    " + text.strip().replace("\n", "\n    ");
    return "  • " + indented.substring(4) + "\n";
  }

  private static String read(String resource) {
    try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("benchmark resource " + resource + " is missing next to "
            + Corpus.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read benchmark resource " + resource, e);
    }
  }
}
