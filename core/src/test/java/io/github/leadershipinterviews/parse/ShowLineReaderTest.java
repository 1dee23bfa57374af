package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShowLineReaderTest {
  private final HeaderLexicon lexicon = HeaderLexicon.defaults();
  private final ShowLineReader reader = new ShowLineReader(lexicon, new TitleReader(lexicon));

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Slow Fire - A podcast by Orla Fennimore; Slow Fire; Orla Fennimore",
      "Slow Fire - Podcast by Dr. Orla Fennimore; Slow Fire; Orla Fennimore",
      "Aamun valo - Podcast tekijän mukaan Ilkka Saarinen ja Tuuli Vesa - Keskiviikkoisin; Aamun valo; Ilkka Saarinen|Tuuli Vesa",
      "Lederens time - En podcast af Mette Holm og Rasmus Krogh - Onsdage; Lederens time; Mette Holm|Rasmus Krogh",
      "Chefsrummet - En podcast av Elin Sandelin och Per Lind; Chefsrummet; Elin Sandelin|Per Lind",
      "Ledelse i praksis - En podkast av Kari Nygaard; Ledelse i praksis; Kari Nygaard",
      "Führung heute - Ein Podcast von Jana Keller und Timo Brandt - Mittwochs; Führung heute; Jana Keller|Timo Brandt",
      "Diriger autrement - Un podcast de Claire Morel et Hugo Benoit; Diriger autrement; Claire Morel|Hugo Benoit",
      "Liderar hoy - Podcast de Lucía Ferrer y Mateo Lazcano; Liderar hoy; Lucía Ferrer|Mateo Lazcano",
      "Guidare bene - Podcast di Giulia Conti e Marco Sala; Guidare bene; Giulia Conti|Marco Sala",
      "Goed leiden - Een podcast van Sanne de Vries en Bram Jansen; Goed leiden; Sanne de Vries|Bram Jansen",
      "Open Floor - A podcast by Dara Whelan | Leadership coach and author - Every Monday; Open Floor; Dara Whelan",
      "First Rung - A podcast by Nell Ashdown and Kofi Boateng, coaches for new managers - Tuesdays; First Rung; Nell Ashdown|Kofi Boateng",
      "Docks, Cranes & Crews — talks about ports, tides and trade, hosted by Ines Halloran; Docks, Cranes & Crews; Ines Halloran",
      "Hafenrunde – Gespräche über Kai, Kran & Zoll - Podcast von Tilda Reimann - Freitags; Hafenrunde; Tilda Reimann",
      "Hafenrunde – für alle am Kai - Podcast von Tilda Reimann; Hafenrunde; Tilda Reimann",
      "Quay Talk – The Harbour Masters - A podcast by Ines Halloran; Quay Talk – The Harbour Masters; Ines Halloran",
  })
  void readsShowAndHostsInEveryLanguage(String line, String show, String hosts) {
    ShowLineReader.ShowLine s = reader.read(line);
    assertThat(s.show()).isEqualTo(show);
    assertThat(s.hosts()).extracting(PersonName::name).containsExactlyElementsOf(List.of(hosts.split("\\|")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Slow Mornings - A podcast by Brightwell Media",
      "Slow Mornings - A podcast by Jo",
  })
  void readsNoHostWhereTheFieldNamesNoPerson(String line) {
    assertThat(reader.read(line).show()).isEqualTo("Slow Mornings");
    assertThat(reader.read(line).hosts()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"A podcast by the sea is calm", "Leading well - why it matters"})
  void ignoresLinesWithoutDashAndByPhrase(String line) {
    assertThat(reader.read(line)).isNull();
  }
}
