/** JSON for the leadership-interviews model: a Jackson 3 module. */
package io.github.leadershipinterviews.jackson;
