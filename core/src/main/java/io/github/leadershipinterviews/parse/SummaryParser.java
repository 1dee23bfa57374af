package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Diagnostic;
import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.Quotation;
import io.github.leadershipinterviews.model.Show;
import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.model.Summary;
import io.github.leadershipinterviews.model.ThemeMatch;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses episode summaries into {@link Episode}s. Immutable and thread-safe: build one, share it, reuse it.
 *
 * <pre>{@code
 * SummaryParser parser = SummaryParser.builder()
 *     .themes(ThemeTaxonomy.defaults())
 *     .maxInputLength(1_000_000)
 *     .build();
 * Episode episode = parser.parse(text);
 * }</pre>
 *
 * <p>Messy text never throws: what the parser had to guess or skip is in {@link Episode#diagnostics()}.
 */
public final class SummaryParser {

  /** The default limit on input length, in characters (32 Mi). */
  public static final int DEFAULT_MAX_INPUT_LENGTH = 32 * 1024 * 1024;

  private static final SummaryParser DEFAULTS = builder().build();

  private final int maxInputLength;
  private final ThemeTagger themeTagger;
  private final HeaderReader headerReader;

  private SummaryParser(Builder builder) {
    this.maxInputLength = builder.maxInputLength;
    this.headerReader = new HeaderReader(HeaderLexicon.with(builder.headerVocabulary));
    this.themeTagger = new ThemeTagger(builder.themes);
  }

  /** The parser with the default configuration. */
  public static SummaryParser defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the default configuration. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses one summary, exactly as copied from a podcast page.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws InputTooLongException if {@code text} is longer than the configured limit
   */
  public Episode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxInputLength) {
      throw new InputTooLongException(text.length(), maxInputLength);
    }
    String input = text.toString();
    Header header = headerReader.readHeader(input);
    String body = input.substring(header.bodyStart(), header.bodyEnd());
    List<Span> sentences = SentenceSplitter.split(body);
    List<QuotedPassage> quotes = QuotationScanner.scan(body, header.title());
    Entities entities = EntityReader.read(body, sentences, quotes, header);
    List<Quotation> quotations = SpeakerAttributor.attribute(body, sentences, quotes, entities,
        header.hosts().stream().map(PersonName::name).toList());
    List<ThemeMatch> themes = themeTagger.tag(body, sentences);

    Episode.Builder episode = Episode.builder()
        .title(header.title())
        .episodeCode(header.episodeCode())
        .published(header.published())
        .duration(header.duration())
        .categories(header.categories())
        .guests(entities.guests())
        .people(entities.people())
        .organisations(entities.organisations())
        .works(entities.works())
        .quotations(quotations)
        .themes(themes)
        .summary(summary(body, sentences, header, header.bodyEnd() < input.stripTrailing().length()))
        .diagnostics(header.diagnostics())
        .addAllDiagnostics(QuotationScanner.diagnostics(quotes, header.bodyStart()));
    show(header).ifPresent(episode::show);
    if (input.isBlank()) {
      episode.addDiagnostics(Diagnostic.of("empty-input", "the input holds no text"));
    }
    return episode.build();
  }

  /** {@code beforeFooter}: a hosting site's footer followed the body, left out of it. */
  private static Summary summary(String body, List<Span> sentences, Header header, boolean beforeFooter) {
    return Summary.builder()
        .text(body)
        .sentences(sentences)
        .truncated(Truncation.isTruncated(body, beforeFooter))
        .inputOffset(header.bodyStart())
        .build();
  }

  /** The show, when the header or body names it or a host; a show with neither is no show. */
  private static Optional<Show> show(Header header) {
    if (header.showName().isEmpty() && header.hosts().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Show.builder()
        .name(header.showName())
        .hosts(header.hosts().stream().map(PersonName::toPerson).toList())
        .build());
  }

  /** Configures a {@link SummaryParser}; every setting has a default. */
  public static final class Builder {
    private int maxInputLength = DEFAULT_MAX_INPUT_LENGTH;
    private ThemeTaxonomy themes = ThemeTaxonomy.defaults();
    private HeaderVocabulary headerVocabulary = HeaderVocabulary.none();

    private Builder() {}

    /** The theme taxonomy to tag episodes with; default {@link ThemeTaxonomy#defaults()}. */
    public Builder themes(ThemeTaxonomy themes) {
      this.themes = Objects.requireNonNull(themes, "themes");
      return this;
    }

    /**
     * Header words to recognise beyond the built-in languages; default {@link HeaderVocabulary#none()}.
     *
     * <pre>{@code
     * SummaryParser parser = SummaryParser.builder()
     *     .headerVocabulary(HeaderVocabulary.builder().byPhrases("Podcast od").categoryLabels("Kategorie").build())
     *     .build();
     * }</pre>
     */
    public Builder headerVocabulary(HeaderVocabulary headerVocabulary) {
      this.headerVocabulary = Objects.requireNonNull(headerVocabulary, "headerVocabulary");
      return this;
    }

    /** The longest input accepted, in characters; default {@link #DEFAULT_MAX_INPUT_LENGTH}. */
    public Builder maxInputLength(int maxInputLength) {
      if (maxInputLength < 1) {
        throw new IllegalArgumentException("maxInputLength must be >= 1 but was " + maxInputLength);
      }
      this.maxInputLength = maxInputLength;
      return this;
    }

    /** The parser. */
    public SummaryParser build() {
      return new SummaryParser(this);
    }
  }

}
