package io.github.leadershipinterviews.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.leadershipinterviews.model.Person;
import io.github.leadershipinterviews.model.Quotation;
import io.github.leadershipinterviews.model.Span;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random quote placement and pathological inputs: nothing throws, spans stay inside the text, time stays linear. */
class QuotationRobustnessTest {

  private static final String ALPHABET = "“”‘’\"'„«»‹›「」 \n\n  abcdefs.,:;!?…–SHe says Ada";
  private static final Entities ENTITIES = new Entities(List.of(Person.of("Ada Moreau")), List.of(), List.of(),
      List.of(), List.of());

  @Test
  void randomQuotePlacementKeepsEverySpanInsideTheText() {
    Random random = new Random(20261126L);
    for (int round = 0; round < 1_000; round++) {
      String body = randomText(random, 1 + random.nextInt(300));
      List<QuotedPassage> quotes = QuotationScanner.scan(body);
      for (QuotedPassage q : quotes) {
        assertThat(q.marks().contains(q.text())).as("text inside marks in %s", body).isTrue();
        assertThat(q.marks().end()).isLessThanOrEqualTo(body.length());
      }
      List<Quotation> quotations = SpeakerAttributor.attribute(body, SentenceSplitter.split(body), quotes, ENTITIES);
      for (Quotation q : quotations) {
        assertThat(q.span().in(body)).isEqualTo(q.text());
      }
    }
  }

  @Test
  void scanningTimeGrowsLinearly() {
    String unit = "He said “yes and ‘no’ but ”maybe' it’s \"fine\n“open ";
    long small = timeToScan(unit.repeat(5_000));
    long large = timeToScan(unit.repeat(40_000));
    assertThat(large).as("8x input took %d ns vs %d ns", large, small).isLessThan(small * 60);
  }

  @Test
  void pathologicalInputsFinish() {
    for (String body : List.of("“".repeat(200_000), "’".repeat(200_000), "\n".repeat(200_000),
        "s’ ".repeat(100_000), "“a ‘b ".repeat(50_000) + "”", "Ada says “" + "word ".repeat(100_000))) {
      List<QuotedPassage> quotes = QuotationScanner.scan(body);
      List<Span> sentences = SentenceSplitter.split(body);
      assertThat(SpeakerAttributor.attribute(body, sentences, quotes, ENTITIES)).hasSizeLessThanOrEqualTo(quotes.size());
    }
  }

  private static long timeToScan(String body) {
    QuotationScanner.scan(body);
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      QuotationScanner.scan(body);
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  private static String randomText(Random random, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
