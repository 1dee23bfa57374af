package io.github.leadershipinterviews.examples;

import io.github.leadershipinterviews.LeadershipInterviews;
import io.github.leadershipinterviews.jackson.LeadershipInterviewsModule;
import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.Person;
import io.github.leadershipinterviews.model.Quotation;
import io.github.leadershipinterviews.model.Role;
import io.github.leadershipinterviews.model.Show;
import io.github.leadershipinterviews.model.ThemeMatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo that {@code java -jar leadership-interviews.jar} runs: parses a bundled sample summary (a fictional
 * episode, {@code sample-summary.txt}) and prints a readable digest of what the parser found, then its JSON.
 *
 * <pre>{@code
 * java -cp leadership-interviews.jar io.github.leadershipinterviews.examples.Demo
 * }</pre>
 */
public final class Demo {
  private static final String SAMPLE = "sample-summary.txt";

  private Demo() {}

  /**
   * Prints the digest and the JSON of the bundled sample to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String text = sampleSummary();
    Episode episode = LeadershipInterviews.parse(text);
    out.println("Parsed the bundled sample summary (" + text.length() + " characters).");
    out.println();
    out.print(digest(episode));
    out.println();
    out.println("As JSON:");
    JsonMapper mapper = JsonMapper.builder().addModule(new LeadershipInterviewsModule()).build();
    out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(episode));
  }

  /** The bundled sample, a fictional episode summary laid out like a podcast directory page. */
  public static String sampleSummary() {
    try (InputStream in = Demo.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException(SAMPLE + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A few readable lines: title, show, guests with roles, quotations with speakers, themes. */
  static String digest(Episode episode) {
    StringBuilder out = new StringBuilder();
    line(out, "Title", episode.title().orElse("(none found)"));
    line(out, "Show", episode.show().map(Demo::show).orElse("(none found)"));
    episode.published().ifPresent(date -> line(out, "Published", date.text()));
    line(out, "Guests", episode.guests().isEmpty() ? "(none found)" : "");
    episode.guests().forEach(guest -> out.append("  - ").append(guest(guest)).append('\n'));
    line(out, "Quotations", episode.quotations().isEmpty() ? "(none found)" : "");
    episode.quotations().forEach(q -> out.append("  - ").append(quotation(q)).append('\n'));
    line(out, "Themes", episode.themes().isEmpty() ? "(none found)" : "");
    episode.themes().forEach(t -> out.append("  - ").append(theme(t)).append('\n'));
    line(out, "Summary", episode.summary().text().length() + " characters"
        + (episode.summary().truncated() ? ", cut short" : ""));
    return out.toString();
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(label).append(':').append(value.isEmpty() ? "" : " " + value).append('\n');
  }

  private static String show(Show show) {
    String hosts = show.hosts().stream().map(Person::name).collect(Collectors.joining(", "));
    return show.name().orElse("(unnamed show)") + (hosts.isEmpty() ? "" : ", hosted by " + hosts);
  }

  private static String guest(Person guest) {
    List<String> roles = guest.roles().stream().map(Demo::role).toList();
    return guest.name() + (roles.isEmpty() ? "" : " (" + String.join("; ", roles) + ")");
  }

  private static String role(Role role) {
    String where = role.organisation().map(o -> ", " + o.name()).orElse("");
    return (role.current() ? "" : "formerly ") + role.title() + where;
  }

  private static String quotation(Quotation quotation) {
    return "\u201C" + quotation.text() + "\u201D \u2014 " + quotation.speaker().orElse("(speaker unknown)");
  }

  private static String theme(ThemeMatch theme) {
    int sentences = theme.evidence().size();
    return String.format(Locale.ROOT, "%s (%s, score %.2f, %d evidence sentence%s)",
        theme.label(), theme.id(), theme.score(), sentences, sentences == 1 ? "" : "s");
  }
}
