package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.Show;
import tools.jackson.core.JsonGenerator;

/** {@code {"name"?, "hosts": [person...]}}. */
final class ShowFormat extends ModelFormat<Show> {

  static final ShowFormat INSTANCE = new ShowFormat();

  private ShowFormat() {
    super(Show.class);
  }

  @Override
  void write(Show show, JsonGenerator gen) {
    gen.writeStartObject(show);
    FieldWriter.optionalString(gen, "name", show.name());
    FieldWriter.objects(gen, "hosts", show.hosts(), PersonFormat.INSTANCE);
    gen.writeEndObject();
  }

  @Override
  Show read(FieldReader in) {
    Show.Builder builder = Show.builder();
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "name" -> in.optionalString().ifPresent(builder::name);
        case "hosts" -> builder.hosts(in.objects(PersonFormat.INSTANCE));
        default -> in.skipUnknown();
      }
    }
    return in.build(builder::build);
  }
}
