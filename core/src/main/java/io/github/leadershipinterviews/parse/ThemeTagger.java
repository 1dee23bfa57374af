package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.model.ThemeMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 6: finds the themes of a taxonomy that the summary's sentences discuss. Each sentence is tokenised once and
 * weighed against the taxonomy's {@link CueIndex}; a theme whose sentences weigh {@value #THRESHOLD} or more
 * together is a match, scored {@code 1 - 2^-weight}, with those sentences' spans as evidence. Strongest first.
 */
final class ThemeTagger {
  /** One strong cue, or weak cues in two sentences (or two distinct weak cues in one). */
  static final double THRESHOLD = 1.0;
  /** Tolerance for summing halves. */
  private static final double EPSILON = 1e-9;

  private final ThemeTaxonomy taxonomy;

  ThemeTagger(ThemeTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  List<ThemeMatch> tag(String body, List<Span> sentences) {
    List<Theme> themes = taxonomy.themes();
    double[] weights = new double[themes.size()];
    List<List<Span>> evidence = new ArrayList<>();
    Map<String, int[]> patternCache = new HashMap<>();   // words repeat: look each up once per text
    themes.forEach(t -> evidence.add(new ArrayList<>()));
    for (Span sentence : sentences) {
      if (sentence.end() > body.length()) {
        continue;   // not a span of this body: never evidence
      }
      double[] w = taxonomy.index().weigh(ThemeWords.of(body, sentence.start(), sentence.end()), patternCache);
      for (int t = 0; t < w.length; t++) {
        if (w[t] > 0) {
          weights[t] += w[t];
          evidence.get(t).add(sentence);
        }
      }
    }
    return matches(themes, weights, evidence);
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
