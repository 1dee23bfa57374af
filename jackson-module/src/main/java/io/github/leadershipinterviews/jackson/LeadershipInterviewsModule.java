package io.github.leadershipinterviews.jackson;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module that writes every leadership-interviews model type as JSON and reads it back, losslessly,
 * in the format documented in {@code docs/json-format.md} (JSON Schema: {@code episode.schema.json} beside this
 * class).
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new LeadershipInterviewsModule()).build();
 * String json = mapper.writeValueAsString(episode);
 * Episode again = mapper.readValue(json, Episode.class);   // again.equals(episode)
 * }</pre>
 *
 * <p>{@code JsonMapper.builder().findAndAddModules()} finds it too. Reading builds every value through the model's
 * builders, so a document that breaks an invariant of the model (an inverted span, a blank name, a score outside
 * {@code [0, 1]}) fails with a {@link tools.jackson.databind.DatabindException} whose message names the field and
 * gives its JSON path, e.g. {@code Person.name must not be blank but was " " at $.guests[0]}. Unknown properties
 * are skipped unless the mapper enables {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}.
 */
public final class LeadershipInterviewsModule extends JacksonModule {

  /**
   * The version of the JSON format this module writes and reads, written first in every episode as
   * {@code "formatVersion"}. It changes only when a change would break existing readers; new optional fields do
   * not change it.
   */
  public static final int FORMAT_VERSION = 1;

  private static final String NAME = "io.github.leadershipinterviews.jackson";

  /** The module; it holds no state, so one instance can serve any number of mappers. */
  public LeadershipInterviewsModule() {
    // Public and without arguments: ServiceLoader (findAndAddModules) needs it.
  }

  /** The module's name, {@code io.github.leadershipinterviews.jackson}: Jackson registers a module once by it. */
  @Override
  public String getModuleName() {
    return NAME;
  }

  /** The version of this artifact, as the build wrote it. */
  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(ModelFormats.serializers());
    context.addDeserializers(ModelFormats.deserializers());
  }
}
