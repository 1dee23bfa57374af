package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.Role;
import tools.jackson.core.JsonGenerator;

/** {@code {"title": "Chief Executive", "organisation": {...}, "current": true}}; {@code current} always written. */
final class RoleFormat extends ModelFormat<Role, Role.Builder> {

  static final RoleFormat INSTANCE = new RoleFormat();

  private RoleFormat() {
    super(Role.class, Role::builder, Role.Builder::build, "title");
  }

  @Override
  void write(Role role, JsonGenerator gen) {
    gen.writeStartObject(role);
    gen.writeStringProperty("title", role.title());
    FieldWriter.optionalObject(gen, "organisation", role.organisation(), OrganisationFormat.INSTANCE);
    gen.writeBooleanProperty("current", role.current());
    gen.writeEndObject();
  }

  @Override
  void readField(String field, FieldReader in, Role.Builder builder) {
    switch (field) {
      case "title" -> builder.title(in.string());
      case "organisation" -> in.optionalObject(OrganisationFormat.INSTANCE).ifPresent(builder::organisation);
      case "current" -> in.optionalBoolean().ifPresent(builder::current);
      default -> in.skipUnknown();
    }
  }
}
