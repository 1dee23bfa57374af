package io.github.leadershipinterviews.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A position a person holds or held: a title, where it is held, and whether it is current.
 *
 * <pre>{@code
 * Role ceo = Role.of("Chief Executive", Organisation.of("Lakemoor Hospice", "NHC"));
 * Role former = Role.builder().title("Director of Care").current(false).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Role {

  Role() {}

  /** The title as the text gives it, e.g. {@code Chief Executive} or {@code director of people}. */
  public abstract String title();

  /** Where the role is held, if the text says. */
  public abstract Optional<Organisation> organisation();

  /** {@code false} for a role the text presents as former ({@code formerly Chief Executive of ...}). */
  @Value.Default
  public boolean current() {
    return true;
  }

  /** A current role without an organisation. */
  public static Role of(String title) {
    return builder().title(title).build();
  }

  /** A current role at an organisation. */
  public static Role of(String title, Organisation organisation) {
    return builder().title(title).organisation(organisation).build();
  }

  /** A builder; {@code title} is required, {@code current} defaults to {@code true}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Role}. */
  public static final class Builder extends ImmutableRole.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Role", "title", title());
  }
}
