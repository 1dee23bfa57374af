package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Person;
import io.github.leadershipinterviews.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people a summary names, each once under a full name, with the part they play in this episode. Looks up
 * written names through Nordic case endings ({@code Aino Virtasen} is {@code Aino Virtanen}).
 */
final class Cast {

  enum Part { HOST, GUEST, PERSON }

  /** One person and what the text says about them. */
  static final class Member {
    private final String name;
    private PersonName written;
    private Part part;
    private final List<Role> roles = new ArrayList<>();
    private final int order;
    /** First and last word of the name, split once on first use: the resolver asks for them at every word. */
    private String firstName;
    private String surname;

    Member(PersonName written, Part part, int order) {
      this.name = written.name();
      this.written = written;
      this.part = part;
      this.order = order;
    }

    PersonName written() {
      return written;
    }

    String name() {
      return name;
    }

    Part part() {
      return part;
    }

    String firstName() {
      if (firstName == null) {
        firstName = name.split(" ")[0];
      }
      return firstName;
    }

    String surname() {
      if (surname == null) {
        String[] words = name.split(" ");
        surname = words[words.length - 1];
      }
      return surname;
    }

    void addRoles(List<Role> more) {
      for (Role r : more) {
        if (!roles.contains(r)) {
          roles.add(r);
        }
      }
    }

    Person toPerson() {
      Person.Builder b = Person.builder().name(name).postNominals(written.postNominals()).roles(roles);
      written.honorific().ifPresent(b::honorific);
      written.appearance().ifPresent(b::appearance);
      return b.build();
    }

    /** Keeps the honorific or post-nominals of a fuller written form. */
    void learn(PersonName other) {
      boolean richer = written.honorific().isEmpty() && other.honorific().isPresent()
          || written.postNominals().isEmpty() && !other.postNominals().isEmpty();
      if (richer) {
        written = new PersonName(name, other.honorific().or(written::honorific),
            other.postNominals().isEmpty() ? written.postNominals() : other.postNominals(),
            written.appearance().isPresent() ? written.appearance() : other.appearance());
      }
    }
  }

  private static final int MIN_STEM = 3;

  private final Map<String, Member> members = new LinkedHashMap<>();
  private final Map<String, List<Member>> byGiven = new java.util.HashMap<>();
  /**
   * The answers of {@link #find} since the last new member: the finders ask for the same names again and again,
   * and an answer changes only when a member joins.
   */
  private final Map<String, Member> found = new java.util.HashMap<>();

  /** The member {@code name} denotes, directly or through a case ending on its last word, or null. */
  Member find(String name) {
    Member m = found.get(name);
    if (m == null && !found.containsKey(name)) {
      m = lookUp(name);
      found.put(name, m);
    }
    return m;
  }

  private Member lookUp(String name) {
    Member m = members.get(key(name));
    if (m != null) {
      return m;
    }
    int space = name.lastIndexOf(' ');
    if (space < 0) {
      return null;
    }
    for (String base : NordicNames.candidates(name.substring(space + 1))) {
      m = members.get(key(name.substring(0, space + 1) + base));
      if (m != null) {
        return m;
      }
    }
    return sameStem(name.substring(0, space), name.substring(space + 1));
  }

  /**
   * A member with the same given names whose surname shares the written one's stem: Finnish consonant gradation
   * changes the stem itself ({@code Kärppä}, genitive {@code Kärpän}), so an inflected surname that keeps all but
   * the last two letters of a known one is that person, never a second one.
   */
  private Member sameStem(String given, String surname) {
    if (!NordicNames.mayBeInflected(surname)) {
      return null;
    }
    for (Member m : byGiven.getOrDefault(key(given), List.of())) {
      String known = m.surname();
      boolean sameGiven = m.name.length() > known.length() && key(m.name.substring(0, m.name.length() - known.length()
          - 1)).equals(key(given));
      int shorter = Math.min(known.length(), surname.length());
      if (sameGiven && commonPrefix(key(known), key(surname)) >= Math.max(MIN_STEM, shorter - 2)) {
        return m;
      }
    }
    return null;
  }

  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  /** Adds {@code written} in {@code part}, or gives an existing member the stronger part (host, then guest). */
  Member add(PersonName written, Part part) {
    Member m = find(written.name());
    if (m == null) {
      m = new Member(written, part, members.size());
      members.put(key(m.name), m);
      found.clear();
      int space = m.name.lastIndexOf(' ');
      if (space > 0) {
        byGiven.computeIfAbsent(key(m.name.substring(0, space)), k -> new ArrayList<>()).add(m);
      }
    } else {
      m.learn(written);
      if (part.ordinal() < m.part.ordinal()) {
        m.part = part;
      }
    }
    return m;
  }

  List<Member> members() {
    return List.copyOf(members.values());
  }

  List<Member> withPart(Part part) {
    List<Member> out = new ArrayList<>();
    for (Member m : members.values()) {
      if (m.part == part) {
        out.add(m);
      }
    }
    return out;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
