package io.github.leadershipinterviews.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The leadership themes the parser tags episodes with: an ordered set of {@link Theme}s with unique ids. Immutable
 * and thread-safe; the cue index is built once, when the taxonomy is built.
 *
 * <pre>{@code
 * // the default taxonomy (15 themes, version 1), extended with one theme of our own
 * ThemeTaxonomy themes = ThemeTaxonomy.defaults().toBuilder()
 *     .add(Theme.builder().id("hybrid-work").label("Hybrid and remote work")
 *         .addCues("hybrid work*", "remote work*", "*etätyö*").build())
 *     .build();
 * SummaryParser parser = SummaryParser.builder().themes(themes).build();
 *
 * // or a taxonomy of our own, from a file in the format below
 * ThemeTaxonomy mine = ThemeTaxonomy.load(Path.of("themes.txt"));
 * }</pre>
 *
 * <h2>How themes are found</h2>
 * Each sentence of a summary is matched against every theme's cues (syntax on {@link Theme}). A sentence is
 * evidence for a theme when a cue matches words of it that are not part of a name: "Compassionate Leaders
 * Hour" and "the Wellbeing and Resilience Board" are names, not talk about compassion or wellbeing. A sentence
 * weighs as much as its heaviest matching cue (strong 1, weak ½); a theme is found when its sentences weigh 1 or
 * more together: one sentence with a strong cue, or weak cues in two sentences. Its score is {@code 1 - 2^-weight},
 * from 0.5 up towards 1, and its evidence is the spans of those sentences.
 *
 * <h2>File format</h2>
 * UTF-8 text, one entry a line; blank lines and lines starting with {@code #} are ignored. An optional
 * {@code version = ...} line comes before the first theme. Each theme is a block that starts with its id in
 * brackets, followed by {@code key = value} lines:
 * <pre>
 * # my-themes.txt
 * version = 2
 *
 * [wellbeing]
 * label = Wellbeing and resilience
 * cues = wellbeing, burnout*, burn* ~ out, mental health
 * cues.fi = *hyvinvoin*, *uupumu*
 * weak = tired*, stress, stressful
 * ignore.fi = *hyvinvointialue*
 * </pre>
 * <ul>
 *   <li>{@code label} (required, once): the label for people;</li>
 *   <li>{@code cues}: strong cues, comma-separated; {@code weak}: weak cues; {@code ignore}: word patterns that
 *       never count for this theme. Each key may repeat, and may carry a language suffix ({@code cues.sv},
 *       {@code weak.de}) that groups cues for the people who edit the file; every cue applies to text in any
 *       language.</li>
 * </ul>
 * A theme needs at least one cue. Errors name the source and line: {@code themes.txt:12: theme "x" has no label}.
 */
public final class ThemeTaxonomy {
  private static final String DEFAULT_RESOURCE = "lexicon/themes.txt";
  private static final ThemeTaxonomy DEFAULTS = loadDefaults();

  private final Optional<String> version;
  private final List<Theme> themes;
  private final Map<String, Theme> byId;
  private final CueIndex index;

  private ThemeTaxonomy(Builder b) {
    this.version = Optional.ofNullable(b.version);
    this.themes = List.copyOf(b.themes.values());
    this.byId = Map.copyOf(b.themes);
    this.index = new CueIndex(themes);
  }

  /**
   * The default taxonomy shipped with the library (15 themes, version {@code 1}): compassion, values and purpose,
   * culture, wellbeing, inclusion, teamwork, empowerment, innovation, governance, difficult conversations, growth,
   * pressure, communities, self-awareness and change, with cues in English, Finnish, Swedish, Danish, Norwegian,
   * German, French, Spanish and Dutch.
   */
  public static ThemeTaxonomy defaults() {
    return DEFAULTS;
  }

  /** A builder for a taxonomy that starts empty. Start from {@code defaults().toBuilder()} to extend the default. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this taxonomy's version and themes, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = builder();
    version.ifPresent(b::version);
    themes.forEach(b::add);
    return b;
  }

  /**
   * Reads a taxonomy in the file format above. {@code source} names the input in error messages.
   *
   * @throws ThemeTaxonomyException if the text is malformed (the message names {@code source} and the line)
   * @throws IOException if the reader fails
   */
  public static ThemeTaxonomy parse(Reader reader, String source) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    return ThemeTaxonomyReader.read(reader, source);
  }

  /**
   * Reads a taxonomy from a string in the file format above; errors name the source {@code <string>}.
   *
   * @throws ThemeTaxonomyException if the text is malformed
   */
  public static ThemeTaxonomy parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return ThemeTaxonomyReader.read(new StringReader(text), "<string>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // a StringReader does not fail
    }
  }

  /**
   * Reads a taxonomy from a UTF-8 file in the format above; errors name the file as given.
   *
   * @throws ThemeTaxonomyException if the file is malformed
   * @throws IOException if the file cannot be read
   */
  public static ThemeTaxonomy load(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return ThemeTaxonomyReader.read(reader, file.toString());
    }
  }

  /** The version the file or builder declared, if any; the default taxonomy's is {@code 1}. */
  public Optional<String> version() {
    return version;
  }

  /** The themes, in the order they were added. */
  public List<Theme> themes() {
    return themes;
  }

  /** The theme with this id, if the taxonomy has one. */
  public Optional<Theme> theme(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  CueIndex index() {
    return index;
  }

  @Override
  public String toString() {
    return "ThemeTaxonomy{version=" + version.orElse("none") + ", "
        + themes.stream().map(Theme::id).toList() + "}";
  }

  private static ThemeTaxonomy loadDefaults() {
    try (InputStream in = ThemeTaxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("theme taxonomy resource missing: " + DEFAULT_RESOURCE);
      }
      return ThemeTaxonomyReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /** Builds a {@link ThemeTaxonomy}. Not thread-safe. */
  public static final class Builder {
    private String version;
    private final LinkedHashMap<String, Theme> themes = new LinkedHashMap<>();

    private Builder() {}

    /** Sets the version label, e.g. {@code "1"} or {@code "2026-03"}. */
    public Builder version(String version) {
      Objects.requireNonNull(version, "version");
      if (version.isBlank()) {
        throw new IllegalArgumentException("version must not be blank but was \"" + version + "\"");
      }
      this.version = version.strip();
      return this;
    }

    /**
     * Adds a theme.
     *
     * @throws IllegalArgumentException if a theme with the same id is already present
     */
    public Builder add(Theme theme) {
      Objects.requireNonNull(theme, "theme");
      if (themes.putIfAbsent(theme.id(), theme) != null) {
        throw new IllegalArgumentException("duplicate theme id \"" + theme.id()
            + "\"; remove(\"" + theme.id() + "\") first to replace it");
      }
      return this;
    }

    /** Adds themes in order; see {@link #add(Theme)}. */
    public Builder addAll(Iterable<Theme> themes) {
      Objects.requireNonNull(themes, "themes").forEach(this::add);
      return this;
    }

    /**
     * Removes the theme with this id.
     *
     * @throws IllegalArgumentException if there is no such theme (a misspelt id should not pass silently)
     */
    public Builder remove(String id) {
      Objects.requireNonNull(id, "id");
      if (themes.remove(id) == null) {
        throw new IllegalArgumentException("no theme with id \"" + id + "\" to remove; ids are " + themes.keySet());
      }
      return this;
    }

    /** The taxonomy; may be empty (then no themes are tagged). */
    public ThemeTaxonomy build() {
      return new ThemeTaxonomy(this);
    }
  }
}
