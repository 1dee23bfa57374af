package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.model.Person;
import io.github.leadershipinterviews.model.Quotation;
import io.github.leadershipinterviews.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeakerAttributorTest {

  private static final String GUEST = "Ada Moreau";

  /** Quotations of {@code body} with the guest known, no mentions (the fallback path). */
  private static List<Quotation> quotations(String body, String... people) {
    return attribute(body, entities(List.of(), people));
  }

  private static List<Quotation> attribute(String body, Entities entities) {
    return SpeakerAttributor.attribute(body, SentenceSplitter.split(body), QuotationScanner.scan(body), entities);
  }

  private static Entities entities(List<PersonMention> mentions, String... people) {
    return new Entities(List.of(Person.of(GUEST)), Arrays.stream(people).map(Person::of).toList(), List.of(),
        List.of(), mentions);
  }

  private static List<String> speakers(List<Quotation> quotations) {
    return quotations.stream().map(q -> q.speaker().orElse("-")).toList();
  }

  /** A mention of {@code fullName} at each occurrence of {@code word} in {@code body}. */
  private static List<PersonMention> mentions(String body, String word, String fullName, PersonMention.Form form) {
    List<PersonMention> out = new ArrayList<>();
    for (int i = body.indexOf(word); i >= 0; i = body.indexOf(word, i + 1)) {
      out.add(new PersonMention(Span.of(i, i + word.length()), fullName, form));
    }
    return out;
  }

  @Test
  void keepsOnlySpeechWithExactSpans() {
    String body = "Ada Moreau wrote the book “Small Doors”. “We start with the night shift,” she says.";
    List<Quotation> quotations = quotations(body);
    assertThat(quotations).hasSize(1);
    Quotation q = quotations.get(0);
    assertThat(q.text()).isEqualTo("We start with the night shift,");
    assertThat(q.span().in(body)).isEqualTo(q.text());
    assertThat(q.speaker()).contains(GUEST);
  }

  @Test
  void attributionAfterTheQuotation() {
    assertThat(speakers(quotations("Ada Moreau runs the unit. “We start at six, every day,” she says."))).containsExactly(GUEST);
    assertThat(speakers(quotations("Ada Moreau runs it. Dr Ilse Vandermeer helps. “Nobody can help you like this,” "
        + "Dr Vandermeer told her. “That is not strength.”", "Ilse Vandermeer"))).containsExactly("Ilse Vandermeer", "Ilse Vandermeer");
    assertThat(speakers(quotations("Ada Moreau runs it. “Forty seconds of attention changes a visit,” Ada "
        + "explains."))).containsExactly(GUEST);
  }

  @Test
  void attributionBeforeTheQuotation() {
    assertThat(speakers(quotations("Ada Moreau says that “trust is built in small moments.”"))).containsExactly(GUEST);
    assertThat(speakers(quotations("Ada Moreau runs it. Ada said: “I signed that decision, and I regret it.”")))
        .containsExactly(GUEST);
    assertThat(speakers(quotations("Her deputy, Tom Brindle, put it bluntly: “We had a listening problem.”",
        "Tom Brindle"))).containsExactly("Tom Brindle");
  }

  @Test
  void aRelativeClauseGivesTheWordsToItsAntecedent() {
    String body = "One person who shaped her is Professor Lena Fisk, formerly Dean of the Millbrook School, who once "
        + "told her: “Kindness is what rigour looks like when you mean it.”";
    assertThat(speakers(quotations(body, "Lena Fisk"))).containsExactly("Lena Fisk");
  }

  @Test
  void aNameRightBeforeTheMarkIsTheSpeaker() {
    String body = "Ada Moreau quotes its chair, Mary-Jo Kettle: “If you want to keep them, stop treating them "
        + "like supervisors.”";
    assertThat(speakers(quotations(body, "Mary-Jo Kettle"))).containsExactly("Mary-Jo Kettle");
  }

  @Test
  void theOwnerBeforeWhoseIsTheSpeaker() {
    String body = "Ada Moreau thanks Dr Ilse Vandermeer, the former director, whose rule she still repeats: “Say what you "
        + "know, and say when you will know more.”";
    assertThat(speakers(quotations(body, "Ilse Vandermeer"))).containsExactly("Ilse Vandermeer");
  }

  @Test
  void aTranscriptLabelGivesWayToTheAttributionInsideTheLine() {
    String body = "[03:05] Ada Moreau:      My chair, Lena Fisk, came into my office and said, “If you can't show "
        + "it to the nurses, don't show it to the board.”\n"
        + "[04:10] Ada Moreau:      I always say “the ledger is the care plan” to new staff.\n"
        + "[05:00] Rob Pennyworth:      You wrote that “money is a clinical matter” in your blog.\n";
    assertThat(speakers(quotations(body, "Lena Fisk", "Rob Pennyworth")))
        .containsExactly("Lena Fisk", GUEST, GUEST);
  }

  @Test
  void onATranscriptLineWordsReportedFromSomeoneUnnamedHaveNoSpeaker() {
    String body = "[07:12] Ada Moreau:      Our porters’ shift lead told me in May, ‘Nobody has ever asked us "
        + "before.’ I still think about that.\n"
        + "[08:30] Ada Moreau:      A nurse on the night ward said, “Give us the rota a month ahead.”\n"
        + "[09:02] Ada Moreau:      I told the board, “We will fix the rota first.”\n"
        + "[09:40] Ada Moreau:      And never, ever say “that is how it has always been done.”\n";
    assertThat(speakers(quotations(body))).containsExactly("-", "-", GUEST, GUEST);
  }

  @Test
  void consecutiveQuotationsContinueTheSameSpeaker() {
    String body = "Ada Moreau met Tom Brindle. “I had the email drafted,” Ada admits. “Then the team fixed it "
        + "themselves.”";
    assertThat(speakers(quotations(body, "Tom Brindle"))).containsExactly(GUEST, GUEST);
  }

  @Test
  void aQuotationThatOpensItsSentenceBelongsToThePersonLastReferredTo() {
    String body = "Ada Moreau talks about rest, and about looking after herself so that she can look after "
        + "others. “It’s not selfish to rest. It’s part of the job.”";
    assertThat(speakers(quotations(body))).containsExactly(GUEST);
  }

  @Test
  void aReportsWordsHaveNoSpeaker() {
    String body = "Ada Moreau read it. The 2021 report “Seen Late”, published by the board, concluded that "
        + "“people judge a service by what they see on their own street.”";
    assertThat(speakers(quotations(body))).containsExactly("-");
    assertThat(speakers(quotations("Ada Moreau agrees. Enligt rapporten är ”tillit den enda resurs som växer”, "
        + "och Ada håller med."))).containsExactly("-");
  }

  @Test
  void aPossessiveBeforeAnotherPersonIsNotTheSpeaker() {
    String body = "Ada Moreau took over in May. Her predecessor’s parting advice had been to “hold the line and "
        + "trust nobody,” and for a month she tried it.";
    assertThat(speakers(quotations(body))).containsExactly("-");
  }

  @Test
  void aPossessiveBeforeAnAppositiveNameIsNotTheSpeaker() {
    String body = "Ada Moreau told staff everything. Her chief executive, Tom Brindle, backed her: “We would rather "
        + "be embarrassed than dishonest.”";
    assertThat(speakers(quotations(body, "Tom Brindle"))).containsExactly("Tom Brindle");
  }

  @Test
  void speechVerbsInOtherLanguages() {
    assertThat(speakers(quotations("Ada Moreau leder bolaget. ”Jag hade inget facit”, säger hon."))).containsExactly(GUEST);
    assertThat(speakers(quotations("Ada Moreau johtaa yhtiötä. ”Rohkeus on taito”, hän sanoo."))).containsExactly(GUEST);
    assertThat(speakers(quotations("Ada Moreau leder firmaet. ”Tillid tager tid”, siger hun."))).containsExactly(GUEST);
    assertThat(speakers(quotations("Ada Moreau leitet die Firma. „Vertrauen braucht Zeit“, sagt sie."))).containsExactly(GUEST);
    assertThat(speakers(quotations("Ada Moreau dirige l’équipe. « La confiance prend du temps », dit-elle.")))
        .containsExactly(GUEST);
  }

  @Test
  void pronounsAndFirstNamesResolveThroughMentions() {
    String body = "Bea Lund leads the clinic. Ada Moreau visits. “We start at six,” she says. “Nobody is late,” "
        + "Bea adds.";
    List<PersonMention> mentions = new ArrayList<>();
    mentions.addAll(mentions(body, "Bea Lund", "Bea Lund", PersonMention.Form.FULL_NAME));
    mentions.addAll(mentions(body, "Ada Moreau", GUEST, PersonMention.Form.FULL_NAME));
    mentions.addAll(mentions(body, "she", "Bea Lund", PersonMention.Form.PRONOUN));
    mentions.add(new PersonMention(Span.of(body.lastIndexOf("Bea"), body.lastIndexOf("Bea") + 3), "Bea Lund",
        PersonMention.Form.FIRST_NAME));
    Entities twoGuests = new Entities(List.of(Person.of(GUEST), Person.of("Bea Lund")), List.of(), List.of(),
        List.of(), mentions);
    assertThat(speakers(attribute(body, twoGuests))).containsExactly("Bea Lund", "Bea Lund");
  }

  @Test
  void aPronounMentionResolvedToSomeoneOtherThanAGuestGoesToTheNearestGuest() {
    String body = "Ada Moreau hosts Tom Brindle. Tom asks why. ‘We promote the wrong people,’ she says.";
    List<PersonMention> mentions = new ArrayList<>();
    mentions.addAll(mentions(body, "Ada Moreau", GUEST, PersonMention.Form.FULL_NAME));
    mentions.addAll(mentions(body, "Tom Brindle", "Tom Brindle", PersonMention.Form.FULL_NAME));
    mentions.add(new PersonMention(Span.of(30, 33), "Tom Brindle", PersonMention.Form.FIRST_NAME));
    mentions.addAll(mentions(body, "she", "Tom Brindle", PersonMention.Form.PRONOUN));
    assertThat(speakers(attribute(body, entities(mentions, "Tom Brindle")))).containsExactly(GUEST);
  }

  @Test
  void aPronounWithoutAMentionResolvesToTheNearestGuest() {
    String body = "Ada Moreau hosts Tom Brindle’s team. Tom Brindle asks why. ‘We promote the wrong people,’ she "
        + "says.";
    assertThat(speakers(quotations(body, "Tom Brindle"))).containsExactly(GUEST);
  }

  @Test
  void nestedPassagesAreNotSeparateQuotations() {
    String body = "“He called it ‘the long winter of our discontent’, and he was right,” Ada Moreau says.";
    assertThat(quotations(body)).extracting(Quotation::text)
        .containsExactly("He called it ‘the long winter of our discontent’, and he was right,");
  }

  @Test
  void withoutAnyKnownPersonAFullNameNextToTheVerbIsTheSpeaker() {
    String body = "“We had two sets of data and one set of patients,” Piotr Zielny says.";
    Entities none = new Entities(List.of(), List.of(), List.of(), List.of(), List.of());
    assertThat(attribute(body, none)).extracting(Quotation::speaker).containsExactly(Optional.of("Piotr Zielny"));
  }

  @Test
  void aNameAfterADashOrAccordingToIsTheSpeaker() {
    assertThat(speakers(quotations("“Rest is part of the job.” – Lena Fisk\nMore text.", "Lena Fisk")))
        .containsExactly("Lena Fisk");
    assertThat(speakers(quotations("“Rest is part of the job,” according to Lena Fisk.", "Lena Fisk")))
        .containsExactly("Lena Fisk");
  }

  @Test
  void aLongAttributionAfterACommaStillCounts() {
    String body = "Ada Moreau runs it. “We start at six, every day,” she said in an interview with the local paper "
        + "last spring.";
    assertThat(speakers(quotations(body))).containsExactly(GUEST);
  }

  @Test
  void aNameAndVerbThatStartANewSentenceAreNotAnAttribution() {
    String body = "Lena Fisk met Ada Moreau, and she spoke first. “Folk litar mer på en chef som lyssnar.”Lena "
        + "berättar också om sin mentor och hennes råd.";
    assertThat(speakers(quotations(body, "Lena Fisk"))).containsExactly(GUEST);
  }

  @Test
  void aPronounGoesToTheNearestPersonWhoseGenderFitsWhenTheGuestsDoesNot() {
    String body = "Ada Moreau runs the council. She joined in 2019. Her finance director, Tom Brindle, was sceptical. "
        + "“I thought it was theatre,” he admits. “We saved a million,” she says.";
    assertThat(speakers(quotations(body, "Tom Brindle"))).containsExactly("Tom Brindle", GUEST);
  }

  @Test
  void aCapitalisedNameRightBeforeTheVerbCountsEvenWhenNothingMarkedIt() {
    String body = "Ada Moreau read the letter. In 2020 Dr Okonjo said: “Never cut the front door.”";
    List<PersonMention> mentions = mentions(body, "Ada Moreau", GUEST, PersonMention.Form.FULL_NAME);
    assertThat(speakers(attribute(body, entities(mentions, "Nell Okonjo")))).containsExactly("Okonjo");
    assertThat(speakers(quotations("Nell Okonjo visits. In 2020 Dr Okonjo said: “Never cut the front door.”",
        "Nell Okonjo"))).containsExactly("Nell Okonjo");
  }

  @Test
  void aNameSetOffWithItsDescriptionBeforeTheColonIsTheSpeaker() {
    String body = "Ada Moreau shares what she learned from her mentor, Dr Lena Fisk, formerly Dean of the Millbrook "
        + "School: “Never ask staff to be braver than you are.”";
    assertThat(speakers(quotations(body, "Lena Fisk"))).containsExactly("Lena Fisk");
    String clause = "Ada Moreau thanks her chair, Lena Fisk, and then turns to the staff: “We did this together.”";
    assertThat(speakers(quotations(clause, "Lena Fisk"))).containsExactly(GUEST);
  }

  @Test
  void onATranscriptLineAPronounIsNeverTheLabelledSpeaker() {
    String body = "[00:21] Ada Moreau:     My deputy, Bea Lund, put it better than I could. She said, “We are asking "
        + "carers to pay for the petrol.”\n[00:40] Rob Pennyworth:     Go on.\n";
    assertThat(speakers(quotations(body, "Bea Lund", "Rob Pennyworth"))).containsExactly("Bea Lund");
  }

  @Test
  void moreSpeechVerbs() {
    assertThat(speakers(quotations("Ada Moreau hired Bea Lund. “Bea said the hard thing first,” she remembers.",
        "Bea Lund"))).containsExactly(GUEST);
    assertThat(speakers(quotations("Ada Moreau admired her old head, Dr Lena Fisk, who taught her that “a school "
        + "is only as brave as its most nervous teacher.”", "Lena Fisk"))).containsExactly("Lena Fisk");
  }
}
