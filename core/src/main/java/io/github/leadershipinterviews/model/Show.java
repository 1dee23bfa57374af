package io.github.leadershipinterviews.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The podcast an episode belongs to, and its host(s).
 *
 * <pre>{@code
 * Show show = Show.builder()
 *     .name("The Open Door Sessions")
 *     .addHosts(Person.of("Tomas Brandt"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Show {

  Show() {}

  /** The show's name, when the text gives it (a host may be named without it). */
  public abstract Optional<String> name();

  /** The hosts, as full names. */
  public abstract List<Person> hosts();

  /** A builder; everything is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Show}. */
  public static final class Builder extends ImmutableShow.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Show", "name", name());
  }
}
