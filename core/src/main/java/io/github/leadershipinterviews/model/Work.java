package io.github.leadershipinterviews.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A titled work the summary mentions: a book, report, article, blog, talk or film.
 *
 * <pre>{@code
 * Work report = Work.builder()
 *     .title("Slow Kindness: Leading a Service Under Strain")
 *     .kind(WorkKind.REPORT)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Work {

  Work() {}

  /** The title without quote marks or a trailing full stop, subtitle included. */
  public abstract String title();

  /** What kind of work it is, if the text says. */
  public abstract Optional<WorkKind> kind();

  /** The year of publication, if the text gives one. */
  public abstract OptionalInt year();

  /** A work known only by its title. */
  public static Work of(String title) {
    return builder().title(title).build();
  }

  /** A builder; {@code title} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Work}. */
  public static final class Builder extends ImmutableWork.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Work", "title", title());
  }
}
