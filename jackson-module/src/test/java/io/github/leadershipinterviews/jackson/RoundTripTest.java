package io.github.leadershipinterviews.jackson;

import static io.github.leadershipinterviews.jackson.Json.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.Person;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code read(write(x)).equals(x)} for generated episodes (fixed seeds) and for every parsed fixture. */
class RoundTripTest {

  private static final int EPISODES = 500;

  private static final JsonMapper PRETTY = MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

  @Test
  void generatedEpisodesSurviveTextBytesTreeAndPrettyPrinting() {
    for (long seed = 0; seed < EPISODES; seed++) {
      Episode episode = new RandomEpisodes(seed).episode();
      String json = MAPPER.writeValueAsString(episode);
      assertThat(MAPPER.readValue(json, Episode.class)).as("seed %d: %s", seed, json).isEqualTo(episode);
      assertThat(MAPPER.readValue(MAPPER.writeValueAsBytes(episode), Episode.class)).as("seed %d bytes", seed)
          .isEqualTo(episode);
      JsonNode tree = MAPPER.valueToTree(episode);
      assertThat(MAPPER.treeToValue(tree, Episode.class)).as("seed %d tree", seed).isEqualTo(episode);
      assertThat(PRETTY.readValue(PRETTY.writeValueAsString(episode), Episode.class)).as("seed %d pretty", seed)
          .isEqualTo(episode);
    }
  }

  @Test
  void generatedEpisodesDifferFromSeedToSeed() {
    // Guards the property above against a generator that always returns the same, trivial episode.
    Episode first = new RandomEpisodes(1).episode();
    Episode second = new RandomEpisodes(2).episode();
    assertThat(first).isNotEqualTo(second);
    long withQuotations = java.util.stream.LongStream.range(0, EPISODES)
        .filter(seed -> !new RandomEpisodes(seed).episode().quotations().isEmpty()).count();
    assertThat(withQuotations).isGreaterThan(EPISODES / 4);
  }

  @Test
  void everyParsedFixtureSurvives() {
    List<Episode> episodes = Fixtures.parsedEpisodes();
    assertThat(episodes).hasSizeGreaterThan(Fixtures.NAMES.size() + 10);
    assertThat(episodes).as("the parser finds a title in most fixtures")
        .filteredOn(e -> e.title().isPresent()).hasSizeGreaterThan(episodes.size() / 2);
    for (Episode episode : episodes) {
      String json = MAPPER.writeValueAsString(episode);
      assertThat(MAPPER.readValue(json, Episode.class)).as(json).isEqualTo(episode);
    }
  }

  @Test
  void aFullyPopulatedEpisodeSurvives() {
    Episode episode = JsonShapeTest.fullEpisode();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(episode), Episode.class)).isEqualTo(episode);
  }

  @Test
  void aModelValueInsideAnApplicationsOwnTypeUsesTheModule() {
    Person[] people = {Person.of("Ada Mensah"), Person.of("Callum Brierley")};
    String json = MAPPER.writeValueAsString(people);
    assertThat(json).isEqualTo("[{\"name\":\"Ada Mensah\",\"postNominals\":[],\"roles\":[]},"
        + "{\"name\":\"Callum Brierley\",\"postNominals\":[],\"roles\":[]}]");
    assertThat(MAPPER.readValue(json, Person[].class)).containsExactly(people);
  }
}
