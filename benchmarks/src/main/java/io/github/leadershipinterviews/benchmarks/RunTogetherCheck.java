package io.github.leadershipinterviews.benchmarks;

import io.github.leadershipinterviews.parse.SentenceSplitting;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Shows where sentences start in summary text whose paragraph breaks were lost ({@code healthcare.She},
 * {@code purpose.”They}), for OpenNLP's detector and for our sentence stage, beside the starts a reader sees.
 * Exits with status 1 when our stage misses one.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.leadershipinterviews.benchmarks.RunTogetherCheck
 * }</pre>
 */
public final class RunTogetherCheck {

  /** A text and the offsets, other than 0, where a reader sees a new sentence start. */
  record Case(String text, int[] starts) {
    /** A text, and the sentences other than the first, each given by its opening words. */
    static Case of(String text, String... sentences) {
      return new Case(text, startsOf(text, sentences));
    }

    private static int[] startsOf(String text, String... sentences) {
      return Arrays.stream(sentences).mapToInt(s -> {
        int at = text.indexOf(s);
        if (at < 0) {
          throw new IllegalArgumentException("sentence \"" + s + "\" is not in \"" + text + "\"");
        }
        return at;
      }).toArray();
    }
  }

  /** Lost paragraph breaks after a full stop, a closing quote and a timestamp, and two places not to split. */
  static final List<Case> CASES = List.of(
      Case.of("She spent eighteen years in healthcare.She established the trust in 2016.",
          "She established"),
      Case.of("Leading, she says, is “a promise to the people you serve, and a purpose.”They still quote it.",
          "They still"),
      Case.of("He asks what they would change.“More sleep,” one nurse replied.", "“More sleep"),
      Case.of("The huddle lasts ten minutes.[12:05]Marcel asks why the board never visits.", "[12:05]Marcel"),
      Case.of("The review found that staff felt ‘invisible.’The board published it anyway.", "The board"),
      Case.of("Dr. Ines Varga joined Lakemoor in 2019 and leads a team of 140 people."),
      Case.of("The trust spent £3.5 million on the new wing, she says, and it was worth it."));

  private RunTogetherCheck() {}

  /** Prints one line per case and exits with 1 if our stage misses a sentence start or adds one. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    OpenNlpSentences openNlp = OpenNlpSentences.load();
    int oursWrong = 0;
    int openNlpWrong = 0;
    for (Case c : CASES) {
      int[] ours = ourStarts(c.text());
      int[] theirs = openNlpStarts(openNlp, c.text());
      oursWrong += Arrays.equals(ours, c.starts()) ? 0 : 1;
      openNlpWrong += Arrays.equals(theirs, c.starts()) ? 0 : 1;
      out.printf("%s%n  expected %s  ours %s %s  OpenNLP %s %s%n", c.text(), Arrays.toString(c.starts()),
          Arrays.toString(ours), mark(ours, c), Arrays.toString(theirs), mark(theirs, c));
    }
    out.printf("ours wrong on %d of %d, OpenNLP wrong on %d of %d%n", oursWrong, CASES.size(), openNlpWrong,
        CASES.size());
    System.exit(oursWrong == 0 ? 0 : 1);
  }

  /** Where our stage starts a sentence, other than at 0. */
  static int[] ourStarts(String text) {
    return SentenceSplitting.split(text).stream().mapToInt(s -> s.start()).filter(s -> s > 0).toArray();
  }

  /** Where OpenNLP starts a sentence, other than at 0. */
  static int[] openNlpStarts(OpenNlpSentences openNlp, String text) {
    return Arrays.stream(openNlp.split(text)).mapToInt(s -> s.getStart()).filter(s -> s > 0).toArray();
  }

  private static String mark(int[] found, Case c) {
    return Arrays.equals(found, c.starts()) ? "ok" : "WRONG";
  }
}
