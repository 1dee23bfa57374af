package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.Quotation;
import tools.jackson.core.JsonGenerator;

/** {@code {"text": "...", "speaker"?: "Marion Keane", "span": {"start", "end"}}}. */
final class QuotationFormat extends ModelFormat<Quotation> {

  static final QuotationFormat INSTANCE = new QuotationFormat();

  private QuotationFormat() {
    super(Quotation.class);
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
  Quotation read(FieldReader in) {
    Quotation.Builder builder = Quotation.builder();
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "text" -> builder.text(in.string());
        case "speaker" -> in.optionalString().ifPresent(builder::speaker);
        case "span" -> builder.span(in.object(SpanFormat.INSTANCE));
        default -> in.skipUnknown();
      }
    }
    in.require("text", "span");
    return in.build(builder::build);
  }
}
