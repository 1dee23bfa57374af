package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.Organisation;
import tools.jackson.core.JsonGenerator;

/** {@code {"name": "Care Quality Commission", "acronym": "CQC"}}; {@code acronym} only when known. */
final class OrganisationFormat extends ModelFormat<Organisation> {

  static final OrganisationFormat INSTANCE = new OrganisationFormat();

  private OrganisationFormat() {
    super(Organisation.class);
  }

  @Override
  void write(Organisation organisation, JsonGenerator gen) {
    gen.writeStartObject(organisation);
    gen.writeStringProperty("name", organisation.name());
    FieldWriter.optionalString(gen, "acronym", organisation.acronym());
    gen.writeEndObject();
  }

  @Override
  Organisation read(FieldReader in) {
    Organisation.Builder builder = Organisation.builder();
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "name" -> builder.name(in.string());
        case "acronym" -> in.optionalString().ifPresent(builder::acronym);
        default -> in.skipUnknown();
      }
    }
    in.require("name");
    return in.build(builder::build);
  }
}
