/**
 * leadership-interviews: turns podcast episode summaries of leadership interviews into an immutable, typed model.
 * Start with {@link io.github.leadershipinterviews.LeadershipInterviews#parse(String)}.
 */
package io.github.leadershipinterviews;
