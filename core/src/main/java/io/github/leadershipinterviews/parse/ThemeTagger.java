package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.model.ThemeMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stage 6: finds the themes of a taxonomy that the summary's sentences discuss. Sentences that open by announcing
 * another episode ({@code lexicon/theme-teasers.txt}) are skipped. Each sentence is tokenised once and
 * weighed against the taxonomy's {@link CueIndex}; a theme whose sentences weigh {@value #THRESHOLD} or more
 * together is a match, scored {@code 1 - 2^-weight}, with those sentences' spans as evidence. Strongest first.
 */
final class ThemeTagger {
  /** One strong cue, or weak cues in two sentences (or two distinct weak cues in one). */
  static final double THRESHOLD = 1.0;
  /** Tolerance for summing halves. */
  private static final double EPSILON = 1e-9;

  /** Sentences about another episode ("In the next episode, ..."), as a one-theme index of their phrases. */
  /** How many characters of a sentence may come before its teaser phrase ends ("In next week's episode of"). */
  private static final int TEASER_OPENING = 40;
  private static final CueIndex TEASERS = new CueIndex(List.of(Theme.builder().id("teaser").label("Teaser")
      .addCues(Lexicon.load("theme-teasers.txt")).build()));

  private final ThemeTaxonomy taxonomy;

  ThemeTagger(ThemeTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  List<ThemeMatch> tag(String body, List<Span> sentences) {
    List<Theme> themes = taxonomy.themes();
    double[] weights = new double[themes.size()];
    List<List<Span>> evidence = new ArrayList<>();
    themes.forEach(t -> evidence.add(new ArrayList<>()));
    for (Span sentence : sentences) {
      if (sentence.end() > body.length()) {
        continue;   // not a span of this body: never evidence
      }
      if (isTeaser(body, sentence)) {
        continue;
      }
      double[] w = taxonomy.index().weigh(ThemeWords.of(body, sentence.start(), sentence.end()));
      for (int t = 0; t < w.length; t++) {
        if (w[t] > 0) {
          weights[t] += w[t];
          evidence.get(t).add(sentence);
        }
      }
    }
    return matches(themes, weights, evidence);
  }

  /**
   * Whether the sentence opens by announcing another episode. Only its opening is read: a teaser phrase further in
   * is more likely a run-together sentence whose start is about this episode.
   */
  private static boolean isTeaser(String body, Span sentence) {
    int end = Math.min(sentence.end(), sentence.start() + TEASER_OPENING);
    return TEASERS.weigh(ThemeWords.of(body, sentence.start(), end))[0] > 0;
  }

  private static List<ThemeMatch> matches(List<Theme> themes, double[] weights, List<List<Span>> evidence) {
    List<ThemeMatch> out = new ArrayList<>();
    for (int t = 0; t < themes.size(); t++) {
      if (weights[t] + EPSILON >= THRESHOLD) {
        out.add(ThemeMatch.builder()
            .id(themes.get(t).id())
            .label(themes.get(t).label())
            .score(score(weights[t]))
            .evidence(evidence.get(t).stream().sorted().distinct().toList())
            .build());
      }
    }
    out.sort(Comparator.comparingDouble(ThemeMatch::score).reversed());   // stable: taxonomy order on ties
    return List.copyOf(out);
  }

  /** {@code 1 - 2^-weight}: 0.5 at the threshold, rising towards 1 with more evidence. */
  static double score(double weight) {
    return 1.0 - Math.pow(2.0, -weight);
  }

  ThemeTaxonomy taxonomy() {
    return taxonomy;
  }
}
