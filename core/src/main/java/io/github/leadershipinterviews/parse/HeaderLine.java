package io.github.leadershipinterviews.parse;

import io.github.leadershipinterviews.model.Span;

/**
 * One line of the input: where it starts, where its indentation and its bullet ({@code •}, {@code ·}, {@code *})
 * end, where its content ends (trailing spaces excluded) and where the next line starts.
 */
record HeaderLine(int start, int indentEnd, int contentStart, int contentEnd, int next, boolean bullet) {

  /** The line that starts at {@code start}. */
  static HeaderLine at(String input, int start) {
    int newline = input.indexOf('\n', start);
    int end = newline < 0 ? input.length() : newline;
    int indent = start;
    while (indent < end && NameShape.isSpace(input.charAt(indent))) {
      indent++;
    }
    int content = indent;
    boolean bullet = content + 1 < end && "\u2022\u00B7\u25E6\u2023*".indexOf(input.charAt(content)) >= 0
        && NameShape.isSpace(input.charAt(content + 1));
    if (bullet) {
      content += 2;
      while (content < end && NameShape.isSpace(input.charAt(content))) {
        content++;
      }
    }
    int contentEnd = end;
    while (contentEnd > content && NameShape.isSpace(input.charAt(contentEnd - 1))) {
      contentEnd--;
    }
    return new HeaderLine(start, indent, content, contentEnd, newline < 0 ? end : newline + 1, bullet);
  }

  /** Whether the line holds nothing but spaces (and maybe a bullet). */
  boolean blank() {
    return contentEnd <= contentStart;
  }

  /** The length of the content. */
  int length() {
    return contentEnd - contentStart;
  }

  /** The content, without indentation, bullet and trailing spaces. */
  String content(String input) {
    return input.substring(contentStart, contentEnd);
  }

  /** Where the content lies in the input. */
  Span span() {
    return Span.of(contentStart, contentEnd);
  }
}
