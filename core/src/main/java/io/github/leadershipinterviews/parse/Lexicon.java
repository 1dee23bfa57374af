package io.github.leadershipinterviews.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Word lists shipped as resources under {@code io/github/leadershipinterviews/parse/lexicon/}: UTF-8, one entry a
 * line, {@code #} starts a comment, blank lines are skipped. Load each list once, into a {@code static final}.
 */
final class Lexicon {
  private static final String ROOT = "lexicon/";

  private Lexicon() {}

  /** The entries of {@code name} (e.g. {@code "honorifics.txt"}), in file order, trimmed. */
  static List<String> load(String name) {
    try (InputStream in = Lexicon.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing: " + ROOT + name);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + ROOT + name, e);
    }
  }

  private static List<String> read(BufferedReader reader) throws IOException {
    List<String> entries = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int hash = line.indexOf('#');
      String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!entry.isEmpty()) {
        entries.add(entry);
      }
    }
    return List.copyOf(entries);
  }
}
