package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.ThemeMatch;
import tools.jackson.core.JsonGenerator;

/** {@code {"id": "wellbeing", "label": "...", "score": 0.8, "evidence": [span...]}}. */
final class ThemeMatchFormat extends ModelFormat<ThemeMatch, ThemeMatch.Builder> {

  static final ThemeMatchFormat INSTANCE = new ThemeMatchFormat();

  private ThemeMatchFormat() {
    super(ThemeMatch.class, ThemeMatch::builder, ThemeMatch.Builder::build, "id", "label", "score");
  }

  @Override
  void write(ThemeMatch theme, JsonGenerator gen) {
    gen.writeStartObject(theme);
    gen.writeStringProperty("id", theme.id());
    gen.writeStringProperty("label", theme.label());
    gen.writeNumberProperty("score", theme.score());
    FieldWriter.objects(gen, "evidence", theme.evidence(), SpanFormat.INSTANCE);
    gen.writeEndObject();
  }

  @Override
  void readField(String field, FieldReader in, ThemeMatch.Builder builder) {
    switch (field) {
      case "id" -> builder.id(in.string());
      case "label" -> builder.label(in.string());
      case "score" -> builder.score(in.number());
      case "evidence" -> builder.evidence(in.objects(SpanFormat.INSTANCE));
      default -> in.skipUnknown();
    }
  }
}
