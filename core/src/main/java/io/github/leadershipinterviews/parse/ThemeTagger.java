package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.model.ThemeMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stage 6: finds the themes of a taxonomy that the summary's sentences discuss. Sentences that open by announcing
 * another episode ({@code lexicon/theme-teasers.txt}) are skipped. Each sentence is tokenised once and
 * weighed against the taxonomy's {@link CueIndex}; a theme whose sentences weigh {@value #THRESHOLD} or more
 * together is a match, scored {@code 1 - 2^-weight}, with those sentences' spans as evidence. Strongest first.
 */
final class ThemeTagger {
  /** One strong cue, or weak cues in two sentences (or two distinct weak cues in one). */
  static final double THRESHOLD = 1.0;
  /** Tolerance for summing halves. */
  private static final double EPSILON = 1e-9;

  /** Sentences about another episode ("In the next episode, ..."), as a one-theme index of their phrases. */
  /** How many characters of a sentence may come before its teaser phrase ends ("In next week's episode of"). */
  private static final int TEASER_OPENING = 40;
  private static final Theme TEASER = Theme.builder().id("teaser").label("Teaser")
      .addCues(Lexicon.load("theme-teasers.txt")).build();
  private static final CueIndex TEASERS = new CueIndex(List.of(TEASER));
  /**
   * The first-word stems of the teaser cues an ASCII text can match, or null if one such cue opens with a
   * {@code *stem} word (then the cheap pre-check below would not be sound).
   */
  private static final String[] TEASER_OPENERS = asciiOpeners(TEASER.parsedCues());
  /** Whether an opener starts with the character (ASCII, lower case): a cheap first test at each position. */
  private static final boolean[] OPENER_FIRST = new boolean[128];

  static {
    for (String opener : TEASER_OPENERS == null ? new String[0] : TEASER_OPENERS) {
      OPENER_FIRST[opener.charAt(0)] = true;
    }
  }

  private final ThemeTaxonomy taxonomy;

  ThemeTagger(ThemeTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  List<ThemeMatch> tag(String body, List<Span> sentences) {
    List<Theme> themes = taxonomy.themes();
    double[] weights = new double[themes.size()];
    List<List<Span>> evidence = new ArrayList<>();
    themes.forEach(t -> evidence.add(new ArrayList<>()));
    double[] w = new double[themes.size()];   // one sentence's weights, refilled for each
    for (Span sentence : sentences) {
      if (sentence.end() > body.length()) {
        continue;   // not a span of this body: never evidence
      }
      if (isTeaser(body, sentence)) {
        continue;
      }
      taxonomy.index().weigh(ThemeWords.of(body, sentence.start(), sentence.end()), w);
      for (int t = 0; t < w.length; t++) {
        if (w[t] > 0) {
          weights[t] += w[t];
          evidence.get(t).add(sentence);
        }
      }
    }
    return matches(themes, weights, evidence);
  }

  /**
   * Whether the sentence opens by announcing another episode. Only its opening is read: a teaser phrase further in
   * is more likely a run-together sentence whose start is about this episode.
   */
  private static boolean isTeaser(String body, Span sentence) {
    int end = Math.min(sentence.end(), sentence.start() + TEASER_OPENING);
    if (TEASER_OPENERS != null && LowerCaseTable.isAscii(body, sentence.start(), end)
        && !hasOpenerAtWordStart(body, sentence.start(), end)) {
      return false;   // most sentences: no teaser cue can match, no need to tokenise and weigh the opening
    }
    return TEASERS.weigh(ThemeWords.of(body, sentence.start(), end))[0] > 0;
  }

  /**
   * Stems of the first words of the cues whose words are all ASCII (a cue with another letter cannot match ASCII
   * text); null if one of those first words may match inside a word ({@code *stem}).
   */
  private static String[] asciiOpeners(List<Cue> cues) {
    List<String> out = new ArrayList<>();
    for (Cue cue : cues) {
      if (cue.words().stream().allMatch(w -> w == null || LowerCaseTable.isAscii(w.stem()))) {
        WordPattern first = cue.words().get(0);
        if (first.kind() != WordPattern.Kind.WHOLE && first.kind() != WordPattern.Kind.START) {
          return null;
        }
        out.add(first.stem());
      }
    }
    return out.toArray(new String[0]);
  }

  /**
   * Whether an opener stem starts at a word start of the ASCII text {@code body[start, end)}, letters compared
   * case-blind: a teaser cue can match there only if one does (its first word is that stem, or starts with it).
   */
  private static boolean hasOpenerAtWordStart(String body, int start, int end) {
    for (int p = start; p < end; p++) {
      if (OPENER_FIRST[body.charAt(p) | 0x20] && (p == start || !isAsciiWordPart(body.charAt(p - 1)))) {
        for (String stem : TEASER_OPENERS) {
          if (startsWithIgnoringAsciiCase(body, p, end, stem)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isAsciiWordPart(char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
  }

  /** {@code stem} is lower-case letters and digits; {@code | 0x20} lower-cases an ASCII letter. */
  private static boolean startsWithIgnoringAsciiCase(String body, int p, int end, String stem) {
    if (p + stem.length() > end) {
      return false;
    }
    for (int k = 0; k < stem.length(); k++) {
      if ((body.charAt(p + k) | 0x20) != stem.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static List<ThemeMatch> matches(List<Theme> themes, double[] weights, List<List<Span>> evidence) {
    List<ThemeMatch> out = new ArrayList<>();
    for (int t = 0; t < themes.size(); t++) {
      if (weights[t] + EPSILON >= THRESHOLD) {
        out.add(ThemeMatch.builder()
            .id(themes.get(t).id())
            .label(themes.get(t).label())
            .score(score(weights[t]))
            .evidence(inTextOrder(evidence.get(t)))
            .build());
      }
    }
    out.sort(Comparator.comparingDouble(ThemeMatch::score).reversed());   // stable: taxonomy order on ties
    return List.copyOf(out);
  }

  /** The spans sorted, each once; as they are when already so (sentences come in text order). */
  private static List<Span> inTextOrder(List<Span> spans) {
    for (int i = 1; i < spans.size(); i++) {
      if (spans.get(i - 1).compareTo(spans.get(i)) >= 0) {
        return spans.stream().sorted().distinct().toList();
      }
    }
    return spans;
  }

  /** {@code 1 - 2^-weight}: 0.5 at the threshold, rising towards 1 with more evidence. */
  static double score(double weight) {
    return 1.0 - Math.pow(2.0, -weight);
  }

  ThemeTaxonomy taxonomy() {
    return taxonomy;
  }
}
