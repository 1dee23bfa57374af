package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Person;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A person's name split into its parts: {@code Dr Maren Solheim, Ph.D.} or {@code Nate Doe II}. */
record PersonName(String name, Optional<String> honorific, List<String> postNominals, OptionalInt appearance) {

  PersonName {
    postNominals = List.copyOf(postNominals);
  }

  static PersonName of(String name) {
    return new PersonName(name, Optional.empty(), List.of(), OptionalInt.empty());
  }

  /** The person, without roles. */
  Person toPerson() {
    Person.Builder b = Person.builder().name(name).postNominals(postNominals);
    honorific.ifPresent(b::honorific);
    appearance.ifPresent(b::appearance);
    return b.build();
  }
}
