package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.model.ThemeMatch;
import java.util.List;

/** Stage 6: finds the themes of a taxonomy that the summary's sentences discuss. */
final class ThemeTagger {
  private final ThemeTaxonomy taxonomy;

  ThemeTagger(ThemeTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  // STUB: to be replaced by the theme stage.
  List<ThemeMatch> tag(String body, List<Span> sentences) {
    return List.of();
  }

  ThemeTaxonomy taxonomy() {
    return taxonomy;
  }
}
