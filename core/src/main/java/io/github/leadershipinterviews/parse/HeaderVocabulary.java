package io.github.leadershipinterviews.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Header words the parser should recognise in addition to its built-in languages (English, Finnish, Danish,
 * Swedish, Norwegian, German, French, Spanish, Italian, Dutch): the phrase that joins a show to its host
 * ({@code <Show> - Podcast od <Host>}), category labels, publishing-schedule words that can end a show line, and
 * whole lines of site chrome to skip.
 *
 * <pre>{@code
 * HeaderVocabulary polish = HeaderVocabulary.builder()
 *     .byPhrases("Podcast od", "Podcast autorstwa")
 *     .categoryLabels("Kategorie")
 *     .scheduleWords("Środy")
 *     .chromeLines("Wszystkie odcinki")
 *     .build();
 * SummaryParser parser = SummaryParser.builder().headerVocabulary(polish).build();
 * }</pre>
 *
 * <p>Matching ignores case. Immutable and thread-safe.
 */
public final class HeaderVocabulary {
  private static final HeaderVocabulary NONE = builder().build();

  private final List<String> byPhrases;
  private final List<String> categoryLabels;
  private final List<String> scheduleWords;
  private final List<String> chromeLines;

  private HeaderVocabulary(Builder b) {
    this.byPhrases = List.copyOf(b.byPhrases);
    this.categoryLabels = List.copyOf(b.categoryLabels);
    this.scheduleWords = List.copyOf(b.scheduleWords);
    this.chromeLines = List.copyOf(b.chromeLines);
  }

  /** No words beyond the built-in set. */
  public static HeaderVocabulary none() {
    return NONE;
  }

  /** A builder with no words. */
  public static Builder builder() {
    return new Builder();
  }

  /** Phrases between {@code " - "} and the host(s) on a show line, e.g. {@code "Podcast od"}. */
  public List<String> byPhrases() {
    return byPhrases;
  }

  /** Labels of a category line, without the colon, e.g. {@code "Kategorie"}. */
  public List<String> categoryLabels() {
    return categoryLabels;
  }

  /** Words of a publishing schedule that can end a show line, e.g. {@code "Środy"}. */
  public List<String> scheduleWords() {
    return scheduleWords;
  }

  /** Whole lines of site chrome to skip in the header, e.g. {@code "Wszystkie odcinki"}. */
  public List<String> chromeLines() {
    return chromeLines;
  }

  /** Collects header words; every list starts empty. */
  public static final class Builder {
    private final List<String> byPhrases = new ArrayList<>();
    private final List<String> categoryLabels = new ArrayList<>();
    private final List<String> scheduleWords = new ArrayList<>();
    private final List<String> chromeLines = new ArrayList<>();

    private Builder() {}

    /** Adds show-line phrases such as {@code "Podcast od"}. */
    public Builder byPhrases(String... phrases) {
      return add(byPhrases, "byPhrases", phrases);
    }

    /** Adds category labels such as {@code "Kategorie"}. */
    public Builder categoryLabels(String... labels) {
      return add(categoryLabels, "categoryLabels", labels);
    }

    /** Adds schedule words such as {@code "Środy"}. */
    public Builder scheduleWords(String... words) {
      return add(scheduleWords, "scheduleWords", words);
    }

    /** Adds chrome lines such as {@code "Wszystkie odcinki"}. */
    public Builder chromeLines(String... lines) {
      return add(chromeLines, "chromeLines", lines);
    }

    /** The vocabulary. */
    public HeaderVocabulary build() {
      return new HeaderVocabulary(this);
    }

    private Builder add(List<String> target, String argument, String... words) {
      Objects.requireNonNull(words, argument);
      for (int i = 0; i < words.length; i++) {
        String word = Objects.requireNonNull(words[i], argument + "[" + i + "]").strip();
        if (word.isEmpty()) {
          throw new IllegalArgumentException(argument + "[" + i + "] must not be blank but was \"" + words[i] + "\"");
        }
        target.add(word);
      }
      return this;
    }
  }
}
