package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.Quotation;
import tools.jackson.core.JsonGenerator;

/** {@code {"text": "...", "speaker"?: "Greta Lindqvist", "span": {"start", "end"}}}. */
final class QuotationFormat extends ModelFormat<Quotation, Quotation.Builder> {

  static final QuotationFormat INSTANCE = new QuotationFormat();

  private QuotationFormat() {
    super(Quotation.class, Quotation::builder, Quotation.Builder::build, "text", "span");
  }

  @Override
  void write(Quotation quotation, JsonGenerator gen) {
    gen.writeStartObject(quotation);
    gen.writeStringProperty("text", quotation.text());
    FieldWriter.optionalString(gen, "speaker", quotation.speaker());
    FieldWriter.object(gen, "span", quotation.span(), SpanFormat.INSTANCE);
    gen.writeEndObject();
  }

  @Override
  void readField(String field, FieldReader in, Quotation.Builder builder) {
    switch (field) {
      case "text" -> builder.text(in.string());
      case "speaker" -> in.optionalString().ifPresent(builder::speaker);
      case "span" -> builder.span(in.object(SpanFormat.INSTANCE));
      default -> in.skipUnknown();
    }
  }
}
