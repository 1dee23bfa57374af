package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Speaker labels of transcript-like lines: {@code [05:44] Name:  ...}, {@code (2:15) Name: ...},
 * {@code Name: ...}, where the name is one to four capitalised words.
 */
final class TranscriptLabels {
  /** A label: its line, the name's span, and the full name it stands for. */
  record Label(int lineStart, int lineEnd, Span name, String fullName) {}

  private static final int MAX_NAME = 40;
  private static final int MAX_NAME_WORDS = 4;

  private static final int MAX_ADDRESSEE_DISTANCE = 6;

  private final List<Label> labels;

  private TranscriptLabels(List<Label> labels) {
    this.labels = labels;
  }

  /** The labels of every line of {@code body}; names resolve through {@code refs} where they can. */
  static TranscriptLabels find(String body, PersonRefs refs) {
    List<Label> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart < body.length()) {
      int lineEnd = body.indexOf('\n', lineStart);
      int end = lineEnd < 0 ? body.length() : lineEnd;
      int from = lineStart;
      labelOf(body, lineStart, end).ifPresent(name -> out.add(new Label(from, end, name,
          refs.nameAt(name).orElseGet(() -> NameGuesser.withoutHonorifics(name.in(body))))));
      lineStart = end + 1;
    }
    return new TranscriptLabels(out);
  }

  /** The label of the line around {@code position}, if it has one. */
  Optional<Label> of(int position) {
    int i = lastStartingAtOrBefore(position);
    if (i < 0) {
      return Optional.empty();
    }
    Label l = labels.get(i);
    return position >= l.name().start() && position < l.lineEnd() ? Optional.of(l) : Optional.empty();
  }

  /** The name of the nearest other labelled speaker, before or after {@code label}: whom the label addresses. */
  Optional<String> addressee(Label label) {
    int at = lastStartingAtOrBefore(label.lineStart());
    for (int d = 1; d <= MAX_ADDRESSEE_DISTANCE; d++) {
      for (int i : new int[] {at - d, at + d}) {
        if (i >= 0 && i < labels.size() && !labels.get(i).fullName().equals(label.fullName())) {
          return Optional.of(labels.get(i).fullName());
        }
      }
    }
    return Optional.empty();
  }

  private int lastStartingAtOrBefore(int position) {
    return Sorted.countBelow(labels, Label::lineStart, position + 1) - 1;
  }

  private static Optional<Span> labelOf(String body, int start, int end) {
    int i = skipSpaces(body, start, end);
    if (i < end && (body.charAt(i) == '[' || body.charAt(i) == '(')) {
      i = skipTimestamp(body, i, end);
      if (i < 0) {
        return Optional.empty();
      }
      i = skipSpaces(body, i, end);
    }
    int nameStart = i;
    int words = 0;
    while (i < end && i - nameStart <= MAX_NAME) {
      Span word = NearbyWords.after(body, i, end, ".");
      if (word == null || !Character.isUpperCase(body.charAt(word.start())) || ++words > MAX_NAME_WORDS) {
        return Optional.empty();
      }
      i = word.end();
      if (i < end && body.charAt(i) == ':') {
        return Optional.of(Span.of(nameStart, i));
      }
    }
    return Optional.empty();
  }

  private static int skipTimestamp(String body, int open, int end) {
    char close = body.charAt(open) == '[' ? ']' : ')';
    for (int i = open + 1; i < end && i - open <= 12; i++) {
      char c = body.charAt(i);
      if (c == close) {
        return i + 1;
      }
      if (!Character.isDigit(c) && c != ':' && c != '.') {
        return -1;
      }
    }
    return -1;
  }

  private static int skipSpaces(String body, int i, int end) {
    while (i < end && NearbyWords.isSpace(body.charAt(i))) {
      i++;
    }
    return i;
  }
}
