package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.model.ThemeMatch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeTaggerTest {

  private static final ThemeTagger DEFAULT = new ThemeTagger(ThemeTaxonomy.defaults());

  /** Tags {@code text} as one body whose sentences are the given pieces, joined by single spaces. */
  private static List<ThemeMatch> tag(ThemeTagger tagger, String... sentences) {
    return tagger.tag(String.join(" ", sentences), spans(sentences));
  }

  private static List<ThemeMatch> tag(String... sentences) {
    return tag(DEFAULT, sentences);
  }

  private static List<Span> spans(String... sentences) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    for (String s : sentences) {
      spans.add(Span.of(start, start + s.length()));
      start += s.length() + 1;
    }
    return spans;
  }

  private static List<String> ids(List<ThemeMatch> matches) {
    return matches.stream().map(ThemeMatch::id).toList();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      compassion              | She believes compassion is the first duty of any manager.
      compassion              | Hänen mielestään myötätunto on johtajan tärkein taito.
      compassion              | Hon menar att medkänsla är chefens viktigaste verktyg.
      values-purpose          | The staff rewrote the shared values of the cooperative.
      values-purpose          | Yrityksen arvot ohjaavat jokaista päätöstä.
      values-purpose          | Hon talar om varför tydliga värderingar gör arbetet lättare.
      culture-belonging       | He wants every engineer to feel a sense of belonging in the firm.
      culture-belonging       | Hän kertoo, miten työpaikan kulttuuri parani kolmessa vuodessa.
      culture-belonging       | Hon beskriver hur företagskulturen blev öppnare efter flytten.
      wellbeing               | Half of the nurses said they felt burnt out by the spring.
      wellbeing               | Työuupumus on yleistä nuorten opettajien keskuudessa.
      wellbeing               | Många handläggare har drabbats av utbrändhet.
      inclusion               | The bakery chain set targets for diversity in its management.
      inclusion               | Yhdenvertaisuus on kirjattu yhtiön strategiaan.
      inclusion               | Rektorn arbetar för jämställdhet bland lärarna.
      teamwork                | The two clinics learned that collaboration beats competition.
      teamwork                | Kuntien yhteistyö alkoi pienestä hankkeesta.
      teamwork                | Samarbetet mellan skolorna har vuxit varje år.
      empowerment             | She wanted to empower the drivers to plan their own routes.
      empowerment             | Itseohjautuvat tiimit päättävät itse työvuoroistaan.
      empowerment             | Han tror på att delegera beslut till dem som gör jobbet.
      innovation              | The library became a place where innovation was expected.
      innovation              | Kaupunki palkitsi vuoden parhaan innovaation.
      innovation              | Bolaget satsar på nytänkande inom vården.
      governance              | The board strengthened its governance after a difficult year.
      governance              | Hän puhuu tilivelvollisuudesta julkisessa johtamisessa.
      governance              | Kommunen skärpte sin tillsyn av hemtjänsten.
      difficult-conversations | He explains how to give feedback that people can use.
      difficult-conversations | Esihenkilöt välttelevät vaikeita keskusteluja.
      difficult-conversations | Chefen tog ett svårt samtal med sin medarbetare.
      growth                  | Every new supervisor is paired with a mentor for a year.
      growth                  | Yritys panostaa esihenkilöiden valmennukseen.
      growth                  | Kommunen startade ett ledarprogram för nya chefer.
      pressure                | The hospice faced rising demand and a shrinking budget.
      pressure                | Henkilöstöpula näkyy jokaisessa vuorossa.
      pressure                | Under krisen fick alla hjälpa till.
      community               | The council asked tenants to design the new repairs service.
      community               | Potilaat otettiin mukaan palvelun suunnitteluun.
      community               | Invånarna fick rösta om hur parken skulle användas.
      self-awareness          | She speaks openly about vulnerability and what it taught her.
      self-awareness          | Itsetuntemus on hänen mielestään johtajan perusta.
      self-awareness          | Han talar om självinsikt och om sina egna misstag.
      change                  | The merger of the two colleges took three years.
      change                  | Muutosjohtaminen vaatii kärsivällisyyttä.
      change                  | Förändringen av organisationen mötte motstånd.
      """)
  void findsEachThemeFromOneSentenceInEnglishFinnishAndSwedish(String theme, String sentence) {
    List<ThemeMatch> matches = tag(sentence);
    assertThat(ids(matches)).contains(theme);
    ThemeMatch m = matches.stream().filter(x -> x.id().equals(theme)).findFirst().orElseThrow();
    assertThat(m.evidence()).containsExactly(Span.of(0, sentence.length()));
    assertThat(m.label()).isEqualTo(ThemeTaxonomy.defaults().theme(theme).orElseThrow().label());
  }

  /** Everyday phrasings of a theme that name no cue word ("empower", "autonomy"...) but discuss it all the same. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      empowerment             | He hired a sales director and then stayed out of her way for a year.
      empowerment             | The nurses say what changed most was being trusted.
      empowerment             | Lena and Tom talk about trust, and about the long winter of 2023.
      empowerment             | She credits the board for the space it gives her team to try new things.
      empowerment             | Improvement only sticks when the porters own the problem.
      empowerment             | Jakso käsittelee luottamuksesta syntyvää johtamista.
      empowerment             | Rehtori kertoo, miten opettajille annetaan tilaa kokeilla.
      empowerment             | Hon berättar hur hon gav teamen makt över sina egna scheman.
      empowerment             | De taler om tillid og om at give medarbejderne mere magt.
      innovation              | The bakery learned to fail fast with its new recipes.
      values-purpose          | Nobody on the ward could remember the mission statement.
      community               | Start with the people you serve, she tells new managers.
      pressure                | Sairaala selvisi koronapandemiasta uusilla vuoroilla.
      pressure                | Skolan stängde under coronapandemin i fyra veckor.
      growth                  | Kommunen har et lederprogram for nye rektorer.
      values-purpose          | Her answer is that her leadership is for the pupils nobody else backs.
      wellbeing               | His deputy told him to start looking after himself.
      inclusion               | The depot hired its first women drivers in 2019.
      difficult-conversations | The test is whether a junior porter feels able to challenge a surgeon.
      empowerment             | Hän antaa opettajille tilaa päättää tunneistaan itse.
      empowerment             | Skolen vil give lærerne magten over deres skema.
      pressure                | Apteket blev ramt af manglen på farmaceuter.
      pressure                | Vårdcentralen hade överbeläggningar hela hösten.
      pressure                | The library's grant has been flat in real terms since 2019.
      pressure                | By Friday the depot was short staffed again.
      change                  | Kaupunki hyväksyi sopeutusohjelman keväällä.
      teamwork                | The two deputies now run the college as a job share.
      teamwork                | The co-headteachers split the week between them.
      wellbeing               | Referrals to occupational health fell after the new rota.
      inclusion               | The college doubled its spending on widening participation.
      inclusion               | The bursary is for first-generation students.
      change                  | The museum made forty curators redundant in one spring.
      change                  | Redundancies hit the printing works in 2024.
      """)
  void findsEverydayPhrasingsOfATheme(String theme, String sentence) {
    assertThat(ids(tag(sentence))).contains(theme);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      He wanted to get the paperwork out of the way before lunch.
      She moved to the trust in 2019 and still trusts her old deputy.
      The service is the busiest in the county.
      He trained as a mental health nurse in Leeds.
      """)
  void nearMissesOfThosePhrasingsAreNotEvidence(String sentence) {
    assertThat(ids(tag(sentence))).doesNotContain("empowerment", "pressure", "wellbeing");
  }

  /** Phrasings that name a theme in one sentence: symptoms, voice, shortages and accountability in six languages. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      wellbeing               | After the warehouse fire two of the loaders were treated for PTSD.
      wellbeing               | She had panic attacks through her first winter in the post.
      wellbeing               | He talks about the emotional toll of closing the night shelter.
      difficult-conversations | The dispute with the bus drivers ran for most of the summer.
      difficult-conversations | Lautakunnassa käytiin kovia keskusteluja koulujen tulevaisuudesta.
      governance              | Rehtori on tilivelvollinen sivistyslautakunnalle.
      empowerment             | The bottling plant adopted a stop the line rule for any safety worry.
      empowerment             | On her wards anyone can challenge a consultant's plan.
      empowerment             | The ferry crews now design their own shift patterns.
      empowerment             | Hun gav afdelingerne frihed til at prioritere pengene.
      empowerment             | Rektorene får velge selv hvordan timene brukes.
      empowerment             | Tiimillä on nyt päätösvaltaa omista hankinnoistaan.
      culture-belonging       | Few technicians felt it was safe to raise a concern with the director.
      culture-belonging       | Too many juniors stayed silent when a dose looked wrong.
      inclusion               | The audit found pay gaps between the two library grades.
      inclusion               | She started a network for women engineering managers.
      pressure                | Forty social work posts in the county are still unfilled.
      pressure                | Kommunen kæmper med lærermanglen i udskolingen.
      pressure                | Sykehjemmet merker sykepleiermangelen hver vinter.
      """)
  void findsSymptomsVoiceShortagesAndAccountabilityInOneSentence(String theme, String sentence) {
    assertThat(ids(tag(sentence))).contains(theme);
  }

  /** Weak cues of those families: each needs a second sentence with another weak cue of the same theme. */
  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      wellbeing      | He is honest about the toll of the role. | Now he tries to switch off at weekends.
      wellbeing      | Kuormitus kasvoi koko syksyn. | Nyt hän pitää lomansa kokonaan.
      self-awareness | She is frank about her first year. | Leaders are not invincible, she says.
      teamwork       | The play park was co-designed with parents. | The manager works alongside the gardeners monthly.
      teamwork       | Det var laget som bar oss gjennom vinteren. | Kommunene har nå felles innkjøp.
      inclusion      | They talk about fairness in promotion. | Many porters have caring responsibilities.
      community      | Vi träffade familjerna varje vecka. | Stadsdelen har fått ett nytt torg.
      community      | The credit union is member owned. | Its farm borrowers had a hard year.
      empowerment    | Luottamus kasvoi nopeasti. | Työnjohtajat tekevät hankinnat ilman johtajan hyväksyntää.
      empowerment    | Jeg stoler på mine skoleledere. | Skolerne fik mere frihed.
      pressure       | She asks how to keep nurses from leaving. | Caseloads rose all year.
      wellbeing      | The crews set up a peer support group. | Several were off with stress.
      wellbeing      | Hän kysyy, miten opettajat jaksavat. | Rehtori itse jaksaa hyvin.
      wellbeing      | Hon frågar hur personalen mår. | Ingen orkar ett fjärde vintervarv.
      pressure       | The ferry was short of crew all summer. | Caseloads rose all year.
      wellbeing      | The call handlers worked double shifts in August. | Several were off with stress.
      inclusion      | The academy serves the most deprived wards. | Half its pupils are disadvantaged.
      difficult-conversations | She is blunt about the bullying on the night shift. | Two supervisors were dismissed.
      inclusion      | Stop and search figures are now published monthly. | The force stopped and searched fewer teenagers.
      """)
  void weakCuesOfTheNewFamiliesNeedASecondSentence(String theme, String first, String second) {
    assertThat(ids(tag(first))).doesNotContain(theme);
    assertThat(ids(tag(first, second))).contains(theme);
  }

  /** Senses that are not the theme: flood defences, job fears, inquiries, budget roles, care services, a career's span. */
  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      wellbeing      | The agency spends most on flood resilience. | Climate resilience is its second priority.
      self-awareness | Staff feared for their jobs. | The drivers feared for their pensions.
      community      | The public inquiry reported in June. | A second public inquiry followed.
      pressure       | Budget holders meet every month. | Every budget holder has a finance partner.
      compassion     | Hun er helse- og omsorgssjef i kommunen. | Omsorgstjenestene har fått nye lokaler.
      wellbeing      | The trust runs mental health services for children. | Its mental health services cover three counties.
      growth         | It was the longest strike of his career. | The crews set up a peer support group.
      wellbeing      | She chairs the finance and resilience committee. | The bank built its financial resilience first.
      pressure       | The bakery was nothing short of a triumph. | Its owners fell short of their sales goal.
      innovation     | The school was rated requires improvement. | Two wards still require improvement.
      """)
  void otherSensesOfTheNewFamiliesAreNotEvidence(String theme, String first, String second) {
    assertThat(ids(tag(first, second))).doesNotContain(theme);
  }

  /**
   * Nordic, German, French and Dutch phrasings that name a theme in one sentence: women's share and place, quality
   * of working life and handling stress, deciding together or oneself, speaking up, lost jobs, a tight labour
   * market, owning the problem.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      inclusion               | Bryggeriet vill locka fler kvinnor till produktionen.
      inclusion               | Andelen kvinner blant sveiserne er fortsatt lav.
      inclusion               | Der Frauenanteil ist auch nach der Reform niedrig.
      inclusion               | Sie spricht über Frauen in technischen Führungspositionen und über ihre Laufbahn.
      inclusion               | Elle parle de la place des femmes dans l'industrie navale.
      inclusion               | Kirjaston naisjohtajat perustivat oman verkoston.
      wellbeing               | Le syndicat veut améliorer la qualité de vie au travail des aides-soignantes.
      wellbeing               | Rektorn berättar hur hon hanterar stressen under terminsstarten.
      wellbeing               | Voor de monteurs draait het om werkplezier.
      empowerment             | In der Werkstatt dürfen die Lehrlinge auch mitentscheiden, wie sie arbeiten.
      empowerment             | De wijkteams mogen nu zelf beslissen hoe ze plannen.
      empowerment             | Eleverna får vara med och bestämma om schemat.
      difficult-conversations | Många undersköterskor vågar inte säga ifrån till läkarna.
      difficult-conversations | Verneombudet sier ifra når noe er galt på verkstedet.
      pressure                | Kaupan myyjät pelkäävät menettävänsä työnsä.
      pressure                | Over hundre fiskere mistet jobben da fabrikken stengte.
      pressure                | Het bedrijf kampt met een krappe arbeidsmarkt voor monteurs.
      pressure                | Sjukhuset har hög personalomsättning bland undersköterskor.
      pressure                | De corporatie kampt met achterstallig onderhoud in oude flats.
      self-awareness          | »Jag var problemet«, säger bibliotekschefen i dag.
      """)
  void findsNordicGermanFrenchAndDutchPhrasingsInOneSentence(String theme, String sentence) {
    assertThat(ids(tag(sentence))).contains(theme);
  }

  /** Weak cues of those languages: negotiation, devolved budgets, resignations, each needs a second sentence. */
  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      empowerment             | Wijkteams beslissen nu zonder tussenkomst van de directie. | Het draait om vertrouwen.
      difficult-conversations | Neuvottelut venyivät yöhön. | Osapuolet olivat eri mieltä palkoista.
      pressure                | Två lärare sade upp sig i maj. | Rekryteringen tar nu ett halvår.
      """)
  void weakCuesOfNordicGermanFrenchAndDutchNeedASecondSentence(String theme, String first, String second) {
    assertThat(ids(tag(first))).doesNotContain(theme);
    assertThat(ids(tag(first, second))).contains(theme);
  }

  /**
   * A business's biggest customer or family firm, parties trusting each other, a supervisory board seat, an advisory
   * board (neuvottelukunta), a pupil's lag in language (achterstand in taal).
   */
  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      community   | Bageriet förlorade sin största kund i fjol. | Det är ett familjeföretag i tredje generationen.
      empowerment | Parterna har lärt sig att lita på varandra. | Nu litar de på varandra igen.
      empowerment | Osapuolet ovat oppineet luottamaan toisiinsa. | Ne luottavat toisiinsa yhä.
      governance  | Ze is lid van de raad van toezicht van een ziekenhuis. | Ook zit ze in de raad van toezicht van een school.
      difficult-conversations | Hän on kaupungin nuorisoneuvottelukunnan jäsen. | Neuvottelukunta kokoontuu kuukausittain.
      pressure    | Veel kinderen hebben een achterstand in taal. | De school ligt in Utrecht.
      """)
  void businessTiesMutualTrustAndBoardSeatsAreNotEvidence(String theme, String first, String second) {
    assertThat(ids(tag(first, second))).doesNotContain(theme);
  }

  /**
   * English phrasings that name a theme in one sentence: handling stress and its personal cost, women's share,
   * partnering, disagreement, owning the problem, lost jobs, corridor care, a tight labour market.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      wellbeing               | The head teacher explains how she manages stress in exam season.
      wellbeing               | He is candid about the personal cost of running the shelter.
      wellbeing               | The ferry captain is honest about what it cost him.
      inclusion               | The union wants more women on its branch committees.
      inclusion               | Only a small share of women reach partner level at the firm.
      inclusion               | She mentors women in senior engineering roles.
      teamwork                | The library partnered with two schools on the reading scheme.
      difficult-conversations | She explains how she handles disagreement on her board.
      self-awareness          | At last the founder admits that I was the problem, not the market.
      self-awareness          | Looking back, she says the problem was me.
      pressure                | Sixty drivers lost their jobs when the depot closed.
      pressure                | The ward relied on corridor care all winter.
      pressure                | Employers face a tight labour market for welders.
      """)
  void findsEnglishPhrasingsInOneSentence(String theme, String sentence) {
    assertThat(ids(tag(sentence))).contains(theme);
  }

  /** Weak English cues: a heatwave or queue, a new manager, the people who do the work, negotiations, co-chairs. */
  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      pressure                | The heatwave filled the clinic. | By noon the queue reached the car park.
      growth                  | She still tells that story to every new manager. | Her first boss taught her to listen.
      empowerment             | The targets were chosen by the people who do the work. | Trust grew quickly.
      difficult-conversations | The negotiations ran past midnight. | Both sides were honest about the gap.
      teamwork                | She co-chairs the steering group. | The two directors meet together every week.
      """)
  void weakEnglishCuesNeedASecondSentence(String theme, String first, String second) {
    assertThat(ids(tag(first))).doesNotContain(theme);
    assertThat(ids(tag(first, second))).contains(theme);
  }

  /** A changed mind, a biggest customer, parties trusting each other, Swedish "handlar om" (is about) before stress. */
  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      change      | The survey changed her mind. | Later he changed his mind about the rota.
      wellbeing   | Samtalet handlar också om stress på jobbet. | Hon bor numera i Umeå.
      community   | The bakery lost its biggest customer. | The mill lost its largest customer too.
      empowerment | The two unions learned to trust each other. | Now they trust one another again.
      """)
  void aChangedMindABigCustomerAndMutualTrustAreNotEvidence(String theme, String first, String second) {
    assertThat(ids(tag(first, second))).doesNotContain(theme);
  }

  /** Telling the truth in six languages, the hardest conversations, the first in a family to go to university. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      difficult-conversations | The toughest conversation of her year was with her own deputy.
      difficult-conversations | He says the hardest conversations were the ones with the drivers.
      difficult-conversations | Rehtorin tehtävä on kertoa totuus vanhemmille.
      difficult-conversations | Chefen måste våga säga sanningen om ekonomin.
      difficult-conversations | Lederen skal fortælle medarbejderne sandheden om budgettet.
      difficult-conversations | Hun mener at ledere må si sannheten tidlig.
      difficult-conversations | Man muss den Leuten auch die Wahrheit sagen, wenn es schwer ist.
      difficult-conversations | Een bestuurder moet de waarheid durven vertellen.
      difficult-conversations | Il faut savoir dire la vérité aux équipes.
      inclusion               | Most of the apprentices are the first in their family to finish school.
      """)
  void findsTellingTheTruthTheHardestConversationsAndFirstInTheFamily(String theme, String sentence) {
    assertThat(ids(tag(sentence))).contains(theme);
  }

  /**
   * Portuguese and Italian cues, and phrasings in any language that name a theme in one sentence: psychological
   * safety, difficult conversations and bad news, having to tell someone, the right or power to decide, deciding over
   * one's own schedules, no longer coping, working for lack of doctors or with half the staff, black women and men,
   * whānau, a single team, abolishing a layer of management.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      culture-belonging       | A equipa fala de segurança psicológica em todas as reuniões.
      culture-belonging       | Il reparto lavora ogni giorno sulla sicurezza psicologica.
      difficult-conversations | Ela conta como prepara as conversas difíceis com os chefes de turno.
      difficult-conversations | Elle raconte comment elle annonce les mauvaises nouvelles aux bénévoles.
      difficult-conversations | Der Vorstand musste der Belegschaft auch schlechte Nachrichten überbringen, und das ist nicht leicht.
      difficult-conversations | The director had to tell the rowing club that the boathouse would close.
      empowerment             | Kaupunki antoi kirjastoille oikeuden päättää aukioloajoista.
      empowerment             | Sjuksköterskorna ville bestämma över sina egna scheman.
      empowerment             | La alcaldesa quiere devolver a los barrios el poder de decidir.
      empowerment             | The tenants now have the right to decide how the garden fund is spent.
      wellbeing               | Många lärare säger att de inte orkar längre.
      wellbeing               | Moni kotihoitaja ei jaksa enää iltavuoroja.
      pressure                | Le service a fermé la nuit faute de médecins.
      pressure                | A clínica funcionou com metade do pessoal durante o verão.
      pressure                | The depot ran the winter routes with half the staff.
      pressure                | La cooperativa soffre di una carenza di autisti.
      inclusion               | She was one of only two black women on the engineering course.
      inclusion               | A empresa publica dados sobre diversidade e inclusão.
      community               | The clinic plans its hours around whānau, not around appointments.
      teamwork                | The council folded three agencies into a single housing team.
      change                  | The cooperative abolished its middle layer of managers.
      change                  | Der Verein hat die Abteilungsleitungen im Frühjahr abgeschafft.
      change                  | A fundação anunciou uma reestruturação dos seus serviços.
      """)
  void findsPortugueseItalianAndNewPhrasingsOfAThemeInOneSentence(String theme, String sentence) {
    assertThat(ids(tag(sentence))).contains(theme);
  }

  /** Not being trained for a job, a drought, influence, arguing with someone: weak cues that need a second sentence. */
  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      growth      | Nobody trains you for the night desk. | She was never trained for it either.
      pressure    | La sequía duró cuatro meses. | El presupuesto no alcanzó.
      empowerment | Facket ville ha mer inflytande. | Nu litar ledningen på lagen.
      difficult-conversations | The tenants spent years arguing with the landlord. | The negotiations ended in May.
      """)
  void weakCuesOfTheNewPhrasingsNeedASecondSentence(String theme, String first, String second) {
    assertThat(ids(tag(first))).doesNotContain(theme);
    assertThat(ids(tag(first, second))).contains(theme);
  }

  /**
   * A nurse or doctor by training (de formation), peer supervision, someone's reflections on a subject, a public
   * authority, "the honest answer" (to be honest), a change nobody announced, families in a figure of speech (families
   * are a weak cue: often the staff's own or a metaphor), a coach's job title in a biography, blood
   * pressure, every single team member.
   */
  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      growth                  | Infirmière de formation, elle dirige la régie des eaux. | Médecin de formation, il préside le conseil.
      governance              | She set up peer supervision for the porters. | The porters meet on Fridays.
      self-awareness          | The episode ends with his reflections on what the port can learn from Rotterdam. | He reflects on the ferry timetable.
      empowerment             | The authority spent two million on ramps. | She meets the authority’s access panel every month.
      difficult-conversations | The honest answer, she says, is that nobody knows. | Her reply to the minister was blunt.
      change                  | Ela chegou sem anunciar mudança nenhuma. | O hospital fica no centro da cidade.
      community               | She says a brigade is a family, and families close ranks. | The station opened in 1990.
      growth                  | The host, Ana Ruiz, is an executive coach in Leeds. | She lives by the sea.
      pressure                | Il medico misura la pressione arteriosa di ogni paziente. | Lo studio apre alle otto.
      teamwork                | Every single team member got a card. | The café opened in June.
      """)
  void backgroundsJobTitlesPublicBodiesAndFiguresOfSpeechAreNotEvidence(String theme, String first, String second) {
    assertThat(ids(tag(first, second))).doesNotContain(theme);
  }

  /**
   * Phrasings that name a theme in one sentence: a cyber attack, sleepless months and the toll work takes, being worn
   * out, what keeps someone going, candour about one's own doubts, not doing it alone, people coming through the
   * doors, ownership steering, telling it like it is, teams that set their own priorities, own the plan or are given
   * a task themselves (Finnish "tiimeille itselleen"), apprentices and growing one's own leaders.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      pressure                | A ransomware attack shut the booking system of the ferry line for a week.
      pressure                | The cyberattack cost the brewery its spring orders.
      wellbeing               | The lock keeper describes the sleepless months after the flood.
      wellbeing               | She talks about the toll night rounds take on the porters.
      wellbeing               | Många av kuratorerna var utslitna efter hösten.
      wellbeing               | Mange af pedellerne er udslidte efter vinteren.
      self-awareness          | The brewer is candid about his own doubts in the first year.
      teamwork                | The lifeboat crews say no station could have done it alone.
      community               | She wants everyone who comes through our doors to leave with a library card.
      governance              | Kaupunki uudisti omistajaohjauksen periaatteet viime keväänä.
      governance              | Kommunen har endret eierstyringen av boligselskapet.
      difficult-conversations | The head teacher told it like it was at the staff meeting.
      difficult-conversations | Rehtori kertoi vanhemmille kaiken niin kuin se oli.
      difficult-conversations | Chefen sa som det var till personalen.
      difficult-conversations | Direktøren sagde det som det var til holdet.
      empowerment             | På lageret er det holdene, der selv prioriterer vagterne.
      empowerment             | The ward crews own the plan from the first day.
      growth                  | Værftet har altid uddannet sine egne ledere.
      growth                  | Hon började som lärling på ett snickeri i Umeå.
      wellbeing               | The host asks what keeps her going after twenty winters on the ward.
      wellbeing               | Lopuksi kysytään, miten rehtori itse jaksaa.
      wellbeing               | Värden frågar hur rektorerna själva orkar.
      empowerment             | Kirjasto antoi aukioloaikojen suunnittelun tiimeille itselleen.
      """)
  void findsAttacksTollsCandourAndOwnedPlansInOneSentence(String theme, String sentence) {
    assertThat(ids(tag(sentence))).contains(theme);
  }

  /**
   * Weak cues that need a second sentence: visitors and the people who use a service, groups called hard to reach or
   * seldom heard, Swedish closures, not mincing words, a commissioner appointed from outside and decisions taken in
   * public, a memoir, meetings without managers.
   */
  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      community               | The gallery had more visitors than ever. | Ask who uses your reading room on a Sunday.
      inclusion               | The clinic stopped calling the estates hard to reach. | Seldom heard families sit on the panel.
      pressure                | Kommunen stängde två bibliotek i fjol. | Nedläggningen väckte protester i byarna.
      difficult-conversations | She doesn't mince words about the merger. | Her reply to the minister was blunt.
      governance              | A commissioner appointed by the ministry came. | The council takes each decision in public.
      self-awareness          | His memoir came out in the spring. | Doubt followed him for years.
      empowerment             | Værkstedet holder tavlemøder uden chefer. | Det kræver tillid.
      difficult-conversations | She found the courage to tell the board. | Her reply to the minister was blunt.
      """)
  void weakCuesOfVisitorsClosuresAndMemoirsNeedASecondSentence(String theme, String first, String second) {
    assertThat(ids(tag(first))).doesNotContain(theme);
    assertThat(ids(tag(first, second))).contains(theme);
  }

  /**
   * Not evidence: options exhausted, someone's own authority, a seat on a board (Finnish, Danish), a Swedish union
   * official (ombudsman), a strike called (varsla om strejk), courage and bravery without anything said.
   */
  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      wellbeing   | The committee had exhausted every option. | The ferry sails at noon.
      empowerment | Her authority on the bridge was never questioned. | His authority came with the rank.
      governance  | Hän on kyläyhdistyksen hallituksen puheenjohtaja. | Hän on myös säätiön hallituksen jäsen.
      governance  | Hun sidder også i bestyrelsen for en friskole. | Hun er bestyrelsesmedlem i en fond.
      governance  | Han var ombudsman på förbundets kontor i Luleå. | Han bor i Luleå.
      pressure    | Facket varslade om strejk i maj. | Hon bor i Malmö.
      difficult-conversations | The crews were never short of courage. | Brave volunteers rowed out at dawn.
      """)
  void exhaustedOptionsOwnAuthorityBoardSeatsAndUnionOfficialsAreNotEvidence(String theme, String first,
      String second) {
    assertThat(ids(tag(first, second))).doesNotContain(theme);
  }

  @Test
  void peoplesAndFaithsCapitalisedBeforeALowerCaseNounAreEvidence() {
    assertThat(ids(tag("She co-founded a network for Black and Asian nurses in the county."))).contains("inclusion");
    assertThat(ids(tag("He was one of two South Asian women on the course."))).contains("inclusion");
    assertThat(ids(tag("She chairs the Black and Asian Staff Network in Leeds."))).doesNotContain("inclusion");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      She now presents The Compassionate Leaders Hour on regional radio.
      He chairs the Wellbeing and Resilience Board of Eastmoor.
      The Wellbeing Collective was founded in Tarnby.
      She moved to the Trust in 2019.
      She moved to the trust in 2019.
      The report Burnout in the Back Office came out in May.
      """)
  void namesAreNotEvidence(String sentence) {
    assertThat(tag(sentence)).isEmpty();
  }

  @Test
  void thePronounIIsNoNameButBesideANameItIsPartOfOne() {
    assertThat(ids(tag("Every budget starts with the people I serve, the librarian says."))).contains("community");
    assertThat(ids(tag("She chairs The People I Serve Trust in Leeds."))).doesNotContain("community");
  }

  @Test
  void aCapitalisedCueOpeningASentenceOrClauseIsEvidence() {
    assertThat(ids(tag("Compassion matters more than ever."))).containsExactly("compassion");
    assertThat(ids(tag("Her answer was simple: “Kindness, every day.”"))).containsExactly("compassion");
  }

  @Test
  void aStemInsideAWordIsFoundInAWordOfAnyLength() {
    // 71 letters: longer than the words the index matches in one pass, so every position is walked
    assertThat(ids(tag("Tiimi luki työpaikanhenkilöstönhyvinvointiohjelmanvuosiarviointiraporttiluonnoksen.")))
        .containsExactly("wellbeing");
    assertThat(ids(tag("Tiimi luki hyvinvointiohjelman."))).containsExactly("wellbeing");
    assertThat(ids(tag("The new staff-wellbeing plan came first."))).containsExactly("wellbeing");
  }

  @Test
  void inGermanSentencesCapitalisedNounsAreEvidence() {
    assertThat(ids(tag("Für sie ist Mitgefühl die Grundlage guter Führung."))).containsExactly("compassion");
  }

  /** Sentences with none of the commonest function words still read as German: "geht es um", "im", "zum". */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      inclusion | Außerdem geht es um Vielfalt in der Verwaltung.
      wellbeing | Im Gespräch geht es zum Schluss um Erschöpfung in der Pflege.
      """)
  void germanSentencesWithFewerFunctionWordsStillReadAsGerman(String theme, String sentence) {
    assertThat(ids(tag(sentence))).contains(theme);
  }

  @Test
  void evidenceIsTheSpansOfTheDiscussingSentencesInTextOrder() {
    String[] sentences = {
      "Ilse Varga runs a ferry company on the Tarn estuary.",
      "She says burnout hit the night crews first.",
      "The ferries now run to a new timetable.",
      "Wellbeing, she says, is a budget line like fuel.",
    };
    ThemeMatch wellbeing = tag(sentences).stream().filter(m -> m.id().equals("wellbeing")).findFirst().orElseThrow();
    assertThat(wellbeing.evidence()).containsExactly(spans(sentences).get(1), spans(sentences).get(3));
  }

  @Test
  void oneWeakCueIsNotEnoughButWeakCuesInTwoSentencesAre() {
    assertThat(ids(tag("By Friday the drivers were tired."))).isEmpty();
    List<ThemeMatch> twice = tag("By Friday the drivers were tired.", "Even the dispatchers looked tired.");
    assertThat(ids(twice)).containsExactly("wellbeing");
    assertThat(twice.get(0).score()).isEqualTo(0.5);
  }

  @Test
  void ignoredPhrasesNeverCount() {
    assertThat(ids(tag("She joined the trust in 2019.", "Later the trust merged its wards."))).doesNotContain(
        "empowerment");
    assertThat(ids(tag("Trust grows slowly.", "She built trust with the crews."))).contains("empowerment");
    assertThat(ids(tag("Hän johtaa Pohjolan hyvinvointialuetta."))).doesNotContain("wellbeing");
  }

  @Test
  void scoresLieInTheUnitIntervalAndOrderStrongestFirst() {
    List<ThemeMatch> matches = tag(
        "Burnout was common among the porters.",
        "She talks about burnout and mental health.",
        "Staff wellbeing became a board topic.",
        "The porters also asked for more feedback.");
    assertThat(ids(matches)).startsWith("wellbeing").contains("difficult-conversations");
    assertThat(matches).allSatisfy(m -> assertThat(m.score()).isBetween(0.5, 1.0));
    assertThat(matches.get(0).score()).isEqualTo(1 - Math.pow(2, -3));
    for (int i = 1; i < matches.size(); i++) {
      assertThat(matches.get(i).score()).isLessThanOrEqualTo(matches.get(i - 1).score());
    }
  }

  @Test
  void phrasesMatchAcrossAGapAndAcrossHyphens() {
    assertThat(ids(tag("The overtime was burning people out."))).containsExactly("wellbeing");
    assertThat(ids(tag("Their well-being came first."))).containsExactly("wellbeing");
    assertThat(ids(tag("The overtime was burning all of the people out."))).isEmpty();
  }

  @ParameterizedTest(name = "{0} in \"{1}\": {2}")
  @CsvSource(delimiter = '|', textBlock = """
      kiln          | The kiln cooled overnight.        | true
      kiln          | The kilns cooled overnight.       | false
      bak*          | The bakers arrived at four.       | true
      bak*          | They were kebab fans.             | false
      *uuni         | Leipäuuni lämpeni hitaasti.       | true
      *uuni         | Uunit lämpenivät hitaasti.        | false
      *jauho*       | Ruisjauhoja oli liian vähän.      | true
      proof* ~ dough | Proofing the rye dough took hours. | true
      proof* ~ dough | Proofing took hours for all of the dough. | false
      """)
  void cueSyntaxMatchesWholeWordsStartsEndsInsidesAndGaps(String cue, String sentence, boolean found) {
    ThemeTaxonomy bakery = ThemeTaxonomy.builder()
        .add(Theme.builder().id("baking").label("Baking").addCues(cue).build())
        .build();
    assertThat(ids(tag(new ThemeTagger(bakery), sentence))).isEqualTo(found ? List.of("baking") : List.of());
  }

  @Test
  void aCustomTaxonomyReplacesTheDefault() {
    ThemeTaxonomy bakery = ThemeTaxonomy.parse("[ovens]\nlabel = Ovens\ncues = oven*, *uuni*\n");
    ThemeTagger tagger = new ThemeTagger(bakery);
    List<ThemeMatch> matches = tag(tagger, "Burnout hit the bakers when the ovens failed.", "Leipäuuni hajosi.");
    assertThat(ids(matches)).containsExactly("ovens");
    assertThat(matches.get(0).label()).isEqualTo("Ovens");

    Episode episode = SummaryParser.builder().themes(bakery).build().parse("The new ovens arrived in March.");
    assertThat(episode.themes()).extracting(ThemeMatch::id).containsExactly("ovens");
  }

  @Test
  void anEmptyTaxonomyOrBodyTagsNothing() {
    assertThat(new ThemeTagger(ThemeTaxonomy.builder().build()).tag("Burnout is real.", List.of(Span.of(0, 16))))
        .isEmpty();
    assertThat(DEFAULT.tag("", List.of())).isEmpty();
  }

  @Test
  void aSpanBeyondTheBodyIsNeverEvidence() {
    assertThat(DEFAULT.tag("Burnout.", List.of(Span.of(0, 8), Span.of(4, 30)))).singleElement()
        .satisfies(m -> assertThat(m.evidence()).containsExactly(Span.of(0, 8)));
  }

  @Test
  void sentencesAnnouncingAnotherEpisodeAreNotEvidence() {
    assertThat(tag("In the next episode of Harbour Talk, Rui meets a surgeon to discuss burnout.")).isEmpty();
    assertThat(tag("Next week: Rui sits down with a mayor to talk about innovation.")).isEmpty();
    assertThat(tag("Seuraavassa jaksossa puhutaan työuupumuksesta.")).isEmpty();
    assertThat(ids(tag("She wrote about burnout for years, and it is also the subject of the next episode.")))
        .containsExactly("wellbeing");
  }

  @Test
  void oneTaggerServesManyThreadsAlike() {
    String[] sentences = {"Burnout hit the porters.", "Trust grew.", "She built trust with the crews."};
    List<ThemeMatch> expected = tag(sentences);
    List<List<ThemeMatch>> results = java.util.stream.IntStream.range(0, 200).parallel()
        .mapToObj(i -> tag(sentences)).toList();
    assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    assertThat(ids(expected)).containsExactly("wellbeing", "empowerment");
  }
}
