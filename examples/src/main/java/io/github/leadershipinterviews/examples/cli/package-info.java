/** The command-line tool. */
package io.github.leadershipinterviews.examples.cli;
