package io.github.leadershipinterviews.jackson;

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
import io.github.leadershipinterviews.model.WorkKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generates valid episodes from a seed: every optional present or absent, lists empty or not, and strings with
 * the characters JSON must escape (quotes, backslashes, control characters), non-ASCII letters and characters
 * outside the BMP. Strings are valid Unicode (no lone surrogates), as any text decoded from a file is.
 */
final class RandomEpisodes {

  private static final String[] PIECES = {
      "a", "Z", "q", " ", "  ", "\"", "\\", "/", "\n", "\t", "\r", "\u0000", "\u001f", "\u007f", "é", "Kämppi",
      "O’Leary", "“", "”", "‘", "…", "—", "ß", "ø", "日本", "\u00a0", "\u2028", "\ud83d\ude00", "\ud834\udd1e", "<b>",
      "&amp;", "{}", "[]", ":", ",", "0", "-1", "1e9", "null", "true"};
  private static final double[] SCORES = {0.0, 1.0, -0.0, 0.5, 0.1, 1.0 / 3, Math.nextDown(1.0), Double.MIN_VALUE};

  private final Random random;

  RandomEpisodes(long seed) {
    this.random = new Random(seed);
  }

  Episode episode() {
    Summary summary = summary();
    int length = summary.text().length();
    Episode.Builder b = Episode.builder().summary(summary);
    maybe(() -> b.title(text()));
    maybe(() -> b.episodeCode(text()));
    maybe(() -> b.show(show()));
    maybe(() -> b.published(published()));
    maybe(() -> b.duration(Duration.ofSeconds(random.nextInt(200_000), random.nextBoolean() ? 0 : random.nextInt(1_000_000_000))));
    b.categories(list(this::text));
    b.guests(list(this::person)).people(list(this::person));
    b.organisations(list(this::organisation)).works(list(this::work));
    if (length > 0) {
      b.quotations(list(() -> quotation(length)));
    }
    b.themes(themes(length));
    b.diagnostics(list(this::diagnostic));
    return b.build();
  }

  private Summary summary() {
    String text = random.nextInt(10) == 0 ? "" : string(random.nextInt(400));
    return Summary.builder().text(text).sentences(list(() -> span(text.length())))
        .truncated(random.nextBoolean()).inputOffset(random.nextInt(3) == 0 ? 0 : random.nextInt(5000)).build();
  }

  private Show show() {
    Show.Builder b = Show.builder().hosts(list(this::person));
    maybe(() -> b.name(text()));
    return b.build();
  }

  private PublishedDate published() {
    if (random.nextBoolean()) {
      return PublishedDate.of(text(), date());
    }
    List<LocalDate> readings = new ArrayList<>(List.of(date(), date()));
    maybe(() -> readings.add(date()));
    return PublishedDate.ambiguous(text(), readings);
  }

  private Person person() {
    Person.Builder b = Person.builder().name(text()).postNominals(list(this::text)).roles(list(this::role));
    maybe(() -> b.honorific(text()));
    maybe(() -> b.appearance(1 + random.nextInt(9)));
    return b.build();
  }

  private Role role() {
    Role.Builder b = Role.builder().title(text());
    maybe(() -> b.organisation(organisation()));
    maybe(() -> b.current(random.nextBoolean()));
    return b.build();
  }

  private Organisation organisation() {
    Organisation.Builder b = Organisation.builder().name(text());
    maybe(() -> b.acronym(text()));
    return b.build();
  }

  private Work work() {
    Work.Builder b = Work.builder().title(text());
    maybe(() -> b.kind(WorkKind.values()[random.nextInt(WorkKind.values().length)]));
    maybe(() -> b.year(random.nextBoolean() ? 1900 + random.nextInt(200) : random.nextInt()));
    return b.build();
  }

  /** A quotation whose span has the same length as its text, as the model requires. */
  private Quotation quotation(int textLength) {
    int start = random.nextInt(textLength);
    int end = start + 1 + random.nextInt(textLength - start);
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < end - start; i++) {
      words.append(i == 0 ? 'Q' : "ab ’\"\\é".charAt(random.nextInt(7)));
    }
    Quotation.Builder b = Quotation.builder().text(words.toString()).span(Span.of(start, end));
    maybe(() -> b.speaker(text()));
    return b.build();
  }

  private List<ThemeMatch> themes(int textLength) {
    List<ThemeMatch> themes = new ArrayList<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      double score = random.nextBoolean() ? random.nextDouble() : SCORES[random.nextInt(SCORES.length)];
      themes.add(ThemeMatch.builder().id("theme-" + i + text()).label(text()).score(score)
          .evidence(list(() -> span(textLength))).build());
    }
    return themes;
  }

  private Diagnostic diagnostic() {
    Diagnostic.Builder b = Diagnostic.builder().code(text()).message(text());
    maybe(() -> b.inputSpan(span(10_000)));
    return b.build();
  }

  private Span span(int textLength) {
    int start = random.nextInt(textLength + 1);
    return Span.of(start, start + random.nextInt(textLength - start + 1));
  }

  private LocalDate date() {
    return LocalDate.ofEpochDay(random.nextInt(80_000) - 25_000);
  }

  /** A string that is not blank, as every required string of the model must be. */
  private String text() {
    String s = string(1 + random.nextInt(6));
    return s.isBlank() ? s + "x" : s;
  }

  private String string(int pieces) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      s.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return s.toString();
  }

  private <T> List<T> list(Supplier<T> element) {
    int size = random.nextInt(4) == 0 ? 0 : random.nextInt(4);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      values.add(element.get());
    }
    return values;
  }

  private void maybe(Runnable action) {
    if (random.nextBoolean()) {
      action.run();
    }
  }
}
