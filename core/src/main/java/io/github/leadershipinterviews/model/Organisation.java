package io.github.leadershipinterviews.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named organisation, with the acronym the text gives for it.
 *
 * <pre>{@code
 * Organisation cqc = Organisation.of("Harbour Standards Agency", "HSA");
 * Organisation nhs = Organisation.builder().name("NHS").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Organisation {

  Organisation() {}

  /** The full name as the text gives it (or the acronym, for an organisation known only by one). */
  public abstract String name();

  /** The acronym the text pairs with the name, e.g. {@code CQC}. */
  public abstract Optional<String> acronym();

  /** An organisation with a name and no acronym. */
  public static Organisation of(String name) {
    return builder().name(name).build();
  }

  /** An organisation with a name and an acronym. */
  public static Organisation of(String name, String acronym) {
    return builder().name(name).acronym(acronym).build();
  }

  /** A builder; {@code name} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organisation}. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Organisation", "name", name());
    Checks.notBlank("Organisation", "acronym", acronym());
  }
}
