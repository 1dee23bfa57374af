package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.Summary;
import tools.jackson.core.JsonGenerator;

/** {@code {"text": "...", "truncated": false, "sentences": [span...], "inputOffset": 0}}. */
final class SummaryFormat extends ModelFormat<Summary, Summary.Builder> {

  static final SummaryFormat INSTANCE = new SummaryFormat();

  private SummaryFormat() {
    super(Summary.class, Summary::builder, Summary.Builder::build, "text");
  }

  @Override
  void write(Summary summary, JsonGenerator gen) {
    gen.writeStartObject(summary);
    gen.writeStringProperty("text", summary.text());
    gen.writeBooleanProperty("truncated", summary.truncated());
    FieldWriter.objects(gen, "sentences", summary.sentences(), SpanFormat.INSTANCE);
    gen.writeNumberProperty("inputOffset", summary.inputOffset());
    gen.writeEndObject();
  }

  @Override
  void readField(String field, FieldReader in, Summary.Builder builder) {
    switch (field) {
      case "text" -> builder.text(in.string());
      case "truncated" -> in.optionalBoolean().ifPresent(builder::truncated);
      case "sentences" -> builder.sentences(in.objects(SpanFormat.INSTANCE));
      case "inputOffset" -> in.optionalInteger().ifPresent(builder::inputOffset);
      default -> in.skipUnknown();
    }
  }
}
