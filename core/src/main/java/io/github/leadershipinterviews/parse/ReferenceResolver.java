package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import io.github.leadershipinterviews.parse.Cast.Member;
import io.github.leadershipinterviews.parse.Cast.Part;
import io.github.leadershipinterviews.parse.PersonMention.Form;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds every reference to a member of the cast and resolves it to the full name: full names, first names,
 * surnames with or without an honorific, case-inflected forms, and pronouns.
 *
 * <p>Pronouns resolve to the current subject: the last person named at the start of a sentence or just before a
 * verb (the guest until someone else is). A pronoun whose gender clashes with what earlier pronouns taught about
 * the subject goes to the most recently named person it fits. A first name shared by several people (a host and
 * a guest both called Sam) resolves to the other party inside a transcript line whose speaker has it, and
 * otherwise to the guest, because summaries are written about the guest. Pronouns inside quoted speech are the
 * speaker's own words about someone else and are not resolved.
 */
final class ReferenceResolver {
  static final Map<String, String> PRONOUNS = pronouns(Lexicon.load("pronouns.txt"));
  private static final int SUBJECT_WINDOW = 3;
  /** How many people back a pronoun looks: bounded, so that resolution stays linear in the text. */
  private static final int RECENT = 12;
  private static final java.util.Set<String> OBJECT_FOLLOWERS = java.util.Set.of("to", "that", "about", "with",
      "for", "and", "how", "what", "why", "when", "if", "in", "on", "at", "as", "from", "into", "back", "up", "off",
      "out", "more", "the", "a", "an");
  private static final int RELATIVE_WINDOW = 14;
  private static final Map<String, List<String>> SHORT_FORMS = shortForms(Lexicon.load("nicknames.txt"));

  private final Tokens t;
  private final Cast cast;
  private final boolean[] blocked;
  private final boolean[] speech;
  private final Map<String, List<Member>> firstNames = new HashMap<>();
  private final Map<String, List<Member>> surnames = new HashMap<>();
  /** Members by the short forms of their first names ({@code nate} for Nathaniel), asked last. */
  private final Map<String, List<Member>> shortForms = new HashMap<>();
  /**
   * The first characters of the keys of {@link #firstNames} and {@link #surnames}: a word whose lower-case form
   * starts otherwise (as do all its case-ending candidates, which keep its first letters) names no one.
   */
  private final String initials;
  private final Map<Member, Character> gender = new IdentityHashMap<>();
  private final List<Member> recent = new ArrayList<>();
  private final List<PersonMention> out = new ArrayList<>();
  private final List<Member> guests;
  private Member subject;
  private Member lineSpeaker;
  private int sentence = -1;
  private int lastNamedInSentence = -1;
  private int mentionsInSentence;
  private int subjectSentence = -1;
  private final List<Member> inSentence = new ArrayList<>();

  private ReferenceResolver(Tokens t, Cast cast, boolean[] blocked, boolean[] speech, Map<String, String> nicknames) {
    this.t = t;
    this.cast = cast;
    this.blocked = blocked;
    this.speech = speech;
    for (Member m : cast.members()) {
      firstNames.computeIfAbsent(key(m.firstName()), k -> new ArrayList<>()).add(m);
      surnames.computeIfAbsent(key(m.surname()), k -> new ArrayList<>()).add(m);
      for (String shortForm : SHORT_FORMS.getOrDefault(key(m.firstName()), List.of())) {
        shortForms.computeIfAbsent(shortForm, k -> new ArrayList<>()).add(m);
      }
      String nickname = nicknames.get(m.name());
      if (nickname != null) {
        shortForms.computeIfAbsent(key(nickname), k -> new ArrayList<>()).add(m);
      }
    }
    initials = initials(firstNames.keySet()) + initials(surnames.keySet()) + initials(shortForms.keySet());
    guests = cast.withPart(Part.GUEST).stream().limit(RECENT).toList();
    subject = guests.isEmpty() ? null : guests.get(0);
  }

  static List<PersonMention> resolve(Tokens t, List<PersonOccurrence> occurrences, Cast cast, boolean[] blocked,
      boolean[] speech, CastLabels labels) {
    ReferenceResolver r = new ReferenceResolver(t, cast, blocked, speech, nicknames(t, occurrences));
    int next = 0; // the occurrences are in text order and do not overlap: a cursor finds the one at i
    int i = 0;
    while (i < t.size()) {
      r.newSentence(i);
      while (next < occurrences.size() && occurrences.get(next).from() < i) {
        next++;
      }
      PersonOccurrence o = next < occurrences.size() && occurrences.get(next).from() == i ? occurrences.get(next)
          : null;
      if (o != null) {
        r.occurrence(o, labels.isLabel(o));
        i = o.to() + 1;
      } else {
        r.word(i);
        i++;
      }
    }
    return List.copyOf(r.out);
  }

  /** Whether an occurrence is a transcript label ({@code [03:05] Jo Bell:}). */
  interface CastLabels {
    boolean isLabel(PersonOccurrence o);
  }

  private void newSentence(int i) {
    if (t.startsLine(i)) {
      lineSpeaker = null;
    }
    if (t.sentenceOf(i) != sentence) {
      sentence = t.sentenceOf(i);
      lastNamedInSentence = -1;
      mentionsInSentence = 0;
      inSentence.clear();
    }
  }

  private void occurrence(PersonOccurrence o, boolean label) {
    Member m = o.nameWords() >= 2 ? cast.find(o.name().name()) : single(o.name().name(), o.nameFrom());
    if (m == null) {
      return;
    }
    Form form = o.nameWords() >= 2 ? Form.FULL_NAME : m.surname().equals(o.name().name()) ? Form.SURNAME
        : Form.FIRST_NAME;
    named(m, o.from(), o.nameTo(), form);
    if (label) {
      lineSpeaker = m;
      subject = m;
    }
  }

  private void word(int i) {
    Token tok = t.get(i);
    if (!tok.isWord() || blocked[i]) {
      return;
    }
    String p = t.lowerIn(i, Words.PRONOUN) ? PRONOUNS.get(t.lower(i)) : null;
    if (p != null && (tok.isLowerCase() || t.startsSentence(i)) && !speech[i]) {
      pronoun(i, p.charAt(0), p.charAt(1) == 'S');
    } else if (t.is(i - 1, ",") && isWho(tok) && lastNamedInSentence >= 0 && !speech[i]) {
      relative(i);
    } else if (tok.isCapitalised() && !tok.isNeverName()) {
      Member m = single(tok.text(), i);
      if (m != null) {
        named(m, i, i, key(m.surname()).equals(key(tok.bare())) && !key(m.firstName()).equals(key(tok.bare()))
            ? Form.SURNAME : Form.FIRST_NAME);
      }
    }
  }

  /** "who" in any case, looked up without a lower-case copy. */
  private static boolean isWho(Token tok) {
    return tok.lowerIn(Words.WHO);
  }

  /** A first name or surname alone, with a possessive or case ending allowed. */
  private Member single(String written, int i) {
    if (initials.indexOf(t.get(i).lowerFirst()) < 0) {
      return null;
    }
    String bare = t.get(i).bare();
    Member m = byNameWord(bare);
    if (m != null) {
      return m;
    }
    for (String f : NordicNames.candidates(bare)) {
      m = byNameWord(f);
      if (m != null) {
        return m;
      }
    }
    return choose(shortForms.get(key(bare)));
  }

  private Member byNameWord(String word) {
    String k = key(word);
    Member m = choose(firstNames.get(k));
    return m != null ? m : choose(surnames.get(k));
  }

  /** One of several people with the same first name: see the class comment. */
  private Member choose(List<Member> candidates) {
    if (candidates == null || candidates.isEmpty()) {
      return null;
    }
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    if (lineSpeaker != null && candidates.contains(lineSpeaker)) {
      for (Member m : candidates) {
        if (m != lineSpeaker) {
          return m;
        }
      }
    }
    for (Member m : candidates) {
      if (m.part() == Part.GUEST) {
        return m;
      }
    }
    return candidates.get(0);
  }

  private void named(Member m, int from, int to, Form form) {
    out.add(new PersonMention(Span.of(t.get(from).start(), t.get(to).end()), m.name(), form));
    recent.remove(m);
    recent.add(m);
    if (recent.size() > RECENT) {
      recent.remove(0);
    }
    if (isSubjectPosition(from, to) || joinsSubject(m, from)) {
      subject = m;
      subjectSentence = sentence;
    }
    lastNamedInSentence = from;
    mentionsInSentence++;
    inSentence.add(m);
    if (inSentence.size() > RECENT) {
      inSentence.remove(0);
    }
  }

  /** {@code Jo and Ann close ...}: of a host and a guest named together as subject, the guest. */
  private boolean joinsSubject(Member m, int from) {
    return m.part() == Part.GUEST && subject != null && subject.part() == Part.HOST && subjectSentence == sentence
        && t.isAny(from - 1, "and", "ja", "och", "og", "und", "et") && from - 1 - lastNamedInSentence <= 2;
  }

  private boolean isSubjectPosition(int from, int to) {
    if (t.get(to).hasClitic() || speech[from]) {
      return false;
    }
    int start = Math.max(t.sentenceStartOf(from), from - SUBJECT_WINDOW * 3);
    int words = t.sentenceStartOf(from) < start ? SUBJECT_WINDOW : 0;
    for (int i = start; i < from; i++) {
      words += t.get(i).isWord() && !Character.isDigit(t.get(i).firstChar()) ? 1 : 0;
    }
    Token next = t.at(to + 1);
    boolean beforeVerb = next != null && next.isWord() && next.isLowerCase()
        && (next.text().endsWith("s") || next.text().endsWith("ed"));
    return mentionsInSentence == 0 && words < SUBJECT_WINDOW || beforeVerb;
  }

  private void pronoun(int i, char g, boolean subjectForm) {
    Member m = pronounTarget(g, subjectForm);
    if (m != null && m == subject && subjectSentence == sentence && isObject(i)) {
      m = otherThanSubject(g, m);
    }
    if (m == null) {
      return;
    }
    if (g != 'N') {
      gender.putIfAbsent(m, g);
    }
    out.add(new PersonMention(t.get(i).span(), m.name(), Form.PRONOUN));
    mentionsInSentence++;
  }

  private Member pronounTarget(char g, boolean subjectForm) {
    if (subject != null && subject.part() == Part.HOST) {
      Member m = pastHost(g, subjectForm);
      if (m != null) {
        return m;
      }
    } else if (subject != null && fits(subject, g)) {
      return subject;
    }
    for (int k = recent.size() - 1; k >= 0; k--) {
      if (fits(recent.get(k), g)) {
        return recent.get(k);
      }
    }
    return subject;
  }

  /**
   * A host is the subject: "Jo asks Ann about the line she ..." is Ann (named after the host in the sentence);
   * "which Jo admits she ..." is Jo (a subject pronoun in the host's own sentence); otherwise the guest, since
   * summaries talk about the guest between the host's questions.
   */
  private Member pastHost(char g, boolean subjectForm) {
    if (subjectSentence == sentence) {
      for (int k = inSentence.size() - 1; k >= 0 && inSentence.get(k) != subject; k--) {
        Member m = inSentence.get(k);
        if (m.part() != Part.HOST && fits(m, g)) {
          return m;
        }
      }
      if (subjectForm && fits(subject, g)) {
        return subject;
      }
    }
    for (int k = recent.size() - 1; k >= 0; k--) {
      if (recent.get(k).part() == Part.GUEST && fits(recent.get(k), g)) {
        return recent.get(k);
      }
    }
    for (Member m : guests) {
      if (fits(m, g)) {
        return m;
      }
    }
    return null;
  }

  /** {@code told her:}, {@code asked him to}: an object pronoun, not a possessive one. */
  private boolean isObject(int i) {
    String w = t.lower(i);
    Token next = t.at(i + 1);
    boolean objectOnly = w.equals("him") || w.equals("honom") || w.equals("henne") || w.equals("hende");
    boolean herAsObject = w.equals("her") && (next == null || !next.isWord() || OBJECT_FOLLOWERS.contains(next.text()));
    return objectOnly || herAsObject;
  }

  /** {@code Dr Bell told her}: the object of the subject's own verb is someone else, usually the guest. */
  private Member otherThanSubject(char g, Member subjectNow) {
    for (Member m : guests) {
      if (m != subjectNow && fits(m, g)) {
        return m;
      }
    }
    for (int k = recent.size() - 1; k >= 0; k--) {
      if (recent.get(k) != subjectNow && fits(recent.get(k), g)) {
        return recent.get(k);
      }
    }
    return subjectNow;
  }

  private boolean fits(Member m, char g) {
    Character known = gender.get(m);
    return g == 'N' || known == null || known == g;
  }

  /** {@code ..., Jo Bell, formerly ..., who told her} : "who" is the person named last in the sentence. */
  private void relative(int i) {
    if (i - lastNamedInSentence > RELATIVE_WINDOW || recent.isEmpty()) {
      return;
    }
    out.add(new PersonMention(t.get(i).span(), recent.get(recent.size() - 1).name(), Form.PRONOUN));
  }

  private static String initials(java.util.Set<String> keys) {
    StringBuilder out = new StringBuilder();
    for (String k : keys) {
      if (!k.isEmpty()) {
        out.append(k.charAt(0));
      }
    }
    return out.toString();
  }

  /** {@code Marcus "Mack" Delahunt}: a nickname written inside a name, by the name; it means that person later. */
  private static Map<String, String> nicknames(Tokens t, List<PersonOccurrence> occurrences) {
    Map<String, String> out = new HashMap<>();
    for (PersonOccurrence o : occurrences) {
      for (int k = o.nameFrom() + 1; k + 2 < o.nameTo(); k++) {
        if (t.get(k).isQuoteMark() && t.get(k + 2).isQuoteMark()) {
          out.putIfAbsent(o.name().name(), t.get(k + 1).text());
        }
      }
    }
    return out;
  }

  /** Full first name to its short forms, from {@code nicknames.txt}. */
  private static Map<String, List<String>> shortForms(List<String> lines) {
    Map<String, List<String>> out = new HashMap<>();
    for (String line : lines) {
      String[] words = line.split("\\s+");
      out.put(words[0], List.of(words).subList(1, words.length));
    }
    return Map.copyOf(out);
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Pronoun to its gender letter and form letter: {@code "she" -> "FS"}. */
  private static Map<String, String> pronouns(List<String> lines) {
    Map<String, String> out = new HashMap<>();
    for (String line : lines) {
      String[] parts = line.split("\\s+");
      out.put(parts[0], parts[1] + parts[2]);
    }
    return Map.copyOf(out);
  }
}
