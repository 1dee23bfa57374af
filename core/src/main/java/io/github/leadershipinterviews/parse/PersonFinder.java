package io.github.leadershipinterviews.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds written names: an optional honorific ({@code Dr}, {@code Dr.}, {@code Chief Superintendent}), one to four
 * capitalised name words (with particles such as {@code van}, initials, {@code O’}, {@code Mc}, hyphens and
 * non-ASCII letters), then optional post-nominals ({@code , PhD,}, {@code OBE}). Without an honorific a name
 * needs two words. Words of organisations, works and show names never start or join a name.
 */
final class PersonFinder {
  /** Head nouns of job titles that are never surnames ({@link #titleBetweenRoleWords}). */
  private static final String[] TITLE_HEADS = {"Officer", "Director", "Manager", "Executive", "Adviser", "Advisor",
      "Coordinator", "Commissioner", "Administrator", "Controller", "Registrar", "Vice-Chancellor", "Secretary",
      "Vice-President", "Vice-Principal", "Superintendent"};
  private static final int MAX_NAME_WORDS = 4;
  /** Honorifics before a name, post-nominals after it: at most this many tokens each way, dots included. */
  private static final int MAX_TITLE_TOKENS = 6;
  /** Prepositions of place: {@code in Holloway Vale}, {@code across West Kent} name places, not people. */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "across", "around", "throughout", "near",
      "outside", "inside", "within", "at", "i", "på", "paikassa");

  private static final int MAX_QUOTED_TITLE = 8;
  private static final String[] TITLE_SMALL_WORDS = {"of", "and", "the", "for", "to", "in", "a", "on", "at"};
  private static final String[] PLACES = PLACE_PREPOSITIONS.toArray(String[]::new);

  private final Tokens t;
  private final boolean[] blocked;

  private PersonFinder(Tokens t, boolean[] blocked) {
    this.t = t;
    this.blocked = blocked;
  }

  /** Every name occurrence, in text order; {@code blocked} marks tokens of organisations, works, shows. */
  static List<PersonOccurrence> find(Tokens t, boolean[] blocked) {
    PersonFinder f = new PersonFinder(t, blocked);
    List<PersonOccurrence> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      // a name, and an honorific before one, starts with a capital: no other token need be asked
      PersonOccurrence o = t.get(i).isCapitalised() ? f.at(i) : null;
      if (o != null) {
        out.add(o);
        i = o.to() + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The name starting at token {@code i}, or null. */
  PersonOccurrence at(int i) {
    if (midRun(i)) {
      return null;
    }
    int nameFrom = afterHonorifics(i);
    if (!isNameWord(nameFrom, true)) {
      return null;
    }
    int nameTo = nameFrom;
    int words = 1;
    int nickname = -1;
    int j = nameFrom + 1;
    while (j < t.size() && words <= MAX_NAME_WORDS && !t.startsSentence(j) && !t.get(nameTo).hasClitic()) {
      if (nickname < 0 && quotedNickname(j) && isNameWord(j + 3, false)) {
        nickname = j; // Marcus "Mack" Delahunt: the name is Marcus Delahunt
        j += 3;
      } else if (isNameWord(j, false)) {
        nameTo = j;
        words++;
        j++;
      } else if (t.get(j).isNameParticle() && isNameWord(j + 1, false)) {
        j++;
      } else if (t.get(j).isNameParticle() && t.at(j + 1) != null
          && t.get(j + 1).isSecondParticle() && isNameWord(j + 2, false)) {
        j += 2;
      } else if (t.is(j, ".") && t.get(j - 1).length() == 1 && isNameWord(j + 1, false)) {
        j++;
      } else {
        break;
      }
    }
    boolean honorific = nameFrom > i;
    if (words > MAX_NAME_WORDS || words < 2 && !honorific || isRoleHeaded(nameFrom, nameTo)
        || titleBetweenRoleWords(i, nameTo) || t.get(nameTo).bare().length() < 2 // "Harlan, M. J. (2019)"
        || titleHeadInside(nameFrom, nameTo) || t.get(nameTo).isAny(TITLE_HEADS) // "Crime Commissioner"
        || !honorific && (insideLongerName(i) || quotedAlone(i, nameTo) || t.isAny(i - 1, PLACES)
        || t.is(i - 1, "the") || t.is(i - 1, "The") // "the Harwick Mill fire", "the Holloway Fields estate"

        || OrganisationFinder.isDescriptor(t.at(i - 1)))) {
      return null;
    }
    int to = afterPostNominals(nameTo);
    String written = nickname < 0 ? written(i, to, nameTo)
        : t.text(i, nickname - 1) + " " + written(nickname + 3, to, nameTo);
    PersonName name = PersonNames.parse(written);
    return name.name().isBlank() ? null : new PersonOccurrence(i, to, nameFrom, nameTo, name);
  }

  /** Tokens {@code from..to} as written, a possessive on the name's last word {@code nameTo} left out. */
  private String written(int from, int to, int nameTo) {
    return t.get(nameTo).hasClitic() && to == nameTo
        ? t.text().substring(t.get(from).start(), t.get(nameTo).start()) + t.get(nameTo).bare()
        : t.text(from, to);
  }

  /** {@code “Emeka”} between a given name and a surname: one capitalised word in quote marks. */
  private boolean quotedNickname(int j) {
    Token open = t.at(j);
    Token word = t.at(j + 1);
    Token close = t.at(j + 2);
    return open != null && word != null && close != null && open.isQuoteMark() && close.isQuoteMark()
        && word.isWord() && word.isCapitalised() && !word.isAcronym() && !blocked[j + 1];
  }

  private int afterHonorifics(int i) {
    int j = i;
    while (j < t.size() && j - i < MAX_TITLE_TOKENS) {
      Token tok = t.get(j);
      Token next = t.at(j + 1);
      if (next != null && tok.isCapitalised() && PersonNames.mayStartHonorificPair(tok.text())
          && PersonNames.isHonorificPair(tok.text(), next.text())) {
        j += 2;
      } else if (tok.isCapitalised() && tok.isHonorific() && !blocked[j]) {
        j++;
      } else {
        break;
      }
      if (t.is(j, ".")) {
        j++;
      }
    }
    return j;
  }

  private boolean isNameWord(int j, boolean first) {
    Token tok = t.at(j);
    if (tok == null || blocked[j] || !tok.isWord() || !tok.isCapitalised() || tok.isAcronym()) {
      return false;
    }
    if (tok.isOrganisationWord() || tok.isKnownOrganisation() || tok.isBareHonorific() || tok.bareHasDigit()) {
      return false;
    }
    if (first) {
      return !tok.isBareNeverName() && !tok.isBarePlacePrefix() && !tok.hasClitic();
    }
    return !tok.isBareNeverName() || tok.isBarePlacePrefix();
  }

  /** Inside a longer capitalised run ({@code Adult Social Care}): no name starts here. */
  private boolean midRun(int i) {
    Token prev = t.at(i - 1);
    return prev != null && prev.isWord() && prev.isCapitalised() && !blocked[i - 1] && !t.startsSentence(i)
        && !prev.isNeverName() && !prev.isHonorific()
        && !t.isRoleWord(i - 1);
  }

  /** {@code Fellowship for Public Leaders}: capitalised words joined by "of" or "for" name a thing. */
  private boolean insideLongerName(int i) {
    Token before = t.at(i - 1);
    Token word = t.at(i - 2);
    return before != null && before.isAny("of", "for", "&") && word != null && word.isWord() && word.isCapitalised();
  }

  /**
   * {@code ‘Eastmere Deal’}, {@code “Safe Hands, Fair Pay”}: a quoted phrase of capitalised words (commas and
   * small words between them) is a title or term, not a person.
   */
  private boolean quotedAlone(int i, int nameTo) {
    return titlePhraseEdge(i - 1, -1) && titlePhraseEdge(nameTo + 1, 1);
  }

  /** Whether, walking from {@code j} in {@code step}, only a title's words come before a quote mark. */
  private boolean titlePhraseEdge(int j, int step) {
    for (int n = 0; n < MAX_QUOTED_TITLE; n++, j += step) {
      Token tok = t.at(j);
      if (tok == null || t.startsSentence(j) && step > 0) {
        return false;
      }
      if (tok.isQuoteMark()) { // an opening mark is written against the word after it, a closing one the word before
        return step < 0 ? tok.end() == t.get(j + 1).start() : tok.start() == t.get(j - 1).end();
      }
      boolean titleWord = tok.isWord() && (tok.isCapitalised() || tok.isAny(TITLE_SMALL_WORDS));
      if (!titleWord && !tok.is(",")) {
        return false;
      }
    }
    return false;
  }

  /**
   * {@code Chief Fire Officer}, {@code Deputy Care Director}: words between a capitalised role word and a title's
   * head noun, which (unlike {@code Dean} or {@code Chancellor}) is never a surname.
   */
  private boolean titleBetweenRoleWords(int i, int nameTo) {
    Token before = t.at(i - 1);
    return before != null && before.isCapitalised() && t.isRoleWord(i - 1) && t.get(nameTo).isAny(TITLE_HEADS);
  }

  /**
   * {@code Deputy Chief Fire Officer Carys Whitlow}: read from {@code Fire}, the run holds a title's head noun
   * before the name; the name starts after it.
   */
  private boolean titleHeadInside(int from, int to) {
    for (int j = from; j < to; j++) {
      if (t.get(j).isAny(TITLE_HEADS)) {
        return true;
      }
    }
    return false;
  }

  /** {@code Chief Nursing Officer}, {@code Clinical Director}: a title, not a name. */
  private boolean isRoleHeaded(int from, int to) {
    if (t.isRoleWord(from)) {
      return true;
    }
    int roles = 0;
    for (int i = from; i <= to; i++) {
      roles += t.isRoleWord(i) ? 1 : 0;
    }
    return roles * 2 > to - from + 1;
  }

  private int afterPostNominals(int nameTo) {
    int to = nameTo;
    int j = nameTo + 1;
    while (j < t.size() && j - nameTo < MAX_TITLE_TOKENS * 2) {
      int k = t.is(j, ",") ? j + 1 : j;
      Token tok = t.at(k);
      boolean post = tok != null && tok.isWord()
          && (tok.isPostNominal() || tok.isNumeral() && to == nameTo);
      if (!post) {
        break;
      }
      to = k;
      j = k + 1;
    }
    return to;
  }
}
