package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Organisation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The organisations found so far, each once, with the token ranges that mention them. */
final class OrganisationTable {

  /** One organisation: its full name, acronym and where it is first mentioned. */
  static final class Entry {
    private String name;
    private String acronym;
    private final int first;

    Entry(String name, String acronym, int first) {
      this.name = name;
      this.acronym = acronym;
      this.first = first;
    }

    String name() {
      return name;
    }

    String acronym() {
      return acronym;
    }

    Organisation toOrganisation() {
      Organisation.Builder b = Organisation.builder().name(name);
      if (acronym != null && !acronym.equals(name)) {
        b.acronym(acronym);
      }
      return b.build();
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, Entry> byKey = new HashMap<>();
  /**
   * The first characters of the one-word keys ever put in {@link #byKey}: a word (which holds no space) starting
   * otherwise is no key.
   */
  private final StringBuilder keyInitials = new StringBuilder();
  private final Entry[] mentionOf;
  /** Word prefixes of the names, built once all names are known (see {@link #byPrefix}). */
  private Map<String, List<Entry>> prefixes;
  private final int[] mentionEnd;

  OrganisationTable(int tokenCount) {
    this.mentionOf = new Entry[tokenCount];
    this.mentionEnd = new int[tokenCount];
  }

  /** Records a mention over tokens {@code from..to}; merges with a known entry by name or acronym. */
  Entry add(String name, String acronym, int from, int to) {
    Entry e = find(name);
    if (e == null && acronym != null) {
      e = find(acronym);
      if (e != null && e.name.equals(e.acronym)) {
        byKey.remove(key(e.name));
        e.name = name;
      }
    }
    if (e == null) {
      e = new Entry(name, acronym, from);
      entries.add(e);
    } else if (e.acronym == null && acronym != null) {
      e.acronym = acronym;
    }
    putKey(key(e.name), e);
    if (e.acronym != null && !byKey.containsKey(key(e.acronym))) {
      putKey(key(e.acronym), e);
    }
    mark(e, from, to);
    return e;
  }

  private void putKey(String key, Entry e) {
    byKey.put(key, e);
    if (!key.isEmpty() && key.indexOf(' ') < 0 && keyInitials.indexOf(String.valueOf(key.charAt(0))) < 0) {
      keyInitials.append(key.charAt(0));
    }
  }

  /** Whether some one-word name or acronym in lower case may start with {@code c}; false means none does. */
  boolean mayHoldKeyStartingWith(char c) {
    for (int i = 0; i < keyInitials.length(); i++) {
      if (keyInitials.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  void mark(Entry e, int from, int to) {
    for (int i = from; i <= to; i++) {
      mentionOf[i] = e;
      mentionEnd[i] = to;
    }
  }

  Entry find(String nameOrAcronym) {
    return nameOrAcronym == null ? null : byKey.get(key(nameOrAcronym));
  }

  /** As {@link #find}, for a name or acronym already in lower case ({@link Tokens#lower}). */
  Entry findLower(String lowerNameOrAcronym) {
    return byKey.get(lowerNameOrAcronym);
  }

  /** The entry a mention covering token {@code i} refers to, or null. */
  Entry at(int i) {
    return i >= 0 && i < mentionOf.length ? mentionOf[i] : null;
  }

  boolean covers(int i) {
    return at(i) != null;
  }

  /** Last token of the mention covering {@code i}. */
  int endOf(int i) {
    return mentionEnd[i];
  }

  /**
   * The entry whose name starts with {@code words} (a shortened name such as "Eastmere"), or null. When several
   * names start so, a shortened name of two or more words ({@code anyOf}) gives the first: it is still no person.
   */
  Entry byPrefix(String words, boolean anyOf) {
    if (prefixes == null) {
      prefixes = new HashMap<>();
      for (Entry e : entries) {
        String[] parts = e.name.split(" ");
        StringBuilder prefix = new StringBuilder();
        for (String part : parts) {
          prefix.append(prefix.length() == 0 ? "" : " ").append(part);
          prefixes.computeIfAbsent(prefix.toString(), k -> new ArrayList<>()).add(e);
        }
      }
    }
    List<Entry> found = prefixes.getOrDefault(words, List.of());
    return found.isEmpty() || found.size() > 1 && !anyOf ? null : found.get(0);
  }

  List<Organisation> organisations() {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingInt(e -> e.first));
    return sorted.stream().map(Entry::toOrganisation).toList();
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
