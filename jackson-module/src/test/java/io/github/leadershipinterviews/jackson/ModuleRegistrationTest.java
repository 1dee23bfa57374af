package io.github.leadershipinterviews.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.Organisation;
import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** Registration by hand and by discovery, the module's name and its version from the build. */
class ModuleRegistrationTest {

  @Test
  void findAndAddModulesDiscoversTheModuleThroughServiceLoader() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName)
        .contains("io.github.leadershipinterviews.jackson");
    assertThat(mapper.writeValueAsString(Organisation.of("Brightwater Trust", "BT")))
        .isEqualTo("{\"name\":\"Brightwater Trust\",\"acronym\":\"BT\"}");
    Episode episode = JsonShapeTest.fullEpisode();
    assertThat(mapper.readValue(mapper.writeValueAsString(episode), Episode.class)).isEqualTo(episode);
  }

  @Test
  void registeringTwiceKeepsOneModule() {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new LeadershipInterviewsModule()).addModule(new LeadershipInterviewsModule()).findAndAddModules()
        .build();
    assertThat(mapper.registeredModules()).filteredOn(m -> m instanceof LeadershipInterviewsModule).hasSize(1);
  }

  @Test
  void nameIsFixed() {
    assertThat(new LeadershipInterviewsModule().getModuleName()).isEqualTo("io.github.leadershipinterviews.jackson");
  }

  @Test
  void versionIsTheBuildsVersion() {
    Version version = new LeadershipInterviewsModule().version();
    assertThat(version.isUnknownVersion()).isFalse();
    assertThat(version.toString()).isEqualTo(System.getProperty("expected.project.version"));
    assertThat(version.getGroupId()).isEqualTo("io.github.leadershipinterviews");
    assertThat(version.getArtifactId()).isEqualTo("leadership-interviews-jackson");
  }

  @Test
  void aMissingVersionFileIsReportedByName() {
    assertThatThrownBy(() -> PackageVersion.load("missing.properties"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing resource missing.properties beside io.github.leadershipinterviews.jackson.PackageVersion");
  }

  @Test
  void formatVersionIsOne() {
    assertThat(LeadershipInterviewsModule.FORMAT_VERSION).isEqualTo(1);
  }
}
