package io.github.leadershipinterviews.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One theme of a {@link ThemeTaxonomy}: a stable id, a label for people, and the cue phrases that show a sentence
 * discusses it. Immutable and thread-safe.
 *
 * <pre>{@code
 * Theme burnout = Theme.builder()
 *     .id("burnout")
 *     .label("Burnout")
 *     .addCues("burnout", "burn* ~ out", "*uupumu*")   // strong: one sentence is enough
 *     .addWeakCues("tired*", "exhaust*")               // weak: two are needed
 *     .addIgnored("burnout clinic")                   // never evidence: a place, not a state
 *     .build();
 * }</pre>
 *
 * <h2>Cue syntax</h2>
 * A cue is one or more words separated by spaces, matched case-insensitively against consecutive words of a
 * sentence. Text and cues are split into words the same way: a word is a run of letters and digits, so
 * {@code well-being} is the two words {@code well being} and matches "well-being" and "well being".
 * <ul>
 *   <li>{@code trust} matches the word "trust" only (not "trustee");</li>
 *   <li>{@code empower*} matches words that start with the stem: "empower", "empowered", "empowerment";</li>
 *   <li>{@code *kris} matches words that end with it: "kris", "energikris";</li>
 *   <li>{@code *stress*} matches words that contain it, for compound words: "stressi", "työstressi";</li>
 *   <li>{@code ~} between two words skips up to two words of any kind: {@code burn* ~ out} matches "burnt out"
 *       and "burning people out".</li>
 * </ul>
 * A stem with a wildcard needs at least three letters. Strong cues ({@link Builder#addCues}) weigh 1, weak cues
 * ({@link Builder#addWeakCues}) weigh ½; a theme is found when its evidence weighs 1 or more (see
 * {@link ThemeTaxonomy}). Ignored phrases ({@link Builder#addIgnored}), in the same syntax, mark words that never
 * count as evidence for this theme even where a cue matches them: {@code *hyvinvointialue*} (a Finnish
 * administrative region, not wellbeing) under the cue {@code *hyvinvoin*}, or {@code the trust} (an NHS trust)
 * under the cue {@code trust}.
 */
public final class Theme {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private final String id;
  private final String label;
  private final List<String> cues;
  private final List<String> weakCues;
  private final List<String> ignored;
  private final List<Cue> parsedCues;
  private final List<Cue> parsedWeakCues;
  private final List<Cue> parsedIgnored;

  private Theme(Builder b) {
    this.id = checkId(b.id);
    this.label = checkLabel(id, b.label);
    this.cues = List.copyOf(b.cues);
    this.weakCues = List.copyOf(b.weakCues);
    this.ignored = List.copyOf(b.ignored);
    if (cues.isEmpty() && weakCues.isEmpty()) {
      throw new IllegalArgumentException("theme \"" + id + "\" has no cues");
    }
    this.parsedCues = parseAll(cues);
    this.parsedWeakCues = parseAll(weakCues);
    this.parsedIgnored = parseAll(ignored);
  }

  /** A builder for a new theme; {@code id}, {@code label} and at least one cue are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this theme's values, to derive a changed copy. */
  public Builder toBuilder() {
    return builder().id(id).label(label).addCues(cues).addWeakCues(weakCues).addIgnored(ignored);
  }

  /** The stable id, lower-case letters, digits and single hyphens, e.g. {@code difficult-conversations}. */
  public String id() {
    return id;
  }

  /** The label for people, e.g. {@code Difficult conversations and feedback}. */
  public String label() {
    return label;
  }

  /** The strong cues, as written, without duplicates. */
  public List<String> cues() {
    return cues;
  }

  /** The weak cues, as written, without duplicates. */
  public List<String> weakCues() {
    return weakCues;
  }

  /** The ignored phrases, whose words never count as evidence for this theme, as written. */
  public List<String> ignored() {
    return ignored;
  }

  List<Cue> parsedCues() {
    return parsedCues;
  }

  List<Cue> parsedWeakCues() {
    return parsedWeakCues;
  }

  List<Cue> parsedIgnored() {
    return parsedIgnored;
  }

  private List<Cue> parseAll(List<String> texts) {
    List<Cue> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      try {
        out.add(Cue.parse(text));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("theme \"" + id + "\": " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }

  private static String checkId(String id) {
    Objects.requireNonNull(id, "theme id is missing");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("theme id \"" + id
          + "\" must be lower-case letters and digits, in words joined by single hyphens (e.g. \"self-awareness\")");
    }
    return id;
  }

  private static String checkLabel(String id, String label) {
    Objects.requireNonNull(label, () -> "theme \"" + id + "\" has no label");
    if (label.isBlank()) {
      throw new IllegalArgumentException("theme \"" + id + "\" has a blank label");
    }
    return label.strip();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Theme t && t.id.equals(id) && t.label.equals(label) && t.cues.equals(cues)
        && t.weakCues.equals(weakCues) && t.ignored.equals(ignored);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, label, cues, weakCues, ignored);
  }

  @Override
  public String toString() {
    return "Theme{" + id + ", \"" + label + "\", " + (cues.size() + weakCues.size()) + " cues}";
  }

  /** Builds a {@link Theme}. Not thread-safe; {@link #build()} checks every value. */
  public static final class Builder {
    private String id;
    private String label;
    private final LinkedHashSet<String> cues = new LinkedHashSet<>();
    private final LinkedHashSet<String> weakCues = new LinkedHashSet<>();
    private final LinkedHashSet<String> ignored = new LinkedHashSet<>();

    private Builder() {}

    /** The stable id: lower-case letters and digits in words joined by single hyphens. */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /** The label shown to people. */
    public Builder label(String label) {
      this.label = Objects.requireNonNull(label, "label");
      return this;
    }

    /** Adds strong cues (weight 1), in the syntax described on {@link Theme}. */
    public Builder addCues(String... cues) {
      return addCues(List.of(cues));
    }

    /** Adds strong cues (weight 1), in the syntax described on {@link Theme}. */
    public Builder addCues(Collection<String> cues) {
      addTo(this.cues, "cues", cues);
      return this;
    }

    /** Adds weak cues (weight ½), in the syntax described on {@link Theme}. */
    public Builder addWeakCues(String... cues) {
      return addWeakCues(List.of(cues));
    }

    /** Adds weak cues (weight ½), in the syntax described on {@link Theme}. */
    public Builder addWeakCues(Collection<String> cues) {
      addTo(this.weakCues, "weakCues", cues);
      return this;
    }

    /** Adds ignored phrases, in cue syntax: the words they match never count as evidence for this theme. */
    public Builder addIgnored(String... words) {
      return addIgnored(List.of(words));
    }

    /** Adds ignored phrases, in cue syntax: the words they match never count as evidence for this theme. */
    public Builder addIgnored(Collection<String> words) {
      addTo(this.ignored, "ignored", words);
      return this;
    }

    private static void addTo(LinkedHashSet<String> target, String field, Collection<String> values) {
      for (String v : values) {
        Objects.requireNonNull(v, () -> field + "[" + target.size() + "]");
        if (v.isBlank()) {
          throw new IllegalArgumentException(field + " must not hold a blank entry but got \"" + v + "\"");
        }
        target.add(v.strip());
      }
    }

    /**
     * The theme.
     *
     * @throws NullPointerException if id or label is missing
     * @throws IllegalArgumentException if the id is malformed, the label blank, there is no cue, or a cue is
     *     malformed (the message names the theme and quotes the cue)
     */
    public Theme build() {
      return new Theme(this);
    }
  }
}
