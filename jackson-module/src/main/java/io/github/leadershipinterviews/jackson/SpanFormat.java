package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.Span;
import tools.jackson.core.JsonGenerator;

/** {@code {"start": 4, "end": 9}}: offsets into the summary text (UTF-16 code units), end exclusive. */
final class SpanFormat extends ModelFormat<Span, int[]> {

  static final SpanFormat INSTANCE = new SpanFormat();

  private SpanFormat() {
    // Span has no builder: a pair of ints collects start and end.
    super(Span.class, () -> new int[2], bounds -> Span.of(bounds[0], bounds[1]), "start", "end");
  }

  @Override
  void write(Span span, JsonGenerator gen) {
    gen.writeStartObject(span);
    gen.writeNumberProperty("start", span.start());
    gen.writeNumberProperty("end", span.end());
    gen.writeEndObject();
  }

  @Override
  void readField(String field, FieldReader in, int[] bounds) {
    switch (field) {
      case "start" -> bounds[0] = in.integer();
      case "end" -> bounds[1] = in.integer();
      default -> in.skipUnknown();
    }
  }
}
