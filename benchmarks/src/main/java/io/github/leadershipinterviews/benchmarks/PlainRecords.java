package io.github.leadershipinterviews.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.leadershipinterviews.model.Diagnostic;
import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.Organisation;
import io.github.leadershipinterviews.model.Person;
import io.github.leadershipinterviews.model.PublishedDate;
import io.github.leadershipinterviews.model.Quotation;
import io.github.leadershipinterviews.model.Role;
import io.github.leadershipinterviews.model.Show;
import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.model.Summary;
import io.github.leadershipinterviews.model.ThemeMatch;
import io.github.leadershipinterviews.model.Work;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The JSON reference: the same data as an {@link Episode}, held in plain Java records that Jackson reads and writes
 * with default databind (no module, no custom code). They write exactly the JSON the module writes (same fields,
 * order and values; {@code docs/json-format.md}): what a user without our module would write by hand.
 *
 * <pre>{@code
 * PlainRecords.EpisodeRecord record = PlainRecords.of(LeadershipInterviews.parse(text));
 * byte[] json = JsonMapper.builder().build().writeValueAsBytes(record);
 * }</pre>
 */
public final class PlainRecords {
  private PlainRecords() {}

  /** The format version the records stand for. */
  public static final int FORMAT_VERSION = 1;

  /** The record form of {@code episode}. */
  public static EpisodeRecord of(Episode episode) {
    return new EpisodeRecord(FORMAT_VERSION, episode.title().orElse(null), episode.episodeCode().orElse(null),
        episode.show().map(PlainRecords::show).orElse(null),
        episode.published().map(PlainRecords::published).orElse(null),
        episode.duration().map(Object::toString).orElse(null), episode.categories(),
        people(episode.guests()), people(episode.people()),
        episode.organisations().stream().map(PlainRecords::organisation).toList(),
        episode.works().stream().map(PlainRecords::work).toList(),
        episode.quotations().stream().map(PlainRecords::quotation).toList(),
        episode.themes().stream().map(PlainRecords::theme).toList(),
        summary(episode.summary()),
        episode.diagnostics().stream().map(PlainRecords::diagnostic).toList());
  }

  /** An {@link Episode} as a record. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record EpisodeRecord(int formatVersion, String title, String episodeCode, ShowRecord show,
      PublishedRecord published, String duration, List<String> categories, List<PersonRecord> guests,
      List<PersonRecord> people, List<OrganisationRecord> organisations, List<WorkRecord> works,
      List<QuotationRecord> quotations, List<ThemeRecord> themes, SummaryRecord summary,
      List<DiagnosticRecord> diagnostics) {}

  /** A {@link Show} as a record. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ShowRecord(String name, List<PersonRecord> hosts) {}

  /** A {@link PublishedDate} as a record. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PublishedRecord(String text, LocalDate date, List<LocalDate> readings) {}

  /** A {@link Person} as a record. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PersonRecord(String name, String honorific, List<String> postNominals, Integer appearance,
      List<RoleRecord> roles) {}

  /** A {@link Role} as a record. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RoleRecord(String title, OrganisationRecord organisation, boolean current) {}

  /** An {@link Organisation} as a record. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record OrganisationRecord(String name, String acronym) {}

  /** A {@link Work} as a record. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record WorkRecord(String title, String kind, Integer year) {}

  /** A {@link Quotation} as a record. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record QuotationRecord(String text, String speaker, SpanRecord span) {}

  /** A {@link ThemeMatch} as a record. */
  public record ThemeRecord(String id, String label, double score, List<SpanRecord> evidence) {}

  /** A {@link Summary} as a record. */
  public record SummaryRecord(String text, boolean truncated, List<SpanRecord> sentences, int inputOffset) {}

  /** A {@link Diagnostic} as a record. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DiagnosticRecord(String code, String message, SpanRecord inputSpan) {}

  /** A {@link Span} as a record. */
  public record SpanRecord(int start, int end) {}

  private static ShowRecord show(Show show) {
    return new ShowRecord(show.name().orElse(null), people(show.hosts()));
  }

  private static PublishedRecord published(PublishedDate date) {
    return new PublishedRecord(date.text(), date.date().orElse(null), date.readings());
  }

  private static List<PersonRecord> people(List<Person> people) {
    return people.stream().map(PlainRecords::person).toList();
  }

  private static PersonRecord person(Person p) {
    Integer appearance = p.appearance().isPresent() ? p.appearance().getAsInt() : null;
    return new PersonRecord(p.name(), p.honorific().orElse(null), p.postNominals(), appearance,
        p.roles().stream().map(PlainRecords::role).toList());
  }

  private static RoleRecord role(Role role) {
    return new RoleRecord(role.title(), role.organisation().map(PlainRecords::organisation).orElse(null),
        role.current());
  }

  private static OrganisationRecord organisation(Organisation o) {
    return new OrganisationRecord(o.name(), o.acronym().orElse(null));
  }

  private static WorkRecord work(Work w) {
    String kind = w.kind().map(k -> k.name().toLowerCase(Locale.ROOT)).orElse(null);
    return new WorkRecord(w.title(), kind, w.year().isPresent() ? w.year().getAsInt() : null);
  }

  private static QuotationRecord quotation(Quotation q) {
    return new QuotationRecord(q.text(), q.speaker().orElse(null), span(q.span()));
  }

  private static ThemeRecord theme(ThemeMatch t) {
    return new ThemeRecord(t.id(), t.label(), t.score(), spans(t.evidence()));
  }

  private static SummaryRecord summary(Summary s) {
    return new SummaryRecord(s.text(), s.truncated(), spans(s.sentences()), s.inputOffset());
  }

  private static DiagnosticRecord diagnostic(Diagnostic d) {
    return new DiagnosticRecord(d.code(), d.message(), d.inputSpan().map(PlainRecords::span).orElse(null));
  }

  private static List<SpanRecord> spans(List<Span> spans) {
    return spans.stream().map(PlainRecords::span).toList();
  }

  private static SpanRecord span(Span s) {
    return new SpanRecord(s.start(), s.end());
  }
}
