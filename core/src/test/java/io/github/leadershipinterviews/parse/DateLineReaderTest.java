package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateLineReaderTest {
  private final DateLineReader reader = new DateLineReader(HeaderLexicon.defaults());

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Feb 4, 2021 • 26min; 2021-02-04; PT26M",
      "Jul 18 2023; 2023-07-18; ",
      "2025/09/24; 2025-09-24; ",
      "10/27/2025; 2025-10-27; ",
      "27/10/2025; 2025-10-27; ",
      "Tue Feb 03 2026; 2026-02-03; ",
      "Feb 27 2025 31 mins; 2025-02-27; PT31M",
      "Mon, February 24, 2025; 2025-02-24; ",
      "18 Sept 2024; 2024-09-18; ",
      "4. helmikuuta 2021; 2021-02-04; ",
      "4 de febrero de 2021 | 1 h 5 min; 2021-02-04; PT1H5M",
      "12.03.2024; 2024-03-12; ",
      "3/3/2024; 2024-03-03; ",
      "Sun, 7 Jan 2024 · 00:42:27; 2024-01-07; PT42M27S",
  })
  void readsDatesAndDurations(String line, LocalDate date, Duration duration) {
    DateLineReader.DateLine d = reader.read(line);
    assertThat(d.date().date()).contains(date);
    assertThat(d.duration()).isEqualTo(duration);
    assertThat(d.rest(line)).isEmpty();
  }

  @Test
  void leavesDayMonthOrderOpenWhenBothReadingsAreValid() {
    DateLineReader.DateLine d = reader.read("11/2/2026 | 46 mins.");
    assertThat(d.date().isAmbiguous()).isTrue();
    assertThat(d.date().text()).isEqualTo("11/2/2026");
    assertThat(d.date().readings()).containsExactly(LocalDate.of(2026, 2, 11), LocalDate.of(2026, 11, 2));
    assertThat(d.duration()).isEqualTo(Duration.ofMinutes(46));
  }

  @Test
  void readsDurationOnlyLines() {
    assertThat(reader.read("42 min").duration()).isEqualTo(Duration.ofMinutes(42));
    assertThat(reader.read("00:42:27").duration()).isEqualTo(Duration.ofSeconds(42 * 60 + 27));
    assertThat(reader.read("Mar 2, 2022 • 3sec").duration()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void readsSeasonEpisodeCodeBeforeTheDate() {
    String line = "S3 E41 · Wed, January 8, 2025";
    DateLineReader.DateLine d = reader.read(line);
    assertThat(d.code()).isEqualTo("S3 E41");
    assertThat(d.date().date()).contains(LocalDate.of(2025, 1, 8));
  }

  @Test
  void leavesTitleGluedBetweenDateAndClock() {
    String line = "9 Oct 2023\"Slow is smooth\" - Petra Lindqvist00:51:03";
    DateLineReader.DateLine d = reader.read(line);
    assertThat(d.date().date()).contains(LocalDate.of(2023, 10, 9));
    assertThat(d.duration()).isEqualTo(Duration.ofSeconds(51 * 60 + 3));
    assertThat(d.rest(line)).isEqualTo("\"Slow is smooth\" - Petra Lindqvist");
  }

  @Test
  void leavesHostAndSeasonAfterTheDate() {
    String line = "April 2, 2024 Wendell Ashby Season 4 Episode 12";
    assertThat(reader.read(line).rest(line)).isEqualTo("Wendell Ashby Season 4 Episode 12");
  }

  @Test
  void findsNothingInATitleOrInvalidDate() {
    assertThat(reader.read("Leading with care").found()).isFalse();
    assertThat(reader.read("Feb 30, 2021").found()).isFalse();
    assertThat(reader.read("Trust first: 12 lessons").found()).isFalse();
  }

  @Test
  void leavesEpisodeSegmentsAfterTheDateForTheCaller() {
    String line = "Feb 4, 2021 · Episode 12 · 26 min";
    DateLineReader.DateLine d = reader.read(line);
    assertThat(d.date().date()).contains(LocalDate.of(2021, 2, 4));
    assertThat(d.rest(line)).isEqualTo("Episode 12 · 26 min");
  }
}
