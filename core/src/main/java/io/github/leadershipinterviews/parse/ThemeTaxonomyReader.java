package io.github.leadershipinterviews.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text format described on {@link ThemeTaxonomy}, line by line, with errors that say file and line. */
final class ThemeTaxonomyReader {
  private static final Pattern KEY = Pattern.compile("(label|cues|weak|ignore|version)(?:\\.([a-z]{2,3}))?");
  private static final int MAX_LINE = 100_000;

  private final String source;
  private final ThemeTaxonomy.Builder taxonomy = ThemeTaxonomy.builder();
  private final Map<String, Integer> firstLines = new HashMap<>();
  private Theme.Builder theme;
  private String themeId;
  private int themeLine;
  private int lineNumber;

  private ThemeTaxonomyReader(String source) {
    this.source = source;
  }

  static ThemeTaxonomy read(Reader reader, String source) throws IOException {
    ThemeTaxonomyReader r = new ThemeTaxonomyReader(source);
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      r.lineNumber++;
      r.line(line);
    }
    r.finishTheme();
    return r.taxonomy.build();
  }

  private void line(String raw) {
    String line = raw.strip();
    if (line.length() > MAX_LINE) {
      throw error("line is " + line.length() + " characters long, over the limit of " + MAX_LINE);
    }
    if (line.isEmpty() || line.startsWith("#")) {
      return;
    }
    if (line.startsWith("[") && line.endsWith("]") && line.length() >= 2) {
      startTheme(line.substring(1, line.length() - 1).strip());
      return;
    }
    int eq = line.indexOf('=');
    if (eq < 0) {
      throw error("expected \"[theme-id]\" or \"key = value\" but found \"" + abbreviate(line) + "\"");
    }
    entry(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
  }

  private void startTheme(String id) {
    finishTheme();
    Integer first = firstLines.putIfAbsent(id, lineNumber);
    if (first != null) {
      throw error("duplicate theme id \"" + id + "\" (first defined on line " + first + ")");
    }
    try {
      theme = Theme.builder().id(id);
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage());
    }
    themeId = id;
    themeLine = lineNumber;
  }

  private void finishTheme() {
    if (theme == null) {
      return;
    }
    try {
      taxonomy.add(theme.build());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ThemeTaxonomyException(source, themeLine, e.getMessage());
    }
    theme = null;
  }

  private void entry(String key, String value) {
    Matcher m = KEY.matcher(key);
    if (!m.matches()) {
      throw error("unknown key \"" + abbreviate(key) + "\"; expected label, cues, weak or ignore, "
          + "optionally with a language suffix such as cues.fi");
    }
    if (m.group(1).equals("version")) {
      version(value);
      return;
    }
    if (theme == null) {
      throw error("\"" + key + "\" stands outside a theme; start a theme with a line \"[theme-id]\"");
    }
    switch (m.group(1)) {
      case "label" -> label(value);
      case "cues" -> theme.addCues(checkedList(key, value));
      case "weak" -> theme.addWeakCues(checkedList(key, value));
      default -> theme.addIgnored(checkedList(key, value));
    }
  }

  private void version(String value) {
    if (theme != null || !firstLines.isEmpty()) {
      throw error("\"version\" must come before the first theme");
    }
    if (value.isEmpty()) {
      throw error("version is blank");
    }
    taxonomy.version(value);
  }

  private void label(String value) {
    if (value.isEmpty()) {
      throw error("theme \"" + themeId + "\" has a blank label");
    }
    theme.label(value);
  }

  /** The comma-separated entries of {@code value}, each checked now so that an error names this line. */
  private List<String> checkedList(String key, String value) {
    List<String> out = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      String entry = part.strip();
      if (entry.isEmpty()) {
        throw error("theme \"" + themeId + "\": \"" + key + "\" has an empty entry (a doubled or trailing comma?)");
      }
      try {
        Cue.parse(entry);
      } catch (IllegalArgumentException e) {
        throw error("theme \"" + themeId + "\": " + e.getMessage());
      }
      out.add(entry);
    }
    return out;
  }

  private ThemeTaxonomyException error(String problem) {
    return new ThemeTaxonomyException(source, lineNumber, problem);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }
}
