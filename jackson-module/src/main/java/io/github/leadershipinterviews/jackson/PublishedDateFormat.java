package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.PublishedDate;
import java.time.LocalDate;
import tools.jackson.core.JsonGenerator;

/**
 * {@code {"text": "Mar 9, 2022", "date"?: "2022-03-09", "readings": []}}: {@code date} when the text settles it,
 * otherwise two or more ISO dates in {@code readings} (day-first reading first).
 */
final class PublishedDateFormat extends ModelFormat<PublishedDate, PublishedDate.Builder> {

  static final PublishedDateFormat INSTANCE = new PublishedDateFormat();

  static final String ISO_DATE = "an ISO-8601 date such as 2022-03-09";

  private PublishedDateFormat() {
    super(PublishedDate.class, PublishedDate::builder, PublishedDate.Builder::build, "text");
  }

  @Override
  void write(PublishedDate published, JsonGenerator gen) {
    gen.writeStartObject(published);
    gen.writeStringProperty("text", published.text());
    if (published.date().isPresent()) {
      gen.writeStringProperty("date", published.date().get().toString());
    }
    FieldWriter.formatted(gen, "readings", published.readings(), LocalDate::toString);
    gen.writeEndObject();
  }

  @Override
  void readField(String field, FieldReader in, PublishedDate.Builder builder) {
    switch (field) {
      case "text" -> builder.text(in.string());
      case "date" -> in.optionalParsed(ISO_DATE, LocalDate::parse).ifPresent(builder::date);
      case "readings" -> builder.readings(in.parsedList(ISO_DATE, LocalDate::parse));
      default -> in.skipUnknown();
    }
  }
}
