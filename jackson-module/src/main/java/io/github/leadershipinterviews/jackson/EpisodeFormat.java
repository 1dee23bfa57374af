package io.github.leadershipinterviews.jackson;

import io.github.leadershipinterviews.model.Episode;
import java.time.Duration;
import tools.jackson.core.JsonGenerator;

/**
 * The document: {@code formatVersion} first, then the episode's fields in the order of {@code docs/json-format.md}.
 */
final class EpisodeFormat extends ModelFormat<Episode, Episode.Builder> {

  static final EpisodeFormat INSTANCE = new EpisodeFormat();

  private static final String ISO_DURATION = "an ISO-8601 duration such as PT42M or PT1H2M3S";

  private EpisodeFormat() {
    super(Episode.class, Episode::builder, Episode.Builder::build, "formatVersion", "summary");
  }

  @Override
  void write(Episode episode, JsonGenerator gen) {
    gen.writeStartObject(episode);
    gen.writeNumberProperty("formatVersion", LeadershipInterviewsModule.FORMAT_VERSION);
    FieldWriter.optionalString(gen, "title", episode.title());
    FieldWriter.optionalString(gen, "episodeCode", episode.episodeCode());
    FieldWriter.optionalObject(gen, "show", episode.show(), ShowFormat.INSTANCE);
    FieldWriter.optionalObject(gen, "published", episode.published(), PublishedDateFormat.INSTANCE);
    if (episode.duration().isPresent()) {
      gen.writeStringProperty("duration", episode.duration().get().toString());
    }
    FieldWriter.strings(gen, "categories", episode.categories());
    writeFindings(episode, gen);
    FieldWriter.object(gen, "summary", episode.summary(), SummaryFormat.INSTANCE);
    FieldWriter.objects(gen, "diagnostics", episode.diagnostics(), DiagnosticFormat.INSTANCE);
    gen.writeEndObject();
  }

  /** What the parser found in the summary: people, organisations, works, quotations, themes. */
  private static void writeFindings(Episode episode, JsonGenerator gen) {
    FieldWriter.objects(gen, "guests", episode.guests(), PersonFormat.INSTANCE);
    FieldWriter.objects(gen, "people", episode.people(), PersonFormat.INSTANCE);
    FieldWriter.objects(gen, "organisations", episode.organisations(), OrganisationFormat.INSTANCE);
    FieldWriter.objects(gen, "works", episode.works(), WorkFormat.INSTANCE);
    FieldWriter.objects(gen, "quotations", episode.quotations(), QuotationFormat.INSTANCE);
    FieldWriter.objects(gen, "themes", episode.themes(), ThemeMatchFormat.INSTANCE);
  }

  @Override
  void readField(String field, FieldReader in, Episode.Builder builder) {
    switch (field) {
      case "formatVersion" -> checkFormatVersion(in);
      case "title" -> in.optionalString().ifPresent(builder::title);
      case "episodeCode" -> in.optionalString().ifPresent(builder::episodeCode);
      case "show" -> in.optionalObject(ShowFormat.INSTANCE).ifPresent(builder::show);
      case "published" -> in.optionalObject(PublishedDateFormat.INSTANCE).ifPresent(builder::published);
      case "duration" -> in.optionalParsed(ISO_DURATION, Duration::parse).ifPresent(builder::duration);
      case "categories" -> builder.categories(in.strings());
      case "guests" -> builder.guests(in.objects(PersonFormat.INSTANCE));
      case "people" -> builder.people(in.objects(PersonFormat.INSTANCE));
      case "organisations" -> builder.organisations(in.objects(OrganisationFormat.INSTANCE));
      case "works" -> builder.works(in.objects(WorkFormat.INSTANCE));
      case "quotations" -> builder.quotations(in.objects(QuotationFormat.INSTANCE));
      case "themes" -> builder.themes(in.objects(ThemeMatchFormat.INSTANCE));
      case "summary" -> builder.summary(in.object(SummaryFormat.INSTANCE));
      case "diagnostics" -> builder.diagnostics(in.objects(DiagnosticFormat.INSTANCE));
      default -> in.skipUnknown();
    }
  }

  /** Only the format this library writes can be read: a newer major format may mean something else. */
  private static void checkFormatVersion(FieldReader in) {
    int version = in.integer();
    if (version != LeadershipInterviewsModule.FORMAT_VERSION) {
      throw in.invalid("Episode.formatVersion " + version + " is not supported (this library reads formatVersion "
          + LeadershipInterviewsModule.FORMAT_VERSION + ")");
    }
  }
}
