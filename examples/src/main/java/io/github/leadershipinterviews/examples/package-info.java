/**
 * Runnable examples of each way to use the library, and the demo: every class here has a {@code main}.
 *
 * <ul>
 *   <li>{@link io.github.leadershipinterviews.examples.MinimalProgram}: the library as a dependency, in ten lines.
 *   <li>{@link io.github.leadershipinterviews.examples.ReadingAnEpisode}: guests, roles, quotations with speakers,
 *       themes with their evidence.
 *   <li>{@link io.github.leadershipinterviews.examples.JsonRoundTrip}: JSON out and back with the Jackson module.
 *   <li>{@link io.github.leadershipinterviews.examples.CustomThemes}: tagging with your own theme taxonomy.
 *   <li>{@link io.github.leadershipinterviews.examples.BatchToJsonLines}: a folder of summaries into JSON Lines.
 *   <li>{@link io.github.leadershipinterviews.examples.Demo}: what {@code java -jar leadership-interviews.jar} runs.
 * </ul>
 */
package io.github.leadershipinterviews.examples;
