package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.WorkKind;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/** Every model type's format, and the serialisers and deserialisers the module registers for them. */
final class ModelFormats {

  static final List<ModelFormat<?, ?>> ALL = List.of(
      EpisodeFormat.INSTANCE, ShowFormat.INSTANCE, PersonFormat.INSTANCE, RoleFormat.INSTANCE,
      OrganisationFormat.INSTANCE, PublishedDateFormat.INSTANCE, WorkFormat.INSTANCE, QuotationFormat.INSTANCE,
      ThemeMatchFormat.INSTANCE, SummaryFormat.INSTANCE, SpanFormat.INSTANCE, DiagnosticFormat.INSTANCE);

  private ModelFormats() {}

  static SimpleSerializers serializers() {
    SimpleSerializers serializers = new SimpleSerializers();
    for (ModelFormat<?, ?> format : ALL) {
      addSerializer(serializers, format);
    }
    serializers.addSerializer(WorkKind.class, new WorkKinds.Serializer());
    return serializers;
  }

  static SimpleDeserializers deserializers() {
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (ModelFormat<?, ?> format : ALL) {
      addDeserializer(deserializers, format);
    }
    deserializers.addDeserializer(WorkKind.class, new WorkKinds.Deserializer());
    return deserializers;
  }

  private static <T> void addSerializer(SimpleSerializers serializers, ModelFormat<T, ?> format) {
    serializers.addSerializer(format.type(), new FormatSerializer<>(format));
  }

  private static <T> void addDeserializer(SimpleDeserializers deserializers, ModelFormat<T, ?> format) {
    deserializers.addDeserializer(format.type(), new FormatDeserializer<>(format));
  }

  /** Writes one model type with its format. */
  static final class FormatSerializer<T> extends StdSerializer<T> {
    private final ModelFormat<T, ?> format;

    FormatSerializer(ModelFormat<T, ?> format) {
      super(format.type());
      this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      format.write(value, gen);
    }
  }

  /** Reads one model type with its format. */
  static final class FormatDeserializer<T> extends StdDeserializer<T> {
    private final ModelFormat<T, ?> format;

    FormatDeserializer(ModelFormat<T, ?> format) {
      super(format.type());
      this.format = format;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      return FieldReader.readObject(p, ctxt, format);
    }
  }
}
