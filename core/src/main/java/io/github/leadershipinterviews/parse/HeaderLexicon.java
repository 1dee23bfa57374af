package io.github.leadershipinterviews.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the header stage recognises: the built-in lexicon files plus a user's {@link HeaderVocabulary}.
 * Every set holds {@link #fold folded} entries.
 */
final class HeaderLexicon {
  private static final HeaderLexicon DEFAULTS = new HeaderLexicon(HeaderVocabulary.none());

  /** Show-line phrases, longest first so that {@code A podcast by} wins over {@code podcast by}. */
  final List<String> byPhrases;
  final Set<String> categoryLabels;
  final Set<String> scheduleWords;
  final Set<String> chromeLines;
  /** The length of the longest {@link #chromeLines} entry: a longer line is no chrome. */
  final int longestChromeLine;
  final List<String> footerStarts;
  final Set<String> platforms;
  final Map<String, Integer> months;
  final Set<String> weekdays;
  final List<String> dateLabels;
  /** The first characters of {@link #footerStarts}, {@link #dateLabels} and {@link #byPhrases}: a cheap first test. */
  final String footerFirsts;
  final String dateLabelFirsts;
  final String byPhraseFirsts;
  final Set<String> hostLabels;
  final Set<String> guestLabels;
  final Set<String> relativeBefore;
  final Set<String> relativeAfter;
  final Map<String, Character> durationUnits;
  final Set<String> episodeWords;
  final Set<String> seasonWords;
  final Set<String> showWords;
  final Set<String> withWords;
  /** The "with" words that name a show's host on a line of its own ({@code <Show> – med <Host>}). */
  final Set<String> hostWithWords;
  final Set<String> aboutWords;
  final Set<String> conjunctions;
  private final int longestConjunction;
  final Set<String> roleWords;
  final Map<String, List<String>> bodyPhrases;
  final NameShape names;

  private HeaderLexicon(HeaderVocabulary extra) {
    byPhrases = longestFirst(merge(Lexicon.load("header-by-phrases.txt"), extra.byPhrases()));
    categoryLabels = Set.copyOf(merge(Lexicon.load("header-category-labels.txt"), extra.categoryLabels()));
    scheduleWords = Set.copyOf(merge(Lexicon.load("header-schedule-words.txt"), extra.scheduleWords()));
    chromeLines = Set.copyOf(merge(Lexicon.load("header-chrome-lines.txt"), extra.chromeLines()));
    longestChromeLine = chromeLines.stream().mapToInt(String::length).max().orElse(0);
    footerStarts = merge(Lexicon.load("header-footer-lines.txt"), List.of());
    platforms = Set.copyOf(merge(Lexicon.load("header-platforms.txt"), List.of()));
    months = numbered(Lexicon.load("header-months.txt"));
    weekdays = words(Lexicon.load("header-weekdays.txt"), null);
    dateLabels = longestFirst(merge(Lexicon.load("header-date-labels.txt"), List.of()));
    hostLabels = words(Lexicon.load("header-person-labels.txt"), "host");
    guestLabels = words(Lexicon.load("header-person-labels.txt"), "guest");
    List<String> relative = Lexicon.load("header-relative-dates.txt");
    relativeBefore = words(relative, "before");
    relativeAfter = words(relative, "after");
    durationUnits = units(Lexicon.load("header-duration-units.txt"));
    List<String> episodeLines = Lexicon.load("header-episode-words.txt");
    seasonWords = words(episodeLines, "season");
    episodeWords = words(episodeLines.subList(0, 1), null);
    showWords = Set.copyOf(merge(Lexicon.load("header-show-words.txt"), List.of()));
    List<String> titleLines = Lexicon.load("header-title-words.txt");
    withWords = words(titleLines, "with");
    hostWithWords = words(titleLines, "hostwith");
    aboutWords = words(titleLines, "about");
    conjunctions = Set.copyOf(merge(Lexicon.load("header-conjunctions.txt"), List.of()));
    longestConjunction = conjunctions.stream().mapToInt(String::length).max().orElse(0);
    roleWords = Set.copyOf(merge(Lexicon.load("header-role-words.txt"), List.of()));
    bodyPhrases = keyed(Lexicon.load("header-body-phrases.txt"));
    names = NameShape.defaults();
    footerFirsts = firstChars(footerStarts);
    dateLabelFirsts = firstChars(dateLabels);
    byPhraseFirsts = firstChars(byPhrases);
  }

  /** The distinct first characters of {@code phrases} (none is empty: entries are stripped, never blank). */
  private static String firstChars(List<String> phrases) {
    StringBuilder out = new StringBuilder();
    for (String p : phrases) {
      if (out.indexOf(p.substring(0, 1)) < 0) {
        out.append(p.charAt(0));
      }
    }
    return out.toString();
  }

  static HeaderLexicon defaults() {
    return DEFAULTS;
  }

  static HeaderLexicon with(HeaderVocabulary extra) {
    return extra == HeaderVocabulary.none() ? DEFAULTS : new HeaderLexicon(extra);
  }

  /** Lower case (root locale), curly apostrophes as straight ones, surrounding spaces removed. */
  static String fold(String s) {
    return s.strip().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }

  /** The first position from {@code pos} that holds no {@code ' '}. */
  static int skipSpaces(String text, int pos) {
    while (pos < text.length() && text.charAt(pos) == ' ') {
      pos++;
    }
    return pos;
  }

  /** {@link NameShape#isSpace}, with ASCII (most of any text) told apart without a table look-up. */
  static boolean isSpace(char c) {
    return c < 128 ? c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F' : NameShape.isSpace(c);
  }

  /** Whether {@code text} holds an ASCII digit, what {@code \d} in a pattern needs. */
  static boolean hasAsciiDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * One character folded: lower case, a curly apostrophe as a straight one. Char for char, so positions in a
   * folded text are those of the text.
   */
  static char foldChar(char c) {
    return c == '\u2019' ? '\'' : Character.toLowerCase(c);
  }

  /**
   * Whether {@link #fold} turns {@code c} into {@link #foldChar}{@code (c)} wherever it stands: true of every
   * character but the two whose lower case depends on context or is two characters ({@code \u0130}, capital
   * sigma) and surrogates (whose code point is folded as a whole). A text made of such characters folds char for
   * char, and can be compared in place.
   */
  static boolean foldsAlone(char c) {
    return c != '\u0130' && c != '\u03A3' && !Character.isSurrogate(c);
  }

  /**
   * Whether {@code text}, folded char by char ({@link #foldChar}), holds {@code phrase} at {@code at}: compared
   * in place, without making a folded copy of the text.
   */
  static boolean foldedStartsWith(String text, int at, String phrase) {
    if (at < 0 || at + phrase.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < phrase.length(); k++) {
      if (foldChar(text.charAt(at + k)) != phrase.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text} folded holds {@code phrase} followed by a space at {@code at}. */
  static boolean foldedWordAt(String text, int at, String phrase) {
    int end = at + phrase.length();
    return end < text.length() && text.charAt(end) == ' ' && foldedStartsWith(text, at, phrase);
  }

  /** {@code word} folded, without a trailing full stop or comma. */
  static String foldWord(String word) {
    String w = fold(word);
    while (!w.isEmpty() && (w.endsWith(".") || w.endsWith(","))) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static List<String> merge(List<String> builtIn, List<String> extra) {
    List<String> all = new ArrayList<>();
    builtIn.forEach(s -> all.add(fold(s)));
    extra.forEach(s -> all.add(fold(s)));
    return List.copyOf(new java.util.LinkedHashSet<>(all));
  }

  private static List<String> longestFirst(List<String> phrases) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(sorted);
  }

  /** The words of every line, or with {@code key}, of the lines whose first word is {@code key} (key dropped). */
  private static Set<String> words(List<String> lines, String key) {
    Set<String> out = new HashSet<>();
    for (String line : lines) {
      String[] parts = fold(line).split("\\s+");
      if (key == null) {
        out.addAll(List.of(parts));
      } else if (parts[0].equals(key)) {
        out.addAll(List.of(parts).subList(1, parts.length));
      }
    }
    return Set.copyOf(out);
  }

  private static Map<String, Integer> numbered(List<String> lines) {
    Map<String, Integer> out = new HashMap<>();
    for (String line : lines) {
      String[] parts = fold(line).split("\\s+");
      int n = Integer.parseInt(parts[0]);
      for (int i = 1; i < parts.length; i++) {
        out.put(parts[i], n);
      }
    }
    return Map.copyOf(out);
  }

  private static Map<String, Character> units(List<String> lines) {
    Map<String, Character> out = new HashMap<>();
    for (String line : lines) {
      String[] parts = fold(line).split("\\s+");
      for (int i = 1; i < parts.length; i++) {
        out.put(parts[i], parts[0].charAt(0));
      }
    }
    return Map.copyOf(out);
  }

  /** Lines {@code "<key> <phrase>"} grouped by key, phrases folded and each once, longest first. */
  private static Map<String, List<String>> keyed(List<String> lines) {
    Map<String, List<String>> out = new HashMap<>();
    for (String line : lines) {
      int space = line.indexOf(' ');
      out.computeIfAbsent(line.substring(0, space), k -> new ArrayList<>()).add(fold(line.substring(space + 1)));
    }
    out.replaceAll((k, v) -> longestFirst(List.copyOf(new java.util.LinkedHashSet<>(v))));   // I’m and I'm fold alike
    return Map.copyOf(out);
  }

  /**
   * Whether {@code word} (one word: no spaces around it) folds to a {@link #conjunctions conjunction}. Folding
   * never shortens a word, so a word longer than every conjunction is not folded at all.
   */
  boolean isConjunction(String word) {
    return word.length() <= longestConjunction && conjunctions.contains(fold(word));
  }

  /** The phrases listed under {@code key} in the body-phrase lexicon. */
  List<String> bodyPhrases(String key) {
    return bodyPhrases.getOrDefault(key, List.of());
  }
}
