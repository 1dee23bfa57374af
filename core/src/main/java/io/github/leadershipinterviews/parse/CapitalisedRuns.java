package io.github.leadershipinterviews.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs of capitalised words joined by the small words names of organisations use ({@code of}, {@code for},
 * {@code and}, {@code &}, Swedish {@code i}, ...): {@code Association of Rural Care Providers},
 * {@code Rowan & Finch}. A word with a possessive ending closes its run. One pass over the tokens.
 */
final class CapitalisedRuns {
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "the", "i", "de", "du", "des",
      "la", "le", "für", "och", "og", "y", "und", "et", "del", "di", "van", "von", "l'", "l’", "d'", "d’", "dell'",
      "dell’", "della", "delle", "degli", "dei", "da", "do", "dos", "das");
  /** The longest connector: a longer word is none, without making its text. */
  private static final int LONGEST_CONNECTOR = CONNECTORS.stream().mapToInt(String::length).max().orElse(0);
  private static final int MAX_RUN = 14;
  /** French and Italian articles after {@code de}: {@code de la Vésère}, {@code de l’Ouest}. */
  private static final String[] ARTICLES = {"la", "le", "les", "l'", "l’"};
  /**
   * Honorifics that start a person and are not part of organisations' names (unlike {@code Lady Margaret Hall},
   * {@code Bishop Grosseteste University}, {@code Chief Constable}).
   */
  private static final String[] PERSON_TITLES = {"Dr", "Prof", "Professor", "Dame", "Sir", "Mr", "Mrs", "Ms", "Miss",
      "Mx", "Baroness", "Cllr", "Councillor"};
  /** Abbreviations that stay inside a name with their full stop: {@code St. Annen Hospital}. */
  static final String[] SHORT_FORMS = {"St", "Ste", "Mt", "Ft"};

  /** Bodies whose names list what they are for: {@code Department of Health, Ageing and Carer Support}. */
  private static final String[] PORTFOLIO_HEADS = {"Ministry", "Department", "Division", "Directorate", "Office",
      "Secretariat", "Commission", "Committee", "Bureau", "Minister", "Secretary", "Cabinet"};
  private static final String[] LIST_ANDS = {"and", "&"};
  /** Tokens of such a list after its first comma, and capitalised words in one item of it. */
  private static final int MAX_PORTFOLIO_LIST = 16;
  private static final int MAX_PORTFOLIO_ITEM = 4;

  /** Tokens {@code from..to}, inclusive. */
  record Run(int from, int to) {
    int length() {
      return to - from + 1;
    }
  }

  /** Capitalised words read after a plural possessive for the organisation word that makes it part of a name. */
  private static final int POSSESSIVE_REACH = 3;

  private CapitalisedRuns() {}

  static List<Run> find(Tokens t, boolean[] masked) {
    List<Run> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      if (!startsRun(t, i, masked)) {
        i++;
        continue;
      }
      int end = extend(t, i, masked);
      out.add(new Run(i, end));
      i = end + 1;
    }
    return out;
  }

  private static boolean startsRun(Tokens t, int i, boolean[] masked) {
    Token tok = t.get(i);
    return !masked[i] && tok.isWord() && tok.isCapitalised();
  }

  private static int extend(Tokens t, int i, boolean[] masked) {
    int end = i;
    int j = i + 1;
    while (j < t.size() && j - i < MAX_RUN && (!t.startsSentence(j) || isShortForm(t, j))
        && continuesAfter(t, i, end, j, masked)) {
      if (startsRun(t, j, masked) || j == end + 1 && !masked[j] && t.get(j).isLegalForm()) {
        end = j; // a legal form in lower case ends the name too: "Kestrel Care gGmbH", "Arden Foods plc"
        j++;
      } else if (isConnector(t, j, end, masked)) {
        j++;
      } else if (j == end + 1 && t.is(j, ",") && portfolioListEnd(t, i, j, masked) > 0) {
        end = portfolioListEnd(t, i, j, masked);
        j = end + 1;
      } else {
        int description = j == end + 1 ? SentenceCaseNames.descriptionEnd(t, end, masked) : end;
        if (description == end) {
          break;
        }
        end = description; // "Centre hospitalier" then, as a run again, "de Vauclair"
        j = end + 1;
      }
    }
    return end;
  }

  /**
   * {@code Ministry of Roads, Transport and Urban Mobility}, {@code Department of Health, Ageing, and Carer Support}:
   * a ministry's name that lists its portfolios, at the comma at {@code comma} after {@code Ministry of Roads}; where
   * the list's last item ends, or -1 when no such list (capitalised items, the last after {@code and}) follows.
   */
  private static int portfolioListEnd(Tokens t, int from, int comma, boolean[] masked) {
    if (!namesPortfolio(t, from, comma)) {
      return -1;
    }
    int j = comma;
    while (j < t.size() && j - comma < MAX_PORTFOLIO_LIST) {
      boolean last = t.isAny(j, LIST_ANDS) || t.is(j, ",") && t.isAny(j + 1, LIST_ANDS);
      j += t.is(j, ",") && t.isAny(j + 1, LIST_ANDS) ? 2 : 1;
      int itemEnd = j;
      while (itemEnd < t.size() && itemEnd - j < MAX_PORTFOLIO_ITEM && startsRun(t, itemEnd, masked)
          && !t.get(itemEnd).isHonorific()) {
        itemEnd++;
      }
      if (itemEnd == j) {
        return -1;
      }
      if (last) {
        return itemEnd - 1;
      }
      j = itemEnd;
      if (!t.is(j, ",") && !t.isAny(j, LIST_ANDS)) {
        return -1;
      }
    }
    return -1;
  }

  /** A ministry, department or division named for what it does: {@code Ministry of}, {@code Department for}. */
  private static boolean namesPortfolio(Tokens t, int from, int comma) {
    for (int k = from; k + 2 < comma; k++) {
      if (t.get(k).isAny(PORTFOLIO_HEADS) && t.isAny(k + 1, "of", "for")) {
        return true;
      }
    }
    return false;
  }

  /** {@code Amazon and McKinsey & Company}: two names; a name holds "and" or "&", rarely both. */
  private static boolean isAndBeforeAmpersand(Tokens t, int end, int j) {
    if (!t.is(j, "and")) {
      return false;
    }
    for (int k = j + 1; k < t.size() && k <= j + 4; k++) {
      if (t.is(k, "&")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isShortForm(Tokens t, int j) {
    return t.is(j - 1, ".") && j >= 2 && t.get(j - 2).isAny(SHORT_FORMS) && !t.startsLine(j);
  }

  /**
   * A possessive closes a run ({@code Eastmere Trust’s Wellbeing Board} is two names) unless nothing before it
   * names an organisation and a capitalised word follows ({@code Eastmere Children's Hospital}).
   */
  private static boolean continuesAfter(Tokens t, int from, int end, int j, boolean[] masked) {
    if (t.get(end).isLegalForm() || isAndBeforeAmpersand(t, end, j)) {
      return false;
    }
    if (!t.get(end).hasClitic()) {
      return true;
    }
    for (int i = from; i <= end; i++) {
      if (t.get(i).isOrganisationWord() || t.get(i).isAcronym()) {
        return false;
      }
    }
    return end - from >= 1 && j == end + 1 && startsRun(t, j, masked) && !t.get(j).isAcronym();
  }

  /**
   * {@code Firefighters’ Guild of Ireland}, {@code Nurses' Union}: the apostrophe of a plural possessive, right after
   * the run's last word, before an organisation word; not a closing quote mark, which an organisation word rarely
   * follows.
   */
  private static boolean isPluralPossessive(Tokens t, int j, int end) {
    Token mark = t.get(j);
    Token next = t.at(j + 1);
    return j == end + 1 && mark.isAny("’", "'") && mark.start() == t.get(end).end()
        && t.get(end).text().endsWith("s") && next != null && organisationWordSoon(t, j + 1);
  }

  /** An organisation word among the capitalised words from {@code k}: {@code Staff Association}, {@code College}. */
  private static boolean organisationWordSoon(Tokens t, int k) {
    for (int i = k; i < t.size() && i - k < POSSESSIVE_REACH && t.get(i).isWord() && t.get(i).isCapitalised(); i++) {
      if (t.get(i).isOrganisationWord()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConnector(Tokens t, int j, int end, boolean[] masked) {
    Token tok = t.get(j);
    if (tok.is(".") && j == end + 1 && t.get(end).isAny(SHORT_FORMS) && startsRun(t, j + 1, masked)) {
      return true;
    }
    if (isPluralPossessive(t, j, end) && !masked[j]) {
      return true;
    }
    if (masked[j] || tok.length() > LONGEST_CONNECTOR || !CONNECTORS.contains(tok.text())) {
      return false;
    }
    if (tok.is("the")) {
      // "University of the West Country" is one name; "Finance Leaders Network for the South West" names a
      // network and the region it serves
      return t.get(j - 1).isAny("of", "for") && j + 1 < t.size() && startsRun(t, j + 1, masked)
          && !(t.get(j - 1).is("for") && t.get(j + 1).isPlacePrefix());
    }
    Token next = t.at(j + 1);
    if (next == null || next.isAny(PERSON_TITLES)) {
      return false; // "Inverbrae Council and Dr Aisha Munro": the title starts a person, not more of the name
    }
    boolean nextStarts = startsRun(t, j + 1, masked)
        || next.is("the") && (tok.is("of") || tok.is("for")) && j + 2 < t.size() && startsRun(t, j + 2, masked)
        || tok.isAny("de", "di", "da") && next.isAny(ARTICLES) && j + 2 < t.size() && startsRun(t, j + 2, masked);
    // "Conseil départemental de la Vésère": the article after "de" is the second of two connectors
    boolean article = j == end + 2 && tok.isAny(ARTICLES) && t.get(j - 1).isAny("de", "di", "da");
    return nextStarts && (j == end + 1 || article);
  }
}
