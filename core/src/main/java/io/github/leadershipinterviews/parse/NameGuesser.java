package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A fallback for speaker attribution when the entity stage marks no mentions: finds runs of two or three
 * capitalised words that look like a person's name ({@code Dr Jo Bell}, {@code Anna-Lise Corr}), and single
 * first names or surnames that repeat one of them or one of the {@code known} names ({@code Jo}, {@code Bell’s},
 * Nordic case endings such as {@code Helmis}).
 */
final class NameGuesser {
  private static final Set<String> NOT_NAMES = Set.copyOf(Lexicon.load("not-name-words.txt"));
  /** Letters a case ending or possessive may add to a name ({@code Annikan}, {@code Helmis}). */
  private static final int MAX_ENDING = 3;

  private final String body;
  private final Map<String, String> byWord = new HashMap<>();

  private NameGuesser(String body) {
    this.body = body;
  }

  /** Name references in {@code body}, in text order, each with the full name it stands for. */
  static List<PersonRefs.Ref> guess(String body, List<String> known) {
    NameGuesser guesser = new NameGuesser(body);
    known.forEach(guesser::index);
    List<Span> runs = capitalisedRuns(body);
    for (Span run : runs) {
      guesser.fullName(run).ifPresent(guesser::index);
    }
    List<PersonRefs.Ref> out = new ArrayList<>();
    for (Span run : runs) {
      guesser.reference(run).ifPresent(out::add);
    }
    return out;
  }

  /** Whether {@code written} (one to three capitalised words, honorifics allowed) could be a person's name. */
  static boolean couldBeName(String written) {
    for (String w : withoutHonorifics(written).split(" ")) {
      if (w.isEmpty() || NOT_NAMES.contains(w.toLowerCase(Locale.ROOT)) || isAcronym(w)) {
        return false;
      }
    }
    return true;
  }

  /** The full name that {@code written} (a name with its honorifics) stands for, honorifics dropped. */
  static String withoutHonorifics(String written) {
    return PersonNames.parse(written).name();
  }

  private void index(String fullName) {
    String[] words = fullName.split(" ");
    byWord.putIfAbsent(words[0], fullName);
    byWord.putIfAbsent(words[words.length - 1], fullName);
    byWord.putIfAbsent(fullName, fullName);
  }

  private Optional<PersonRefs.Ref> reference(Span run) {
    Optional<String> full = fullName(run);
    if (full.isPresent()) {
      return Optional.of(new PersonRefs.Ref(run, full, PersonRefs.Kind.NAME));
    }
    Span last = lastWord(run);
    Span span = isHonorificRun(Span.of(run.start(), last.start())) ? run : last;
    return lookUp(last.in(body)).map(name -> new PersonRefs.Ref(span, Optional.of(name), PersonRefs.Kind.NAME));
  }

  /** Whether every word of {@code span} is an honorific ({@code Dr}, {@code Prof.}); true when empty. */
  private boolean isHonorificRun(Span span) {
    for (String w : span.in(body).strip().split("[ .]+")) {
      if (!w.isEmpty() && !PersonNames.isHonorific(w)) {
        return false;
      }
    }
    return true;
  }

  /** A single word as a first name or surname of a name seen before, allowing a short ending. */
  Optional<String> lookUp(String word) {
    for (int cut = 0; cut <= MAX_ENDING && word.length() - cut >= 2; cut++) {
      String stem = word.substring(0, word.length() - cut);
      if (stem.endsWith("’") || stem.endsWith("'")) {
        continue;
      }
      String name = byWord.get(stem);
      if (name != null) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** The run as a person's full name: two or three name words after any honorifics. */
  private Optional<String> fullName(Span run) {
    String text = run.in(body);
    String name = withoutHonorifics(text);
    String[] words = name.split(" ");
    boolean titled = !name.equals(text);
    if (words.length < 2 || words.length > 3 || (!titled && !looksLikeName(words))) {
      return Optional.empty();
    }
    for (String w : words) {
      if (NOT_NAMES.contains(w.toLowerCase(Locale.ROOT)) || isAcronym(w) || w.endsWith("’s") || w.endsWith("'s")) {
        return Optional.empty();
      }
    }
    return Optional.of(name);
  }

  private static boolean looksLikeName(String[] words) {
    for (String w : words) {
      if (w.length() < 2) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAcronym(String word) {
    return word.length() > 1 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private Span lastWord(Span run) {
    int i = run.end();
    while (i > run.start() && body.charAt(i - 1) != ' ') {
      i--;
    }
    return Span.of(i, run.end());
  }

  /** Runs of capitalised words joined by single spaces, honorifics ({@code Dr.}) included. */
  static List<Span> capitalisedRuns(String body) {
    List<Span> runs = new ArrayList<>();
    int i = 0;
    int runStart = -1;
    int runEnd = -1;
    while (i < body.length()) {
      Span word = NearbyWords.after(body, i, body.length(), "");
      if (word == null) {
        i++;
        continue;
      }
      boolean capital = NearbyWords.isCapitalised(word.in(body));
      boolean joined = runStart >= 0 && joinedByOneSpace(body, runEnd, word.start());
      if (capital && joined) {
        runEnd = word.end();
      } else {
        addRun(runs, runStart, runEnd);
        runStart = capital ? word.start() : -1;
        runEnd = word.end();
      }
      i = word.end();
    }
    addRun(runs, runStart, runEnd);
    return runs;
  }

  private static boolean joinedByOneSpace(String body, int previousEnd, int nextStart) {
    int gap = nextStart - previousEnd;
    if (gap == 1) {
      return body.charAt(previousEnd) == ' ';
    }
    return gap == 2 && body.charAt(previousEnd) == '.' && body.charAt(previousEnd + 1) == ' '
        && PersonNames.isHonorific(body.substring(wordStart(body, previousEnd), previousEnd));
  }

  private static int wordStart(String body, int end) {
    int i = end;
    while (i > 0 && Character.isLetter(body.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static void addRun(List<Span> runs, int start, int end) {
    if (start >= 0) {
      runs.add(Span.of(start, end));
    }
  }
}
