/**
 * JSON for the leadership-interviews model: {@link io.github.leadershipinterviews.jackson.LeadershipInterviewsModule},
 * a Jackson 3 module; everything else in the package is its package-private machinery.
 */
package io.github.leadershipinterviews.jackson;
