package io.github.leadershipinterviews.examples;

import io.github.leadershipinterviews.LeadershipInterviews;
import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.Organisation;
import io.github.leadershipinterviews.model.Person;
import io.github.leadershipinterviews.model.Quotation;
import io.github.leadershipinterviews.model.Role;
import io.github.leadershipinterviews.model.Work;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses every summary of our own fixture corpus ({@code src/test/resources/corpus}: original writing, one per
 * layout of real summaries) and checks each field against its hand-made annotation ({@code NAME.gold.json}, in
 * the format of the project's scorer, so that the same files can be scored). Text compares as the scorer compares
 * it: case, quote marks, a leading "The" and trailing punctuation do not count. Every field is checked per
 * fixture, except themes, which are checked across the corpus.
 */
class CorpusFixturesTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final double THEME_F1_FLOOR = 0.8;
  private static final String QUOTES = "\"'“”‘’„‚«»‹›";

  /** One instance per fixture: every field's differences are reported together. */
  private final SoftAssertions softly = new SoftAssertions();

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void extractsWhatTheAnnotationSays(String name) throws IOException {
    String text = Files.readString(CORPUS.resolve(name + ".txt"), StandardCharsets.UTF_8);
    JsonNode gold = JSON.readTree(CORPUS.resolve(name + ".gold.json").toFile());
    Episode episode = LeadershipInterviews.parse(text);

    softly.assertThat(norm(episode.title().orElse(null))).as("title").isEqualTo(norm(textOrNull(gold, "title")));
    softly.assertThat(norm(episode.show().flatMap(s -> s.name()).orElse(null)))
        .as("show").isEqualTo(norm(textOrNull(gold, "show")));
    softly.assertThat(normSet(episode.show().map(s -> s.hosts()).orElse(List.of()).stream().map(Person::name)))
        .as("hosts").isEqualTo(normSet(strings(gold, "hosts")));
    softly.assertThat(episode.summary().truncated()).as("truncated").isEqualTo(gold.get("truncated").asBoolean());
    checkGuests(episode, gold);
    checkQuotations(episode, gold);
    checkList("people", episode.people().stream().map(Person::name), gold, "people", "optional_people");
    checkOrganisations(episode, gold);
    checkList("works", episode.works().stream().map(Work::title), gold, "works", "optional_works");
    softly.assertAll();
  }

  /**
   * Themes are a judgement, not a fact the text states, so they are held to a corpus-wide bar rather than to
   * every annotation: F1 over all fixtures (required themes found, themes outside required and optional ones
   * counted against) must reach {@value #THEME_F1_FLOOR}, the same way the project's scorer counts it.
   */
  @Test
  void tagsThemesAsTheAnnotationsDoAcrossTheCorpus() throws IOException {
    int found = 0;
    int missed = 0;
    int wrong = 0;
    for (String name : fixtures().toList()) {
      JsonNode gold = JSON.readTree(CORPUS.resolve(name + ".gold.json").toFile());
      Set<String> got = new HashSet<>();
      LeadershipInterviews.parse(Files.readString(CORPUS.resolve(name + ".txt"), StandardCharsets.UTF_8))
          .themes().forEach(t -> got.add(t.id()));
      Set<String> wanted = normSet(strings(gold, "themes"));
      Set<String> optional = normSet(strings(gold, "optional_themes"));
      for (String id : wanted) {
        if (got.contains(id)) {
          found++;
        } else {
          missed++;
        }
      }
      wrong += (int) got.stream().filter(id -> !wanted.contains(id) && !optional.contains(id)).count();
    }
    double f1 = 2.0 * found / (2.0 * found + missed + wrong);
    org.assertj.core.api.Assertions.assertThat(f1)
        .as("theme F1 (found %d, missed %d, wrong %d)", found, missed, wrong)
        .isGreaterThanOrEqualTo(THEME_F1_FLOOR);
  }

  private void checkGuests(Episode episode, JsonNode gold) {
    Map<String, Person> byName = new HashMap<>();
    episode.guests().forEach(g -> byName.put(norm(g.name()), g));
    Set<String> wanted = new HashSet<>();
    for (JsonNode g : gold.get("guests")) {
      String key = norm(g.get("name").asString());
      wanted.add(key);
      Person guest = byName.get(key);
      if (guest == null) {
        continue;
      }
      Set<String> roles = new HashSet<>();
      guest.roles().forEach(r -> roles.add(roleKey(r)));
      for (JsonNode r : g.get("roles")) {
        softly.assertThat(roles).as("roles of " + key)
            .contains(norm(r.get("title").asString()) + " @ " + norm(textOrNull(r, "organisation")));
      }
    }
    softly.assertThat(byName.keySet()).as("guests").isEqualTo(wanted);
  }

  private void checkQuotations(Episode episode, JsonNode gold) {
    Map<String, String> got = new HashMap<>();
    for (Quotation q : episode.quotations()) {
      got.put(normQuote(q.text()), norm(q.speaker().orElse(null)));
      softly.assertThat(q.span().in(episode.summary().text())).as("span of " + q.text()).isEqualTo(q.text());
    }
    Set<String> optional = new HashSet<>();
    if (gold.has("optional_quotations")) {
      gold.get("optional_quotations").forEach(q -> optional.add(normQuote(q.get("text").asString())));
    }
    Set<String> wanted = new HashSet<>();
    for (JsonNode q : gold.get("quotations")) {
      String key = normQuote(q.get("text").asString());
      wanted.add(key);
      softly.assertThat(got).as("quotations").containsKey(key);
      softly.assertThat(got.getOrDefault(key, "(missing)")).as("speaker of " + key).isEqualTo(norm(textOrNull(q, "speaker")));
    }
    Set<String> extra = new HashSet<>(got.keySet());
    extra.removeAll(wanted);
    extra.removeAll(optional);
    softly.assertThat(extra).as("quotations not in the annotation").isEmpty();
  }

  private void checkOrganisations(Episode episode, JsonNode gold) {
    Set<String> got = new HashSet<>();
    for (Organisation o : episode.organisations()) {
      got.add(norm(o.name()));
      o.acronym().ifPresent(a -> got.add(norm(a)));
    }
    Set<String> allowed = new HashSet<>();
    for (String field : List.of("organisations", "optional_organisations")) {
      if (gold.has(field)) {
        for (JsonNode o : gold.get(field)) {
          allowed.add(norm(o.get("name").asString()));
          if (o.hasNonNull("acronym")) {
            allowed.add(norm(o.get("acronym").asString()));
          }
        }
      }
    }
    for (JsonNode o : gold.get("organisations")) {
      softly.assertThat(got).as("organisations").contains(norm(o.get("name").asString()));
    }
    for (Organisation o : episode.organisations()) {
      softly.assertThat(allowed).as("organisation not in the annotation").contains(norm(o.name()));
    }
  }

  private void checkList(String what, Stream<String> produced, JsonNode gold, String field,
      String optionalField) {
    Set<String> got = normSet(produced);
    Set<String> wanted = normSet(strings(gold, field));
    Set<String> optional = normSet(strings(gold, optionalField));
    softly.assertThat(got).as(what).containsAll(wanted);
    Set<String> extra = new HashSet<>(got);
    extra.removeAll(wanted);
    extra.removeAll(optional);
    softly.assertThat(extra).as(what + " not in the annotation").isEmpty();
  }

  private static String roleKey(Role role) {
    return norm(role.title()) + " @ " + norm(role.organisation().map(Organisation::name).orElse(null));
  }

  private static Stream<String> strings(JsonNode gold, String field) {
    if (!gold.has(field)) {
      return Stream.empty();
    }
    return gold.get(field).valueStream().map(JsonNode::asString);
  }

  private static String textOrNull(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }

  private static Set<String> normSet(Stream<String> values) {
    Set<String> out = new HashSet<>();
    values.forEach(v -> out.add(norm(v)));
    return out;
  }

  /** The scorer's comparison form: NFKC, folded spaces and case, no outer quotes, trailing punctuation or "The". */
  static String norm(String s) {
    if (s == null) {
      return null;
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).replace("…", "...").replaceAll("\\s+", " ").strip();
    t = strip(t, QUOTES + " ", true, true);
    t = strip(t, ".,;:!?" + QUOTES + " ", false, true);
    t = strip(t, QUOTES + " ", true, true);
    t = t.replaceFirst("(?i)^the\\s+", "").replace('’', '\'').replace('‘', '\'');
    return t.toLowerCase(Locale.ROOT);
  }

  private static String normQuote(String s) {
    String t = norm(s);
    t = t.replace("...", " ... ").replaceAll("[–—-]", " - ");
    return t.replaceAll("\\s+", " ").strip();
  }

  private static String strip(String s, String chars, boolean front, boolean back) {
    int b = 0;
    int e = s.length();
    while (front && b < e && chars.indexOf(s.charAt(b)) >= 0) {
      b++;
    }
    while (back && e > b && chars.indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    return s.substring(b, e);
  }
}
