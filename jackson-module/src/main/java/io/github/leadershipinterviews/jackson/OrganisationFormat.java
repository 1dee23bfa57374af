package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.Organisation;
import tools.jackson.core.JsonGenerator;

/** {@code {"name": "Inland Waterways Review Board", "acronym": "IWRB"}}; {@code acronym} only when known. */
final class OrganisationFormat extends ModelFormat<Organisation, Organisation.Builder> {

  static final OrganisationFormat INSTANCE = new OrganisationFormat();

  private OrganisationFormat() {
    super(Organisation.class, Organisation::builder, Organisation.Builder::build, "name");
  }

  @Override
  void write(Organisation organisation, JsonGenerator gen) {
    gen.writeStartObject(organisation);
    gen.writeStringProperty("name", organisation.name());
    FieldWriter.optionalString(gen, "acronym", organisation.acronym());
    gen.writeEndObject();
  }

  @Override
  void readField(String field, FieldReader in, Organisation.Builder builder) {
    switch (field) {
      case "name" -> builder.name(in.string());
      case "acronym" -> in.optionalString().ifPresent(builder::acronym);
      default -> in.skipUnknown();
    }
  }
}
