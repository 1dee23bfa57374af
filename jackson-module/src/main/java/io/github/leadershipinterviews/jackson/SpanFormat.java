package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.Span;
import tools.jackson.core.JsonGenerator;

/** {@code {"start": 4, "end": 9}}: offsets into the summary text (UTF-16 code units), end exclusive. */
final class SpanFormat extends ModelFormat<Span> {

  static final SpanFormat INSTANCE = new SpanFormat();

  private SpanFormat() {
    super(Span.class);
  }

  @Override
  void write(Span span, JsonGenerator gen) {
    gen.writeStartObject(span);
    gen.writeNumberProperty("start", span.start());
    gen.writeNumberProperty("end", span.end());
    gen.writeEndObject();
  }

  @Override
  Span read(FieldReader in) {
    int start = 0;
    int end = 0;
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "start" -> start = in.integer();
        case "end" -> end = in.integer();
        default -> in.skipUnknown();
      }
    }
    in.require("start", "end");
    int first = start;
    int last = end;
    return in.build(() -> Span.of(first, last));
  }
}
