package io.github.leadershipinterviews.jackson;

import static io.github.leadershipinterviews.jackson.Json.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The format is the module's, not the mapper's: settings that reshape ordinary beans (naming, ordering, inclusion,
 * date styles) leave it as documented, so every application writes and reads the same JSON.
 */
class MapperSettingsTest {

  @Test
  void beanSettingsOfTheMapperDoNotChangeTheFormat() {
    JsonMapper reshaping = JsonMapper.builder()
        .addModule(new LeadershipInterviewsModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
        .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS, DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .build();
    for (Episode episode : List.of(JsonShapeTest.fullEpisode(), Episode.builder().summary(Summary.empty()).build())) {
      String json = reshaping.writeValueAsString(episode);
      assertThat(json).isEqualTo(MAPPER.writeValueAsString(episode));
      assertThat(reshaping.readValue(json, Episode.class)).isEqualTo(episode);
    }
  }
}
