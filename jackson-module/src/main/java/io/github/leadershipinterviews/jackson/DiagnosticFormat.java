package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.Diagnostic;
import tools.jackson.core.JsonGenerator;

/**
 * {@code {"code": "ambiguous-date", "message": "...", "inputSpan"?: {"start", "end"}}}; the span is an offset into
 * the parser's input, not into the summary text.
 */
final class DiagnosticFormat extends ModelFormat<Diagnostic, Diagnostic.Builder> {

  static final DiagnosticFormat INSTANCE = new DiagnosticFormat();

  private DiagnosticFormat() {
    super(Diagnostic.class, Diagnostic::builder, Diagnostic.Builder::build, "code", "message");
  }

  @Override
  void write(Diagnostic diagnostic, JsonGenerator gen) {
    gen.writeStartObject(diagnostic);
    gen.writeStringProperty("code", diagnostic.code());
    gen.writeStringProperty("message", diagnostic.message());
    FieldWriter.optionalObject(gen, "inputSpan", diagnostic.inputSpan(), SpanFormat.INSTANCE);
    gen.writeEndObject();
  }

  @Override
  void readField(String field, FieldReader in, Diagnostic.Builder builder) {
    switch (field) {
      case "code" -> builder.code(in.string());
      case "message" -> builder.message(in.string());
      case "inputSpan" -> in.optionalObject(SpanFormat.INSTANCE).ifPresent(builder::inputSpan);
      default -> in.skipUnknown();
    }
  }
}
