package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import java.util.ArrayList;
import java.util.List;

/** Stage 2: splits the body into sentences. */
final class SentenceSplitter {
  private SentenceSplitter() {}

  // STUB: naive split after . ! ? followed by whitespace; to be replaced by the sentence stage.
  static List<Span> split(String body) {
    List<Span> out = new ArrayList<>();
    int start = skipSpace(body, 0);
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      boolean end = (c == '.' || c == '!' || c == '?') && (i + 1 == body.length() || Character.isWhitespace(body.charAt(i + 1)));
      if (end && i + 1 > start) {
        out.add(Span.of(start, i + 1));
        start = skipSpace(body, i + 1);
        i = start - 1;
      }
    }
    int end = body.length();
    while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(Span.of(start, end));
    }
    return out;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
