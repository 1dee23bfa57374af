package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Person;
import io.github.leadershipinterviews.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The places outside quotation marks where the body refers to a person, for speaker attribution.
 *
 * <p>The entity stage's {@link PersonMention}s come first. Pronouns it did not mark are added from the pronoun
 * lexicons, resolved later to the nearest guest. When the entity stage gives no mentions at all, names are
 * guessed too ({@link NameGuesser}), so that attribution still works on its own.
 */
final class PersonRefs {
  private static final Set<String> SUBJECTS = Set.copyOf(Lexicon.load("third-person-pronouns.txt"));
  private static final Set<String> OBJECTS = Set.copyOf(Lexicon.load("object-pronouns.txt"));
  private static final Set<String> POSSESSIVES = Set.copyOf(Lexicon.load("possessive-pronouns.txt"));
  private static final Set<String> FUNCTION_WORDS = Set.copyOf(Lexicon.load("title-small-words.txt"));
  private static final Map<String, Character> GENDERS = genders(Lexicon.load("pronoun-genders.txt"));
  private static final Map<String, Character> HONORIFIC_GENDERS = genders(Lexicon.load("honorific-genders.txt"));
  /** The longest pronoun's length and the letters pronouns start with, for {@link #mayBePronoun}. */
  private static final String PRONOUN_STARTS = starts(SUBJECTS) + starts(OBJECTS) + starts(POSSESSIVES);
  private static final int LONGEST_PRONOUN = Math.max(longest(SUBJECTS), Math.max(longest(OBJECTS),
      longest(POSSESSIVES)));
  // The three lists, asked about a word of the body without a lower-case copy of it.
  private static final LowerCaseWords SUBJECT_WORDS = new LowerCaseWords(SUBJECTS);
  private static final LowerCaseWords OBJECT_WORDS = new LowerCaseWords(OBJECTS);
  private static final LowerCaseWords POSSESSIVE_WORDS = new LowerCaseWords(POSSESSIVES);
  /** {@link #mayStartPronoun} of each ASCII character. */
  private static final boolean[] ASCII_PRONOUN_STARTS = asciiStarts();
  /** The pronouns of the three lists, looked up by an ASCII word without its lower-case copy. */
  private static final LowerCaseTable ASCII_PRONOUNS = asciiPronouns();
  private static final char UNKNOWN = '?';
  /** How far after a name a pronoun still votes for that person's gender. */
  private static final int NEAR = 200;
  /** How far a first name or surname may stand from the quote marks of a nickname. */
  private static final int NICKNAME_NEAR = 40;
  /** How many references back a pronoun looks for the person it stands for. */
  private static final int LOOKBACK_REFS = 200;

  /** What a reference is. */
  enum Kind {
    /** A name: full, first name, surname, title and surname. */
    NAME,
    /** A subject pronoun ({@code she}, {@code hon}, {@code hän}). */
    PRONOUN,
    /** An object pronoun ({@code told her}): never the speaker. */
    OBJECT,
    /** A possessive ({@code her mentor}): the speaker only when it owns the words. */
    POSSESSIVE
  }

  /** One reference: where, the full name when known, and what kind. */
  record Ref(Span span, Optional<String> name, Kind kind) {}

  private final String body;
  private final List<Ref> refs;
  private final List<String> guests;

  private final Map<String, String> byWord = new HashMap<>();
  private final Map<String, Character> genders = new HashMap<>();
  /** The full names {@link #index} has seen. */
  private final Set<String> indexed = new HashSet<>();

  private PersonRefs(String body, List<Ref> refs, List<String> guests) {
    this.body = body;
    this.refs = refs;
    this.guests = guests;
    for (Ref r : refs) {
      r.name().filter(n -> r.kind() == Kind.NAME).ifPresent(this::index);
    }
    learnGenders();
  }

  private void index(String fullName) {
    if (!indexed.add(fullName)) {
      return; // indexed already: its words are in byWord, for it or for a name before it
    }
    String[] words = fullName.split(" ");
    byWord.putIfAbsent(words[0], fullName);
    byWord.putIfAbsent(words[words.length - 1], fullName);
  }

  /** The full name of a person referred to somewhere whose first name or surname is {@code word}. */
  Optional<String> fullNameOf(String word) {
    return Optional.ofNullable(byWord.get(word));
  }

  /** Whether {@code name} is one of the episode's guests. */
  boolean isGuest(String name) {
    return guests.contains(name);
  }

  /** The first guest, if the episode names one. */
  Optional<String> firstGuest() {
    return guests.stream().findFirst();
  }

  /** The references in {@code body} outside the quoted passages. */
  static PersonRefs find(String body, List<QuotedPassage> quotes, Entities entities) {
    List<String> guests = entities.guests().stream().map(Person::name).toList();
    List<Ref> all = new ArrayList<>();
    for (PersonMention m : entities.mentions()) {
      all.add(m.form() == PersonMention.Form.PRONOUN ? pronoun(body, m, guests)
          : new Ref(m.span(), Optional.of(m.fullName()), Kind.NAME));
    }
    List<Ref> lexical = new ArrayList<>(pronouns(body));
    if (entities.mentions().isEmpty()) {
      lexical.addAll(NameGuesser.guess(body, known(entities)));
      lexical.sort(Comparator.comparingInt(r -> r.span().start()));
    }
    all.addAll(withoutOverlaps(lexical, all));
    all.sort(Comparator.comparingInt(r -> r.span().start()));
    PersonRefs out = new PersonRefs(body, outside(all, quotes), guests);
    quotes.forEach(out::learnNickname);
    return out;
  }

  /** {@code Chukwuemeka “Emeka” Obi}: a quoted word between a known person's first name and surname is theirs. */
  private void learnNickname(QuotedPassage q) {
    Span nick = NearbyWords.after(body, q.text().start(), q.text().end(), "");
    if (nick == null || nick.end() != q.text().end() || !NearbyWords.isCapitalised(nick.in(body))) {
      return;
    }
    int start = q.marks().start();
    Span first = NearbyWords.before(body, start, Math.max(0, start - NICKNAME_NEAR), "");
    int end = q.marks().end();
    Span last = NearbyWords.after(body, end, Math.min(body.length(), end + NICKNAME_NEAR), "");
    String full = first == null || last == null ? null : first.in(body) + " " + last.in(body);
    if (full != null && indexed.contains(full)) {
      byWord.putIfAbsent(nick.in(body), full);
    }
  }

  /** The references that start in {@code [from, to)}, in text order. */
  List<Ref> between(int from, int to) {
    List<Ref> out = new ArrayList<>();
    for (int i = firstAtOrAfter(from); i < refs.size() && refs.get(i).span().start() < to; i++) {
      out.add(refs.get(i));
    }
    return out;
  }

  /** The reference starting exactly at {@code start}, if any. */
  Optional<Ref> at(int start) {
    int i = firstAtOrAfter(start);
    return i < refs.size() && refs.get(i).span().start() == start ? Optional.of(refs.get(i)) : Optional.empty();
  }

  /** The last reference that starts before {@code position}. */
  Optional<Ref> lastBefore(int position) {
    int i = firstAtOrAfter(position) - 1;
    return i >= 0 ? Optional.of(refs.get(i)) : Optional.empty();
  }

  /**
   * The full name a reference stands for: its own, or for a pronoun the nearest guest before it whose gender
   * (as the text's pronouns show it) fits, else the nearest person who fits, else the first guest.
   */
  Optional<String> resolve(Ref ref) {
    return resolve(ref, Optional.empty());
  }

  /**
   * As {@link #resolve(Ref)}, on a transcript line spoken by {@code narrator}: a third-person pronoun there never
   * stands for the narrator, and goes to the nearest other person whose gender fits.
   */
  Optional<String> resolve(Ref ref, Optional<String> narrator) {
    char gender = genderOf(ref);
    if (ref.name().isPresent() && fits(ref.name().get(), gender) && !ref.name().equals(narrator)) {
      return ref.name().map(this::guestEndingWith);
    }
    Optional<String> nearestFitting = Optional.empty();
    int end = firstAtOrAfter(ref.span().start());
    for (int i = end - 1; i >= Math.max(0, end - LOOKBACK_REFS); i--) {
      Optional<String> name = refs.get(i).kind() == Kind.NAME ? refs.get(i).name() : Optional.empty();
      if (name.isPresent() && fits(name.get(), gender) && !name.equals(narrator)) {
        if (guests.contains(name.get()) && narrator.isEmpty()) {
          return name;
        }
        nearestFitting = nearestFitting.or(() -> name);
      }
    }
    Optional<String> guest = guests.stream().filter(g -> fits(g, gender)).findFirst();
    return nearestFitting.or(() -> guest).or(() -> guests.stream().findFirst());
  }

  /** {@code Ní Bhriain}, taken for a person of its own: the guest whose full name ends with it, if any. */
  private String guestEndingWith(String name) {
    for (String guest : guests) {
      int start = guest.length() - name.length();
      if (start > 0 && guest.endsWith(name) && guest.charAt(start - 1) == ' ') {
        return guest;
      }
    }
    return name;
  }

  /** Whether a pronoun may stand for {@code name}, as far as the text shows that person's gender. */
  boolean mayStandFor(Ref pronoun, String name) {
    return fits(name, genderOf(pronoun));
  }

  private boolean fits(String name, char gender) {
    Character known = genders.get(name);
    return gender == UNKNOWN || known == null || known == gender;
  }

  private char genderOf(Ref ref) {
    if (ref.kind() == Kind.NAME) {
      return UNKNOWN;
    }
    String word = NearbyWords.lower(body, ref.span());
    return GENDERS.getOrDefault(word.substring(word.lastIndexOf('-') + 1), UNKNOWN);
  }

  /** {@code “...,” she says}: the pronoun whose person is in question does not vote. */
  private boolean followsQuotation(Ref pronoun) {
    int i = pronoun.span().start();
    while (i > 0 && (NearbyWords.isSpace(body.charAt(i - 1)) || body.charAt(i - 1) == ',')) {
      i--;
    }
    return i > 0 && "”’\"'»“".indexOf(body.charAt(i - 1)) >= 0;
  }

  /**
   * Each named person's gender by a vote of the gendered subject pronouns that follow their name most closely, or
   * of the possessives when no subject pronoun votes (never of objects): a possessive or object right after a name
   * often stands for someone else ({@code Jo Bell became one of her allies, although he told her ...}).
   */
  private void learnGenders() {
    Map<String, int[]> votes = new HashMap<>();
    Map<String, int[]> subjectVotes = new HashMap<>();
    Ref lastName = null;
    for (Ref r : refs) {
      if (r.kind() == Kind.NAME) {
        lastName = r;
        continue;
      }
      boolean near = lastName != null && lastName.name().isPresent()
          && r.span().start() - lastName.span().end() <= NEAR;
      // "Lauren presses him": an object never stands for the subject named before it
      char gender = near && r.kind() != Kind.OBJECT ? genderOf(r) : UNKNOWN; // asked once: it lower-cases the word
      if (gender != UNKNOWN && !followsQuotation(r)) {
        Map<String, int[]> ballot = r.kind() == Kind.PRONOUN ? subjectVotes : votes;
        ballot.computeIfAbsent(lastName.name().get(), k -> new int[2])[gender == 'f' ? 0 : 1]++;
      }
    }
    subjectVotes.forEach((name, v) -> votes.merge(name, v, (all, subjects) -> subjects));
    votes.forEach((name, v) -> {
      if (v[0] != v[1]) {
        genders.put(name, v[0] > v[1] ? 'f' : 'm');
      }
    });
    for (Ref r : refs) {
      Character told = r.kind() == Kind.NAME && r.name().isPresent() ? honorificGender(r.span()) : null;
      if (told != null) {
        genders.put(r.name().get(), told); // "Dame Jo Bell, who ran it when he was young": she, whatever votes
      }
    }
  }

  /** The gender an honorific opening a name tells ({@code Dame}, {@code Mr.}), or null. */
  private Character honorificGender(Span name) {
    Span first = NearbyWords.after(body, name.start(), name.end(), "");
    return first == null || first.end() >= name.end() ? null
        : HONORIFIC_GENDERS.get(NearbyWords.lower(body, first));
  }

  /** The name at {@code span} in the body, as the entity stage or the name guesser would give it. */
  Optional<String> nameAt(Span span) {
    Optional<Ref> ref = at(span.start());
    return ref.isPresent() && ref.get().kind() == Kind.NAME ? ref.get().name() : Optional.empty();
  }

  private int firstAtOrAfter(int position) {
    return Sorted.countBelow(refs, r -> r.span().start(), position);
  }

  private static Map<String, Character> genders(List<String> lines) {
    Map<String, Character> out = new HashMap<>();
    for (String line : lines) {
      String[] parts = line.split(" ");
      out.put(parts[0], parts[1].charAt(0));
    }
    return Map.copyOf(out);
  }

  private static List<String> known(Entities entities) {
    List<String> names = new ArrayList<>();
    entities.guests().forEach(p -> names.add(p.name()));
    entities.people().forEach(p -> names.add(p.name()));
    return names;
  }

  /**
   * A pronoun the entity stage resolved. Quotations are mostly the guests' words, so a pronoun it resolved to
   * someone else is resolved again here, to the nearest guest ({@code “...,” she says} after a host's question).
   */
  private static Ref pronoun(String body, PersonMention m, List<String> guests) {
    boolean keep = guests.isEmpty() || guests.contains(m.fullName());
    return new Ref(m.span(), keep ? Optional.of(m.fullName()) : Optional.empty(), pronounKind(body, m.span()));
  }

  /**
   * Every third-person pronoun of the lexicons in {@code body}, one linear pass over its words (as
   * {@link NearbyWords#after} reads them); a span and a lower-case copy only for a word that may be a pronoun.
   */
  private static List<Ref> pronouns(String body) {
    List<Ref> out = new ArrayList<>();
    char[] chars = body.toCharArray(); // array reads: the body is often UTF-16, where charAt costs more
    int n = chars.length;
    for (int i = 0; i < n; i++) {
      if (!mayStartPronoun(chars[i]) || !startsWord(chars, i)) {
        continue; // most characters: one table read
      }
      int end = wordEnd(chars, i);
      if (mayBePronoun(body, i, end) && isPronoun(body, i, end)) {
        Span word = Span.of(i, end);
        out.add(new Ref(word, Optional.empty(), pronounKind(body, word)));
      }
      // no word starts inside this one: each of its letters follows a letter, or a joiner after a letter
      i = end - 1;
    }
    return out;
  }

  /** Whether {@code c} in lower case is a letter some pronoun starts with. */
  private static boolean mayStartPronoun(char c) {
    return c < ASCII_PRONOUN_STARTS.length ? ASCII_PRONOUN_STARTS[c]
        : PRONOUN_STARTS.indexOf(Character.toLowerCase(c)) >= 0;
  }

  /**
   * Whether a word (as {@link NearbyWords#after} reads words, left to right) starts at {@code i}: a letter or
   * digit that neither follows one nor follows a joiner inside a word ({@code Anna-Lise}, {@code she’s}).
   */
  private static boolean startsWord(char[] s, int i) {
    if (!NearbyWords.isLetterOrDigit(s[i])) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char before = s[i - 1];
    return !NearbyWords.isLetterOrDigit(before)
        && !(NearbyWords.isJoiner(before) && i >= 2 && NearbyWords.isLetterOrDigit(s[i - 2]));
  }

  /** {@link NearbyWords#wordEnd} over the whole of {@code s}, read as an array. */
  private static int wordEnd(char[] s, int start) {
    int i = start;
    while (i < s.length && (NearbyWords.isLetterOrDigit(s[i])
        || NearbyWords.isJoiner(s[i]) && i > start && i + 1 < s.length && NearbyWords.isLetterOrDigit(s[i + 1]))) {
      i++;
    }
    return i;
  }

  /**
   * A cheap test before lower-casing the word: no longer than the longest pronoun (lower case is never shorter,
   * in characters, than the word it comes from) and starting with a letter some pronoun starts with (the first
   * character of a word in lower case is that character in lower case).
   */
  private static boolean mayBePronoun(String body, int start, int end) {
    return end - start <= LONGEST_PRONOUN
        && PRONOUN_STARTS.indexOf(Character.toLowerCase(body.charAt(start))) >= 0;
  }

  /** Whether {@code body[from, to)} in lower case is a pronoun; an ASCII word needs no lower-case copy. */
  private static boolean isPronoun(String body, int from, int to) {
    if (LowerCaseTable.isAscii(body, from, to)) {
      return ASCII_PRONOUNS.get(body, from, to) != 0;
    }
    return isPronoun(body.substring(from, to).toLowerCase(Locale.ROOT));
  }

  private static boolean[] asciiStarts() {
    boolean[] out = new boolean[0x80];
    for (char c = 0; c < out.length; c++) {
      out[c] = PRONOUN_STARTS.indexOf(Character.toLowerCase(c)) >= 0;
    }
    return out;
  }

  private static LowerCaseTable asciiPronouns() {
    Map<String, Integer> all = new HashMap<>();
    for (Set<String> words : List.of(SUBJECTS, OBJECTS, POSSESSIVES)) {
      words.forEach(w -> all.put(w, 1));
    }
    return new LowerCaseTable(all);
  }

  private static boolean isPronoun(String w) {
    return SUBJECTS.contains(w) || OBJECTS.contains(w) || POSSESSIVES.contains(w);
  }

  private static String starts(Set<String> words) {
    StringBuilder out = new StringBuilder();
    words.forEach(w -> out.append(w.charAt(0)));
    return out.toString();
  }

  private static int longest(Set<String> words) {
    return words.stream().mapToInt(String::length).max().orElse(0);
  }

  /** {@code her mentor} is possessive, {@code told her:} an object, {@code she} a subject. */
  private static Kind pronounKind(String body, Span word) {
    if (SUBJECT_WORDS.containsLowered(body, word)) {
      return Kind.PRONOUN;
    }
    boolean possessive = POSSESSIVE_WORDS.containsLowered(body, word);
    if (possessive && OBJECT_WORDS.containsLowered(body, word)) {
      Span next = NearbyWords.after(body, word.end(), Math.min(body.length(), word.end() + 40), "");
      String n = next == null ? "" : next.in(body);
      possessive = !n.isEmpty() && Character.isLowerCase(n.charAt(0))
          && !FUNCTION_WORDS.contains(n.toLowerCase(Locale.ROOT));
    }
    return possessive ? Kind.POSSESSIVE : Kind.OBJECT;
  }

  private static List<Ref> withoutOverlaps(List<Ref> candidates, List<Ref> taken) {
    if (taken.isEmpty()) {
      return candidates;
    }
    List<Ref> sorted = new ArrayList<>(taken);
    sorted.sort(Comparator.comparingInt(r -> r.span().start()));
    List<Ref> out = new ArrayList<>();
    int t = 0;
    for (Ref c : candidates) {
      while (t < sorted.size() && sorted.get(t).span().end() <= c.span().start()) {
        t++;
      }
      if (t >= sorted.size() || sorted.get(t).span().start() >= c.span().end()) {
        out.add(c);
      }
    }
    return out;
  }

  /** The references not inside any quoted passage (both lists sorted by start). */
  private static List<Ref> outside(List<Ref> refs, List<QuotedPassage> quotes) {
    List<Ref> out = new ArrayList<>();
    int q = 0;
    int coveredTo = -1;
    for (Ref r : refs) {
      while (q < quotes.size() && quotes.get(q).marks().start() <= r.span().start()) {
        coveredTo = Math.max(coveredTo, quotes.get(q).marks().end());
        q++;
      }
      if (r.span().start() >= coveredTo) {
        out.add(r);
      }
    }
    return out;
  }
}
