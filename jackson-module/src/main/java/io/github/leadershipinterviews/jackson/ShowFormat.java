package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.Show;
import tools.jackson.core.JsonGenerator;

/** {@code {"name"?, "hosts": [person...]}}. */
final class ShowFormat extends ModelFormat<Show, Show.Builder> {

  static final ShowFormat INSTANCE = new ShowFormat();

  private ShowFormat() {
    super(Show.class, Show::builder, Show.Builder::build);
  }

  @Override
  void write(Show show, JsonGenerator gen) {
    gen.writeStartObject(show);
    FieldWriter.optionalString(gen, "name", show.name());
    FieldWriter.objects(gen, "hosts", show.hosts(), PersonFormat.INSTANCE);
    gen.writeEndObject();
  }

  @Override
  void readField(String field, FieldReader in, Show.Builder builder) {
    switch (field) {
      case "name" -> in.optionalString().ifPresent(builder::name);
      case "hosts" -> builder.hosts(in.objects(PersonFormat.INSTANCE));
      default -> in.skipUnknown();
    }
  }
}
