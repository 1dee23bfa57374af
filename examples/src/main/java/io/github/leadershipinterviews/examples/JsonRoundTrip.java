package io.github.leadershipinterviews.examples;

import io.github.leadershipinterviews.LeadershipInterviews;
import io.github.leadershipinterviews.jackson.LeadershipInterviewsModule;
import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.Person;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Example 3: an episode to JSON and back with the Jackson module, and reading parts of that JSON.
 *
 * <pre>{@code
 * java -cp leadership-interviews.jar io.github.leadershipinterviews.examples.JsonRoundTrip
 * }</pre>
 *
 * <p>Register {@link LeadershipInterviewsModule} once on the mapper; the mapper is thread-safe, so build it once and
 * share it. What comes back from JSON equals what went in, so JSON is a safe way to store or send episodes.
 */
public final class JsonRoundTrip {
  private JsonRoundTrip() {}

  /**
   * Writes the bundled sample's episode as JSON, reads it back, and compares.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    JsonMapper mapper = JsonMapper.builder().addModule(new LeadershipInterviewsModule()).build();
    Episode episode = LeadershipInterviews.parse(Demo.sampleSummary());

    String json = mapper.writeValueAsString(episode);
    Episode back = mapper.readValue(json, Episode.class);
    System.out.println("JSON: " + json.length() + " characters, format version "
        + mapper.readTree(json).get("formatVersion").asInt());
    System.out.println("Read back equals the original: " + back.equals(episode));

    // Any part of the model has JSON on its own, and a tree gives quick access without the model.
    for (Person guest : back.guests()) {
      System.out.println("Guest as JSON: " + mapper.writeValueAsString(guest));
    }
    JsonNode tree = mapper.readTree(json);
    tree.get("quotations").forEach(q -> System.out.println("Quotation: " + q.get("text").asString()));
  }
}
