package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.Person;
import tools.jackson.core.JsonGenerator;

/**
 * {@code {"name", "honorific"?, "postNominals": [], "appearance"?, "roles": []}}: a guest, a host, or a person
 * the summary mentions.
 */
final class PersonFormat extends ModelFormat<Person, Person.Builder> {

  static final PersonFormat INSTANCE = new PersonFormat();

  private PersonFormat() {
    super(Person.class, Person::builder, Person.Builder::build, "name");
  }

  @Override
  void write(Person person, JsonGenerator gen) {
    gen.writeStartObject(person);
    gen.writeStringProperty("name", person.name());
    FieldWriter.optionalString(gen, "honorific", person.honorific());
    FieldWriter.strings(gen, "postNominals", person.postNominals());
    FieldWriter.optionalInteger(gen, "appearance", person.appearance());
    FieldWriter.objects(gen, "roles", person.roles(), RoleFormat.INSTANCE);
    gen.writeEndObject();
  }

  @Override
  void readField(String field, FieldReader in, Person.Builder builder) {
    switch (field) {
      case "name" -> builder.name(in.string());
      case "honorific" -> in.optionalString().ifPresent(builder::honorific);
      case "postNominals" -> builder.postNominals(in.strings());
      case "appearance" -> in.optionalInteger().ifPresent(builder::appearance);
      case "roles" -> builder.roles(in.objects(RoleFormat.INSTANCE));
      default -> in.skipUnknown();
    }
  }
}
