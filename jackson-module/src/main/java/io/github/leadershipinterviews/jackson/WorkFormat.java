package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.Work;
import tools.jackson.core.JsonGenerator;

/** {@code {"title": "The Borrowed Lantern", "kind"?: "book", "year"?: 2021}}. */
final class WorkFormat extends ModelFormat<Work, Work.Builder> {

  static final WorkFormat INSTANCE = new WorkFormat();

  private WorkFormat() {
    super(Work.class, Work::builder, Work.Builder::build, "title");
  }

  @Override
  void write(Work work, JsonGenerator gen) {
    gen.writeStartObject(work);
    gen.writeStringProperty("title", work.title());
    if (work.kind().isPresent()) {
      gen.writeStringProperty("kind", WorkKinds.name(work.kind().get()));
    }
    FieldWriter.optionalInteger(gen, "year", work.year());
    gen.writeEndObject();
  }

  @Override
  void readField(String field, FieldReader in, Work.Builder builder) {
    switch (field) {
      case "title" -> builder.title(in.string());
      case "kind" -> in.optionalParsed(WorkKinds.EXPECTED, WorkKinds::parse).ifPresent(builder::kind);
      case "year" -> in.optionalInteger().ifPresent(builder::year);
      default -> in.skipUnknown();
    }
  }
}
