package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.model.Diagnostic;
import io.github.leadershipinterviews.model.Span;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One fixture per header layout in input-formats.md; all people, shows and organisations are fictional. */
class HeaderReaderTest {

  private static String lines(String... lines) {
    return String.join("\n", lines);
  }

  private static String body(String input, Header h) {
    return input.substring(h.bodyStart(), h.bodyEnd());
  }

  private static List<String> names(List<PersonName> people) {
    return people.stream().map(PersonName::name).toList();
  }

  private static List<String> codes(Header h) {
    return h.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void directoryPageInFinnishWithEmptyCategoryLabel() {
    String input = lines(
        "Dame Hester Quayle, keeping the lights on",
        "Valon vartijat - Podcast tekijän mukaan Aarne Lehtola",
        "",
        "Kategoriat:",
        "Dame Hester Quayle is Chief Executive of Beacons Trust. She began as a porter.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("keeping the lights on");
    assertThat(names(h.titleGuests())).containsExactly("Hester Quayle");
    assertThat(h.titleGuests().get(0).honorific()).contains("Dame");
    assertThat(h.showName()).contains("Valon vartijat");
    assertThat(names(h.hosts())).containsExactly("Aarne Lehtola");
    assertThat(h.categories()).isEmpty();
    assertThat(body(input, h)).isEqualTo("Dame Hester Quayle is Chief Executive of Beacons Trust. She began as a porter.");
  }

  @Test
  void directoryPageInDanishWithCodeTwoHostsAndSchedule() {
    String input = lines(
        "KLT31: When the Founder Steps Back with Dr. Inga Thorsen",
        "Kaptajnens bord - En podcast af Mads Erlund and Hedda Amadi - Onsdage",
        "",
        "Kategorier:",
        "",
        "Inga Thorsen, PhD, is chair of Nordvik Ferries.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("KLT31: When the Founder Steps Back with Dr. Inga Thorsen");
    assertThat(h.episodeCode()).contains("KLT31");
    assertThat(names(h.titleGuests())).containsExactly("Inga Thorsen");
    assertThat(h.showName()).contains("Kaptajnens bord");
    assertThat(names(h.hosts())).containsExactly("Mads Erlund", "Hedda Amadi");
    assertThat(body(input, h)).isEqualTo("Inga Thorsen, PhD, is chair of Nordvik Ferries.");
  }

  @Test
  void directoryPageInFrenchWithFilledCategoryLabel() {
    String input = lines(
        "Élodie Marchetti : diriger sans crier",
        "Cap au large - Un podcast de Noé Garnier - Mercredi",
        "Catégories : Business, Management",
        "Élodie Marchetti dirige la Coopérative des Quais depuis 2019.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("diriger sans crier");
    assertThat(names(h.titleGuests())).containsExactly("Élodie Marchetti");
    assertThat(h.showName()).contains("Cap au large");
    assertThat(names(h.hosts())).containsExactly("Noé Garnier");
    assertThat(h.categories()).containsExactly("Business", "Management");
  }

  @Test
  void dateAndDurationAboveTitle() {
    String input = lines(
        "Aug 19, 2022 • 31min",
        "Corin Haldane, rebuilding a kitchen brigade",
        "Corin Haldane runs the kitchens at Reedbank Hall, a hotel in Kent. He joined in 2020.");
    Header h = HeaderReader.read(input);
    assertThat(h.published().flatMap(p -> p.date())).contains(LocalDate.of(2022, 8, 19));
    assertThat(h.duration()).contains(Duration.ofMinutes(31));
    assertThat(h.title()).contains("rebuilding a kitchen brigade");
    assertThat(body(input, h)).startsWith("Corin Haldane runs");
  }

  @Test
  void alternativeLayoutWithBlankLinesAndUndefined() {
    String input = lines(
        "Jan 5, 2023 • 4sec",
        "",
        "Dr Femi Aluko, turning round a failing ward",
        "",
        "undefined",
        "Dr Femi Aluko is Chief Executive of Wendlebury Care.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("turning round a failing ward");
    assertThat(h.duration()).contains(Duration.ofSeconds(4));
    assertThat(body(input, h)).isEqualTo("Dr Femi Aluko is Chief Executive of Wendlebury Care.");
    assertThat(codes(h)).containsExactly("header-chrome-skipped");
    assertThat(h.diagnostics().get(0).inputSpan()).contains(Span.of(input.indexOf("undefined"), input.indexOf("undefined") + 9));
  }

  @Test
  void bulletedIndentedListWithChromeInTheSitesLanguage() {
    String input = lines(
        "すべてのエピソード",
        "  • Wren Tallis II, what the floods taught us",
        "    Sep 3 2024",
        "    Narrado por:",
        "    No se pudo agregar al carrito",
        "    In this episode of The Levee, Marta Quispe welcomes back Wren Tallis for a second talk.",
        "    Wren describes the night the river rose.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("what the floods taught us");
    assertThat(h.titleGuests().get(0).appearance()).hasValue(2);
    assertThat(h.published().flatMap(p -> p.date())).contains(LocalDate.of(2024, 9, 3));
    assertThat(h.showName()).contains("The Levee");
    assertThat(names(h.hosts())).containsExactly("Marta Quispe");
    assertThat(body(input, h)).startsWith("In this episode of The Levee").endsWith("the river rose.");
  }

  @Test
  void durationLineTitleGluedToShowAndBulletCategory() {
    String input = lines(
        "37 min",
        "Cool Heads in the Control Room with Dr. Oren HalevyThe Tower Shift Podcast",
        "    • Business",
        "Dr. Oren Halevy is an air traffic controller turned coach.");
    Header h = HeaderReader.read(input);
    assertThat(h.duration()).contains(Duration.ofMinutes(37));
    assertThat(h.title()).contains("Cool Heads in the Control Room with Dr. Oren Halevy");
    assertThat(h.showName()).contains("The Tower Shift Podcast");
    assertThat(names(h.titleGuests())).containsExactly("Oren Halevy");
    assertThat(h.categories()).containsExactly("Business");
    assertThat(body(input, h)).startsWith("Dr. Oren Halevy is");
  }

  @Test
  void noHeaderKeepsAllText() {
    String input = lines(
        "In this episode of Shared Ground, Petra Oyelaran speaks with Sir Basil Renwick, Chair of Fenmoor Trust.",
        "",
        "Basil spent 30 years in the civil service.");
    Header h = HeaderReader.read(input);
    assertThat(h.bodyStart()).isZero();
    assertThat(h.bodyEnd()).isEqualTo(input.length());
    assertThat(h.title()).isEmpty();
    assertThat(h.showName()).contains("Shared Ground");
    assertThat(names(h.hosts())).containsExactly("Petra Oyelaran");
  }

  @Test
  void codeTitleDateHostSeasonLineChromeAndFooter() {
    String input = lines(
        "#64: The rota nobody could read",
        "May 7, 2024 Imran Qadir Season 2 Episode 64",
        "Send us a text",
        "Yusuf Brandt is Founder of Tallyho Foods. He joins Imran to talk about shift patterns.",
        "Key takeaways:",
        "Publish the rota early",
        "Support the show",
        "itunes stitcher spotify");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("#64: The rota nobody could read");
    assertThat(h.episodeCode()).contains("#64");
    assertThat(names(h.hosts())).containsExactly("Imran Qadir");
    assertThat(h.published().flatMap(p -> p.date())).contains(LocalDate.of(2024, 5, 7));
    assertThat(body(input, h)).startsWith("Yusuf Brandt").endsWith("Publish the rota early");
    assertThat(codes(h)).contains("header-chrome-skipped", "footer-trimmed");
  }

  @Test
  void ambiguousDateWithTwoGuestsAndBodyHost() {
    String input = lines(
        "Sharing a front door with Leona Marsh and Piotr Zielinski",
        "9/4/2025 | 52 mins.",
        "In this episode of Two Sides, host Dr Aled Prosser is joined by two leaders.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("Sharing a front door with Leona Marsh and Piotr Zielinski");
    assertThat(names(h.titleGuests())).containsExactly("Leona Marsh", "Piotr Zielinski");
    assertThat(h.published().get().isAmbiguous()).isTrue();
    assertThat(h.published().get().readings()).containsExactly(LocalDate.of(2025, 4, 9), LocalDate.of(2025, 9, 4));
    assertThat(h.duration()).contains(Duration.ofMinutes(52));
    assertThat(names(h.hosts())).containsExactly("Aled Prosser");
    assertThat(codes(h)).contains("ambiguous-date", "show-from-body", "hosts-from-body");
  }

  @Test
  void dateTitleAndClockGluedOnOneLine() {
    String input = lines(
        "2 Dec 2024\"Ask the person holding the mop\" - Niall Gethin00:29:40",
        "Détails de l'épisode",
        "Niall Gethin is Facilities Director at Brookhill College.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("Ask the person holding the mop");
    assertThat(names(h.titleGuests())).containsExactly("Niall Gethin");
    assertThat(h.duration()).contains(Duration.ofSeconds(29 * 60 + 40));
    assertThat(body(input, h)).isEqualTo("Niall Gethin is Facilities Director at Brookhill College.");
  }

  @Test
  void seasonEpisodeDateLineUnderTitle() {
    String input = lines(
        "Keeping a theatre open, with Marguerite Asante-Bonsu",
        "S1 E66 · Mon, February 24, 2025",
        "Marguerite Asante-Bonsu is Executive Director of the Beacon Playhouse.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("Keeping a theatre open, with Marguerite Asante-Bonsu");
    assertThat(h.episodeCode()).contains("S1 E66");
    assertThat(h.published().flatMap(p -> p.date())).contains(LocalDate.of(2025, 2, 24));
  }

  @Test
  void showEpisodePrefixNameRolePlaceAndHostedOnFooter() {
    String input = lines(
        "Quayside Voices ep.9: Cormac Mourne, Former Harbour Master, Ardglass",
        "Mar 13 2025 44 mins 2",
        "Cormac Mourne spent 28 years at sea.",
        "Hosted on Ferrycast. See ferrycast.example/privacy for more information.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("Quayside Voices ep.9: Cormac Mourne, Former Harbour Master, Ardglass");
    assertThat(h.showName()).contains("Quayside Voices");
    assertThat(h.episodeCode()).contains("ep.9");
    assertThat(names(h.titleGuests())).containsExactly("Cormac Mourne");
    assertThat(h.duration()).contains(Duration.ofMinutes(44));
    assertThat(body(input, h)).isEqualTo("Cormac Mourne spent 28 years at sea.");
  }

  @Test
  void transcriptOpeningGivesShowAndHost() {
    String input = lines(
        "Thu Jan 8 2026",
        "Counting what counts - Ivo Brennan",
        "Ivo Brennan is chief executive of Hollin Vale Care. Here he explains the accounts.",
        "Transcript",
        "[00:00] Ivo Marchetti:        Hello and welcome back to The Open Purse, a show about charities. I’m Ivo Marchetti, and today I talk to a namesake.",
        "[00:09] Ivo Brennan:     Thanks, Ivo.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("Counting what counts");
    assertThat(names(h.titleGuests())).containsExactly("Ivo Brennan");
    assertThat(h.showName()).contains("The Open Purse");
    assertThat(names(h.hosts())).containsExactly("Ivo Marchetti");
    assertThat(body(input, h)).startsWith("Ivo Brennan is chief executive");
  }

  @Test
  void nextEpisodeAndFirstNamesGiveNoHost() {
    String input = lines(
        "Episode 3: Small wins with Dr. Hana Sato",
        "Dr. Hana Sato is Medical Director at Brookvale Clinic. She joins Rob to talk about small wins.",
        "",
        "Next week: host Rob Calder sits down with Ana Lazcano.");
    Header h = HeaderReader.read(input);
    assertThat(h.hosts()).isEmpty();
    assertThat(h.showName()).isEmpty();
    assertThat(h.episodeCode()).contains("Episode 3");
  }

  @Test
  void singleProseLineIsNotATitle() {
    String input = "Mina Farrow is chief executive of Gullwing Housing. She started as a surveyor.";
    Header h = HeaderReader.read(input);
    assertThat(h.title()).isEmpty();
    assertThat(h.bodyStart()).isZero();
  }

  @Test
  void headerLikeLineAfterProseStaysInBodyWithDiagnostic() {
    String input = lines(
        "Farah Nadeem, leading a library service",
        "Farah Nadeem runs the libraries of Ashcombe.",
        "Jun 3, 2024 • 20min");
    Header h = HeaderReader.read(input);
    assertThat(body(input, h)).endsWith("Jun 3, 2024 • 20min");
    assertThat(h.published()).isEmpty();
    assertThat(codes(h)).containsExactly("header-line-in-body");
  }

  @Test
  void emptyAndWhitespaceInputGiveEmptyBody() {
    Header h = HeaderReader.read("  \n\t\n ");
    assertThat(h.title()).isEmpty();
    assertThat(h.bodyStart()).isLessThanOrEqualTo(h.bodyEnd());
    assertThat(HeaderReader.read("").bodyEnd()).isZero();
  }

  @Test
  void dateLineWithEpisodeAndDurationSegments() {
    String input = lines(
        "Feb 4, 2021 · Episode 12 · 26 min",
        "Hollis Brand, leading a night shelter",
        "Hollis Brand runs the Eastgate Night Shelter.");
    Header h = HeaderReader.read(input);
    assertThat(h.published().flatMap(p -> p.date())).contains(LocalDate.of(2021, 2, 4));
    assertThat(h.duration()).contains(Duration.ofMinutes(26));
    assertThat(h.episodeCode()).contains("Episode 12");
    assertThat(h.title()).contains("leading a night shelter");
  }

  @Test
  void relativeDateLineIsSkippedWithDiagnostic() {
    String input = lines(
        "3 days ago",
        "Pippa Lowry, the first hundred days",
        "Pippa Lowry became head of Cobbleford School in May.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("the first hundred days");
    assertThat(h.published()).isEmpty();
    assertThat(codes(h)).containsExactly("relative-date-skipped");
  }

  @Test
  void sentenceTitleIsATitleOnlyAboveAHeaderLine() {
    String input = lines(
        "Rest is part of the job.",
        "Slow Lane - A podcast by Ren Adair",
        "",
        "Categories:",
        "Ren Adair talks to Maud Ferris about rest.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("Rest is part of the job.");
    assertThat(h.showName()).contains("Slow Lane");
    assertThat(body(input, h)).isEqualTo("Ren Adair talks to Maud Ferris about rest.");
  }

  @Test
  void bodyPhraseNamingTheTitleGuestGivesNoHost() {
    String input = lines(
        "Mending the roof with Colm Dwyer",
        "In this episode of Roofline, Colm Dwyer explains why repairs come first.");
    Header h = HeaderReader.read(input);
    assertThat(h.showName()).contains("Roofline");
    assertThat(h.hosts()).isEmpty();
  }

  @Test
  void bareShowNameBetweenTitleAndSegmentedMetaLine() {
    String input = lines(
        "Leading Through Fog | Dr. Maren Ilse",
        "The Harbour Lab",
        "Episode \u2022 Mar 12, 2024 \u2022 45 min",
        "Dr. Maren Ilse is a harbour pilot. She talks about fog.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("Leading Through Fog");
    assertThat(names(h.titleGuests())).containsExactly("Maren Ilse");
    assertThat(h.showName()).contains("The Harbour Lab");
    assertThat(h.published().flatMap(p -> p.date())).contains(LocalDate.of(2024, 3, 12));
    assertThat(h.duration()).contains(Duration.ofMinutes(45));
    assertThat(body(input, h)).startsWith("Dr. Maren Ilse is");
  }

  @Test
  void labelledDateAndDurationLines() {
    String input = lines(
        "Ep. 45 - Tessa Morrin on running a mill",
        "Posted on March 3, 2024",
        "Duration: 45:12",
        "Tessa Morrin leads Brookside Mill.");
    Header h = HeaderReader.read(input);
    assertThat(h.episodeCode()).contains("Ep. 45");
    assertThat(names(h.titleGuests())).containsExactly("Tessa Morrin");
    assertThat(h.published().flatMap(p -> p.date())).contains(LocalDate.of(2024, 3, 3));
    assertThat(h.duration()).contains(Duration.ofSeconds(45 * 60 + 12));
  }

  @Test
  void hostAndGuestLabelLines() {
    String input = lines(
        "Running the night bus",
        "Host: Dr. Ines Barrow",
        "Guests: Tom Ashe and Lila Moreau, drivers at Nightline",
        "Tom Ashe and Lila Moreau have driven the N4 for ten years.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("Running the night bus");
    assertThat(names(h.hosts())).containsExactly("Ines Barrow");
    assertThat(names(h.titleGuests())).containsExactly("Tom Ashe", "Lila Moreau");
    assertThat(body(input, h)).startsWith("Tom Ashe and Lila Moreau have");
  }

  @Test
  void showLineWithoutPersonGivesDiagnosticAndNoHost() {
    String input = lines(
        "Rowan Achter",
        "Shopfloor - A podcast by Tallow Media",
        "Rowan Achter runs a bakery.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("Rowan Achter");
    assertThat(names(h.titleGuests())).containsExactly("Rowan Achter");
    assertThat(h.showName()).contains("Shopfloor");
    assertThat(h.hosts()).isEmpty();
    assertThat(codes(h)).containsExactly("host-not-a-person");
  }

  @Test
  void loneLineAndWrappedProseStayInTheBody() {
    Header lone = HeaderReader.read("Leading the night shift");
    assertThat(lone.title()).isEmpty();
    assertThat(lone.bodyStart()).isZero();
    String wrapped = lines(
        "Saoirse Kent leads the emergency department at Fallowmere General and",
        "has spent a decade rebuilding its rota.");
    Header h = HeaderReader.read(wrapped);
    assertThat(h.title()).isEmpty();
    assertThat(h.bodyStart()).isZero();
  }

  @Test
  void sectionLabelAndListeningLinksAreChrome() {
    String input = lines(
        "Orrin Vale, building a co-op bakery",
        "Listen on Spotify",
        "About this episode",
        "Orrin Vale founded Crumb Co-op in 2015.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("building a co-op bakery");
    assertThat(body(input, h)).isEqualTo("Orrin Vale founded Crumb Co-op in 2015.");
    assertThat(codes(h)).containsExactly("header-chrome-skipped", "header-chrome-skipped");
  }

  @Test
  void directoryPagesInGermanSpanishItalianDutchAndNorwegian() {
    String[][] pages = {
        {"Führung heute - Ein Podcast von Jana Keller und Timo Brandt - Mittwochs", "Kategorien:"},
        {"Liderar hoy - Un podcast de Lucía Ferrer y Mateo Lazcano", "Categorías:"},
        {"Guidare bene - Un podcast di Giulia Conti e Marco Sala", "Categorie:"},
        {"Goed leiden - Een podcast van Sanne de Vries en Bram Jansen", "Categorieën:"},
        {"Ledelse i praksis - En podkast av Kari Nygaard og Ola Berg - Onsdager", "Kategorier:"},
    };
    for (String[] page : pages) {
      String input = lines("Lotte Brenner, eine Fabrik übernehmen", page[0], "", page[1], "Lotte Brenner leitet Brenner Textil.");
      Header h = HeaderReader.read(input);
      assertThat(h.title()).as(page[0]).contains("eine Fabrik übernehmen");
      assertThat(h.showName()).as(page[0]).contains(page[0].substring(0, page[0].indexOf(" - ")));
      assertThat(h.hosts()).as(page[0]).hasSize(2);
      assertThat(body(input, h)).as(page[0]).isEqualTo("Lotte Brenner leitet Brenner Textil.");
    }
  }

  @Test
  void sameHostFromShowLineAndHostLabelOnce() {
    String input = lines(
        "Tilly Marsh, small shops",
        "High Street - A podcast by Arlo Penn",
        "Host: Arlo Penn",
        "Tilly Marsh runs three shops.");
    assertThat(names(HeaderReader.read(input).hosts())).containsExactly("Arlo Penn");
  }

  @Test
  void anEpisodeNumberLineAboveTheTitleIsTheCodeAndASeasonSegmentIsMetadata() {
    String input = lines(
        "エピソード 41",
        "Keeping the night shift human",
        "Ward Rounds",
        "2025年3月2日",
        "",
        "Sister Mairead Colley leads night nursing at Kilcarrow General Hospital.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("Keeping the night shift human");
    assertThat(h.episodeCode()).contains("エピソード 41");

    Header norwegian = HeaderReader.read(lines(
        "Episode 12: Tillit tar tid",
        "Fjordlederne",
        "3. mars 2025 · 41 min · Sesong 2",
        "",
        "Kari Vollan er rådmann i Solvik kommune."));
    assertThat(norwegian.showName()).contains("Fjordlederne");
  }

  @Test
  void aCodedTitleLosesTheGuestAfterTheDashAndTheQuoteMarks() {
    Header h = HeaderReader.read(lines(
        "Episodio 7: \"Say the hard thing early\" - Rosa Ibarra-Long",
        "Line Leaders | Un podcast de Tom Reyes",
        "",
        "Rosa Ibarra-Long runs the depot at Calloway Freight."));
    assertThat(h.title()).contains("Episodio 7: Say the hard thing early");
    assertThat(names(h.titleGuests())).containsExactly("Rosa Ibarra-Long");
  }

  @Test
  void siteChromeOfferingToPlayTheEpisodeIsSkipped() {
    Header h = HeaderReader.read(lines(
        "Jakso 9: Luottamus ensin",
        "1.2.2025 · 40 min",
        "Johtajan aamu",
        "Kuuntele jakso",
        "",
        "Tässä jaksossa Ville Aho keskustelee Iida Salmelan kanssa."));
    assertThat(h.showName()).contains("Johtajan aamu");
    assertThat(codes(h)).contains("header-chrome-skipped");
  }

  @Test
  void theShowNamedAmongTheMetadataBelowTheTitle() {
    Header h = HeaderReader.read(lines(
        "Four days is a policy, not a culture",
        "Desk Notes",
        "Episode · Desk Notes · Mar 3, 2025 · 38min",
        "",
        "Tara Nolan is head of people at Brindle & Co."));
    assertThat(h.title()).contains("Four days is a policy, not a culture");
    assertThat(h.showName()).contains("Desk Notes");
    assertThat(body(lines("Four days is a policy, not a culture", "Desk Notes",
        "Episode · Desk Notes · Mar 3, 2025 · 38min", "", "Tara Nolan is head of people at Brindle & Co."), h))
        .startsWith("Tara Nolan");

    Header glued = HeaderReader.read(lines("Feb 4, 2021 | Leading change on a budget", "",
        "Tara Nolan is head of people at Brindle & Co."));
    assertThat(glued.title()).contains("Leading change on a budget");
  }

  @Test
  void aBreadcrumbAndARowOfButtonsAreChromeAndAMonthWithoutItsDayIsMetadata() {
    String input = lines(
        "Inicio › Podcasts › Negocios › Town Hall Talk",
        "41: The year we closed the libraries",
        "2025/09/24 · Duración 38:12",
        "Guardar    Compartir    Descargar",
        "",
        "Nell Achebe is chief executive of Brackford Council.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("41: The year we closed the libraries");
    assertThat(h.showName()).contains("Town Hall Talk");
    assertThat(body(input, h)).startsWith("Nell Achebe");

    Header monthOnly = HeaderReader.read(lines("Opening the gates", "Town and Gown", "Oct 2025 · 52 min", "",
        "Nell Achebe is vice-chancellor of Eastbrook University."));
    assertThat(monthOnly.showName()).contains("Town and Gown");
  }

  @Test
  void aShowGluedToTheTitleWithoutShowWordsIsSplitOffButCamelCaseBrandsAreNot() {
    Header h = HeaderReader.read(lines(
        "#12 Feeding a Town with Dr. Ada Mensah-BrookeHarvest Hall Leadership",
        "    • Nonprofit",
        "",
        "Ada Mensah-Brooke runs the Eastmere Food Bank."));
    assertThat(h.title()).contains("#12 Feeding a Town with Dr. Ada Mensah-Brooke");
    assertThat(h.showName()).contains("Harvest Hall Leadership");

    Header brand = HeaderReader.read(lines("Hiring on LinkedIn Learning", "    • Business", "",
        "Ada Mensah-Brooke runs the Eastmere Food Bank."));
    assertThat(brand.title()).contains("Hiring on LinkedIn Learning");
  }

  @Test
  void aTitleAboveADateLineInLowerCaseIsStillTheTitle() {
    Header h = HeaderReader.read(lines(
        "Aflevering 7 | Bouwen aan vertrouwen met Joost Hendriks",
        "wo 12 mrt 2025 · 41 min.",
        "",
        "In deze aflevering praat Lieke de Boer met Joost Hendriks."));
    assertThat(h.title()).contains("Aflevering 7 | Bouwen aan vertrouwen met Joost Hendriks");
    assertThat(h.bodyStart()).isGreaterThan(60);
  }

  @Test
  void buttonsAtTheEndOfARowAreDroppedBeforeTheLineIsRead() {
    Header h = HeaderReader.read(lines(
        "Avsnitt 9 · Lyssna",
        "Night Shifts: Dr Ola Brandt on keeping wards open",
        "Ward Round Voices - En podcast av Ines Calder - Varje fredag",
        "",
        "Dr Ola Brandt is medical director of Fenwick Hospitals."));
    assertThat(h.title()).contains("Night Shifts: Dr Ola Brandt on keeping wards open");
    assertThat(h.showName()).contains("Ward Round Voices");
    assertThat(h.episodeCode()).contains("Avsnitt 9");
  }

  @Test
  void aFrenchSeasonEpisodeCodeWithAnAccentedLetterOpensTheDateLine() {
    String input = lines(
        "S2 É7 · jeu. 5 févr. 2026",
        "Odile Vernet : « Le quai ne dort jamais »",
        "38 min",
        "Odile Vernet dirige la capitainerie de Port-Ardent.");
    Header h = HeaderReader.read(input);
    assertThat(h.episodeCode()).contains("S2 É7");
    assertThat(h.published().flatMap(p -> p.date())).contains(LocalDate.of(2026, 2, 5));
    assertThat(h.title()).hasValueSatisfying(t -> assertThat(t).contains("Le quai ne dort jamais"));
    assertThat(body(input, h)).startsWith("Odile Vernet dirige");
  }

  @Test
  void aRomanceHonorificWithAFullStopInTheTitleIsNoSentenceBreak() {
    String input = lines(
        "EP 40 – Portos que escutam, com Dra. Marta Sousa Lima",
        "12 de mar. de 2025 • 31 min",
        "",
        "Marta Sousa Lima dirige o porto de Vila Alta.");
    Header h = HeaderReader.read(input);
    assertThat(h.title()).contains("EP 40 – Portos que escutam, com Dra. Marta Sousa Lima");
    assertThat(names(h.titleGuests())).containsExactly("Marta Sousa Lima");
    assertThat(body(input, h)).isEqualTo("Marta Sousa Lima dirige o porto de Vila Alta.");
  }

  @Test
  void aBulletedLineEndingInAShowWordIsTheShowNotACategory() {
    Header h = HeaderReader.read(lines(
        "  • Tides and Tempers: Ines Halloran on running a harbour",
        "  • The Harbour Board Podcast",
        "  • 2025/03/11 · 00:40:02",
        "",
        "Ines Halloran is harbour master at Port Keel."));
    assertThat(h.showName()).contains("The Harbour Board Podcast");
    assertThat(h.categories()).isEmpty();
  }

  @Test
  void aShowLineWithAWithWordBelowTheTitleNamesTheHostUnlessItIsTheGuest() {
    Header h = HeaderReader.read(lines(
        "#12 Tove Lund: Hamnen sover aldrig",
        "3 okt. 2024 · 41 min",
        "Hamnprat – med Ossian Brede",
        "",
        "Tove Lund är hamnkapten i Kalvö."));
    assertThat(h.showName()).contains("Hamnprat");
    assertThat(names(h.hosts())).containsExactly("Ossian Brede");
    Header guest = HeaderReader.read(lines(
        "#12 Tove Lund: Hamnen sover aldrig",
        "3 okt. 2024 · 41 min",
        "Hamnprat – med Tove Lund",
        "",
        "Tove Lund är hamnkapten i Kalvö."));
    assertThat(guest.hosts()).isEmpty();
  }

  @Test
  void theOneSpokenToOnTheShowTheHeaderNamesIsItsHost() {
    Header h = HeaderReader.read(lines(
        "Inicio › Podcasts › Negocios › Quay Talk",
        "88: Tides are not a budget line",
        "2025/09/24 · Duración 38:12",
        "",
        "Harbour master of Port Keel since 2019, Mira Falk talks to Ossian Brede on Quay Talk about tides."));
    assertThat(h.showName()).contains("Quay Talk");
    assertThat(names(h.hosts())).containsExactly("Ossian Brede");
  }

  @Test
  void aShowLineWithAMiddleDotNamesTheHostAfterALabelOrAlone() {
    Header labelled = HeaderReader.read(lines(
        "Kun satama hiljenee",
        "Laiturilla · juontajana Oona Rask",
        "4.5.2025 · 33 min",
        "",
        "Vieraana on satamajohtaja Eero Kallas."));
    assertThat(labelled.showName()).contains("Laiturilla");
    assertThat(names(labelled.hosts())).containsExactly("Oona Rask");
    Header alone = HeaderReader.read(lines(
        "Avsnitt 9 – Kajen sover aldrig",
        "2024-10-02 • 41 min",
        "Hamnprat · Ossian Brede",
        "",
        "Gäst är Tove Lund, hamnkapten i Kalvö."));
    assertThat(alone.showName()).contains("Hamnprat");
    assertThat(names(alone.hosts())).containsExactly("Ossian Brede");
  }

  @Test
  void aSwedishShowLineWithAPoddByPhraseAndAnEveryOtherWeekSchedule() {
    Header h = HeaderReader.read(lines(
        "Tove Lund: Kajen sover aldrig",
        "Hamnprat - En podd av Ossian Brede och Lisen Ek - Varannan fredag",
        "",
        "Kategorier:",
        "Tove Lund är hamnkapten i Kalvö."));
    assertThat(h.showName()).contains("Hamnprat");
    assertThat(names(h.hosts())).containsExactly("Ossian Brede", "Lisen Ek");
  }

  @Test
  void aDatedLineNamesItsHostsBetweenBarsOrBeforeTheSeasonAndEpisode() {
    String input = lines(
        "S2-E04 Ropes, rotas and rescue",
        "Lifeline Talks",
        "Mar 3, 2025 | Lt Col (Retd) Bryn Talwar | Season 2 Episode 4",
        "",
        "Wyn Adair is coxswain of Porthcarrow lifeboat.");
    Header h = HeaderReader.read(input);
    assertThat(h.showName()).contains("Lifeline Talks");
    assertThat(names(h.hosts())).containsExactly("Bryn Talwar");
    assertThat(body(input, h)).isEqualTo("Wyn Adair is coxswain of Porthcarrow lifeboat.");
    Header two = HeaderReader.read(lines(
        "#31 – Ropes, rotas and rescue",
        "March 3, 2025 Bryn Talwar & Cerys Mold Season 2 Episode 31",
        "Wyn Adair is coxswain of Porthcarrow lifeboat."));
    assertThat(names(two.hosts())).containsExactly("Bryn Talwar", "Cerys Mold");
  }

  @Test
  void aRunningTimeBeforeTheDateIsAMetadataLineWhenASeparatorParts() {
    String input = lines(
        "Episode 8: Ropes, rotas and rescue",
        "42 min · 3 Mar 2025",
        "Wyn Adair is coxswain of Porthcarrow lifeboat.");
    Header h = HeaderReader.read(input);
    assertThat(h.duration()).contains(Duration.ofMinutes(42));
    assertThat(h.published().flatMap(p -> p.date())).contains(LocalDate.of(2025, 3, 3));
    assertThat(body(input, h)).isEqualTo("Wyn Adair is coxswain of Porthcarrow lifeboat.");
  }

  @Test
  void aBreadcrumbAndAJapaneseEpisodeListLabelAboveTheTitle() {
    Header h = HeaderReader.read(lines(
        "ホーム › ポッドキャスト › Harbour Hours",
        "エピソード一覧",
        "  • HH12: Ropes, rotas and rescue",
        "    2025年3月3日 · 38分",
        "    Wyn Adair is coxswain of Porthcarrow lifeboat."));
    assertThat(h.title()).contains("HH12: Ropes, rotas and rescue");
    assertThat(h.showName()).contains("Harbour Hours");
  }

  @Test
  void aGenreLabelInCapitalsBelowTheTitleIsACategoryNotTheShow() {
    Header h = HeaderReader.read(lines(
        "Ep. 8 - Ropes, rotas and rescue",
        "GOVERNMENT",
        "Mar 3, 2025 · 38 min",
        "",
        "On this episode of Harbour Hours, host Mira Falk talks to Wyn Adair."));
    assertThat(h.categories()).containsExactly("GOVERNMENT");
    assertThat(h.showName()).contains("Harbour Hours");
  }

  @Test
  void aCategoryNamedOnTheLineBelowItsEmptyLabelStaysOutOfTheBody() {
    String input = lines(
        "Tove Lund: Kajen sover aldrig",
        "Hamnprat - En podd av Ossian Brede",
        "",
        "Kategorier:",
        "Sjöfart & Logistik",
        "",
        "Tove Lund är hamnkapten i Kalvö.");
    Header h = HeaderReader.read(input);
    assertThat(h.categories()).containsExactly("Sjöfart & Logistik");
    assertThat(body(input, h)).isEqualTo("Tove Lund är hamnkapten i Kalvö.");
  }

  @Test
  void aJapaneseRunningTimeInMinutesAfterTheDate() {
    String input = lines(
        "HH12: Ropes, rotas and rescue",
        "2025年3月3日 · 38分",
        "Wyn Adair is coxswain of Porthcarrow lifeboat.");
    Header h = HeaderReader.read(input);
    assertThat(h.duration()).contains(Duration.ofMinutes(38));
    assertThat(body(input, h)).isEqualTo("Wyn Adair is coxswain of Porthcarrow lifeboat.");
  }

  @Test
  void aRowOfTheSitesButtonsAfterTheSummaryIsLeftOut() {
    String input = lines(
        "Ropes, rotas and rescue",
        "Hamnprat - En podd av Ossian Brede",
        "",
        "Wyn Adair is coxswain of Porthcarrow lifeboat and talks about the night the harbour…",
        "",
        "Dela · Visa mer");
    Header h = HeaderReader.read(input);
    assertThat(body(input, h)).isEqualTo("Wyn Adair is coxswain of Porthcarrow lifeboat and talks about the night the"
        + " harbour…");
    assertThat(codes(h)).contains("footer-trimmed");
  }

  @Test
  void aClosingThanksInTheFooterNamesTheShowWhereNothingElseDoes() {
    Header h = HeaderReader.read(lines(
        "#31 – Ropes, rotas and rescue",
        "March 3, 2025 Bryn Talwar Season 2 Episode 31",
        "Wyn Adair is coxswain of Porthcarrow lifeboat.",
        "",
        "Support the show",
        "",
        "Thanks for listening to The Harbour Hours Podcast. Subscribe wherever you listen."));
    assertThat(h.showName()).contains("The Harbour Hours Podcast");
    assertThat(codes(h)).contains("show-from-thanks");
    Header lower = HeaderReader.read(lines(
        "#31 – Ropes, rotas and rescue",
        "March 3, 2025 Bryn Talwar Season 2 Episode 31",
        "Wyn Adair is coxswain of Porthcarrow lifeboat. Thanks for listening to the crew, he says."));
    assertThat(lower.showName()).isEmpty();
  }
}
