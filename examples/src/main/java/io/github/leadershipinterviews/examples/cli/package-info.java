/**
 * The command-line tool ({@code examples/target/leadership-interviews.jar}): the demo, and {@code parse}, which
 * turns many summaries into JSON Lines in parallel, in input order, with bad inputs reported in place.
 * Everything but {@link io.github.leadershipinterviews.examples.cli.Main} is package-private.
 */
package io.github.leadershipinterviews.examples.cli;
