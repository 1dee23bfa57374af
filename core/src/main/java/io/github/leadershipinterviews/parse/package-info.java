/**
 * The summary parser: {@link io.github.leadershipinterviews.parse.SummaryParser} and its configuration
 * ({@link io.github.leadershipinterviews.parse.ThemeTaxonomy} of {@link io.github.leadershipinterviews.parse.Theme}s).
 * The pipeline's stages are package-private.
 */
package io.github.leadershipinterviews.parse;
