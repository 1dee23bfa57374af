package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.ThemeMatch;
import tools.jackson.core.JsonGenerator;

/** {@code {"id": "wellbeing", "label": "...", "score": 0.8, "evidence": [span...]}}. */
final class ThemeMatchFormat extends ModelFormat<ThemeMatch> {

  static final ThemeMatchFormat INSTANCE = new ThemeMatchFormat();

  private ThemeMatchFormat() {
    super(ThemeMatch.class);
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
  ThemeMatch read(FieldReader in) {
    ThemeMatch.Builder builder = ThemeMatch.builder();
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "id" -> builder.id(in.string());
        case "label" -> builder.label(in.string());
        case "score" -> builder.score(in.number());
        case "evidence" -> builder.evidence(in.objects(SpanFormat.INSTANCE));
        default -> in.skipUnknown();
      }
    }
    in.require("id", "label", "score");
    return in.build(builder::build);
  }
}
