package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Organisation;
import io.github.leadershipinterviews.model.Person;
import io.github.leadershipinterviews.model.Work;
import java.util.List;

/** What stage 4 finds: the people, organisations and works a summary names, and where it refers to people. */
record Entities(
    List<Person> guests,
    List<Person> people,
    List<Organisation> organisations,
    List<Work> works,
    List<PersonMention> mentions) {

  Entities {
    guests = List.copyOf(guests);
    people = List.copyOf(people);
    organisations = List.copyOf(organisations);
    works = List.copyOf(works);
    mentions = List.copyOf(mentions);
  }
}
