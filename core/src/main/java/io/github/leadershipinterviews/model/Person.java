package io.github.leadershipinterviews.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A named person: a guest, a host, or someone the summary mentions.
 *
 * <p>The name is the full name without honorific, post-nominals or appearance numeral; those have fields of
 * their own. {@code Dr Maren Solheim, Ph.D.} is name {@code Maren Solheim}, honorific {@code Dr}, post-nominal
 * {@code Ph.D.}; {@code Nate Doe II} is name {@code Nate Doe}, appearance 2.
 *
 * <pre>{@code
 * Person guest = Person.builder()
 *     .name("Ines Varga")
 *     .honorific("Dame")
 *     .addRoles(Role.of("Chief Executive", Organisation.of("Lakemoor Hospice")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Person {

  Person() {}

  /** The full name, e.g. {@code Ines Varga}. */
  public abstract String name();

  /** A title before the name: {@code Dr}, {@code Prof.}, {@code Dame}, {@code Sir}, {@code Councillor}, ... */
  public abstract Optional<String> honorific();

  /** Letters after the name, in order: {@code PhD}, {@code MD}, {@code CBE}, ... */
  public abstract List<String> postNominals();

  /** The positions the text gives this person, current ones first as the text gives them. */
  public abstract List<Role> roles();

  /** A repeat appearance marked by a roman numeral after the name ({@code II} is 2). */
  public abstract OptionalInt appearance();

  /** A person known only by name. */
  public static Person of(String name) {
    return builder().name(name).build();
  }

  /** A builder; {@code name} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Person", "name", name());
    Checks.notBlank("Person", "honorific", honorific());
    Checks.notBlank("Person", "postNominals", postNominals());
    if (appearance().isPresent() && appearance().getAsInt() < 1) {
      throw new IllegalArgumentException("Person.appearance must be >= 1 but was " + appearance().getAsInt());
    }
  }
}
