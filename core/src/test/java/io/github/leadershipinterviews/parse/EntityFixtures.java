package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Organisation;
import io.github.leadershipinterviews.model.Person;
import io.github.leadershipinterviews.model.Role;
import io.github.leadershipinterviews.model.Work;
import java.util.List;
import java.util.Optional;

/** Runs the entity stage on hand-written bodies and reads its results in short forms for assertions. */
final class EntityFixtures {
  private EntityFixtures() {}

  static Entities read(String body) {
    return read(body, List.of(), List.of());
  }

  static Entities read(String body, List<String> titleGuests, List<String> hosts) {
    return read(body, titleGuests, hosts, List.of());
  }

  static Entities read(String body, List<String> titleGuests, List<String> hosts, List<QuotedPassage> quotes) {
    Header header = new Header(Optional.empty(), Optional.empty(),
        titleGuests.stream().map(PersonNames::parse).toList(), Optional.empty(),
        hosts.stream().map(PersonNames::parse).toList(), Optional.empty(), Optional.empty(), List.of(), 0,
        body.length(), List.of());
    return EntityReader.read(body, SentenceSplitter.split(body), quotes, header);
  }

  static List<String> guests(Entities e) {
    return e.guests().stream().map(Person::name).toList();
  }

  static List<String> people(Entities e) {
    return e.people().stream().map(Person::name).toList();
  }

  static List<String> organisations(Entities e) {
    return e.organisations().stream()
        .map(o -> o.name() + o.acronym().map(a -> " (" + a + ")").orElse(""))
        .toList();
  }

  static List<String> works(Entities e) {
    return e.works().stream().map(Work::title).toList();
  }

  /** Roles of the first guest as {@code title @ organisation}, former roles marked {@code (former)}. */
  static List<String> roles(Entities e) {
    return roles(e.guests().get(0));
  }

  static List<String> roles(Person p) {
    return p.roles().stream().map(EntityFixtures::role).toList();
  }

  private static String role(Role r) {
    return r.title() + " @ " + r.organisation().map(Organisation::name).orElse("-")
        + (r.current() ? "" : " (former)");
  }

  /** Mentions as {@code written text -> full name}. */
  static List<String> mentions(Entities e, String body) {
    return e.mentions().stream().map(m -> m.span().in(body) + " -> " + m.fullName()).toList();
  }
}
