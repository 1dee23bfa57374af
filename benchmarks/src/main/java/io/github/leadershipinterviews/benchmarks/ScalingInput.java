package io.github.leadershipinterviews.benchmarks;

import java.util.Locale;

/**
 * The inputs of the scaling benchmark: summary-like text, and adversarial text, of a given size in UTF-8 bytes.
 * Each is built the same way every time, so a report can recompute its exact size.
 *
 * <pre>{@code
 * String text = ScalingInput.UNMATCHED_QUOTES.build(ScalingInput.bytes("1MB"));
 * }</pre>
 */
public enum ScalingInput {

  /** The corpus summaries one after another: one huge summary with the usual header, prose and quotations. */
  TYPICAL {
    @Override
    String unit(Corpus corpus) {
      return String.join("\n", corpus.texts());
    }
  },

  /** Prose in which no quote mark is ever closed: curly, straight and single openers, thousands per megabyte. */
  UNMATCHED_QUOTES {
    @Override
    String unit(Corpus corpus) {
      return "“Leaders listen first, ‘then speak, she says \"when the ward is full, « and the board asks why, ";
    }
  },

  /** One sentence: the corpus with every sentence end turned into a comma and every line break into a space. */
  ONE_SENTENCE {
    @Override
    String unit(Corpus corpus) {
      StringBuilder text = new StringBuilder(TYPICAL.unit(corpus));
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';') {
          text.setCharAt(i, ',');
        } else if (c == '\n' || c == '[' || c == ']') {
          text.setCharAt(i, ' ');
        }
      }
      return text + " ";
    }
  },

  /** Nothing but line breaks. */
  ONLY_NEWLINES {
    @Override
    String unit(Corpus corpus) {
      return "\n";
    }
  };

  /** The repeating piece the input is made of. */
  abstract String unit(Corpus corpus);

  /**
   * This kind of input, {@code targetBytes} long in UTF-8 (a few bytes shorter where the cut would fall inside
   * a multi-byte character); one-sentence input ends with a full stop.
   */
  public String build(int targetBytes) {
    String unit = unit(Corpus.load());
    StringBuilder text = new StringBuilder(targetBytes + unit.length());
    int bytes = 0;
    int unitBytes = Corpus.utf8Length(unit);
    while (bytes + unitBytes <= targetBytes) {
      text.append(unit);
      bytes += unitBytes;
    }
    appendPrefix(text, unit, targetBytes - bytes);
    if (this == ONE_SENTENCE) {
      text.setCharAt(text.length() - 1, '.');
    }
    return text.toString();
  }

  /** The {@link org.openjdk.jmh.annotations.Param} name of this kind, e.g. {@code unmatched-quotes}. */
  public String paramName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind with the given {@link #paramName()}. */
  public static ScalingInput ofParam(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** A size written {@code 4KB}, {@code 64KB}, {@code 1MB} or {@code 16MB}, in bytes (powers of 1024). */
  public static int bytes(String size) {
    String s = size.strip().toUpperCase(Locale.ROOT);
    if (s.endsWith("KB")) {
      return Integer.parseInt(s.substring(0, s.length() - 2)) * 1024;
    }
    if (s.endsWith("MB")) {
      return Integer.parseInt(s.substring(0, s.length() - 2)) * 1024 * 1024;
    }
    throw new IllegalArgumentException("size must be like 4KB or 16MB but was \"" + size + "\"");
  }

  private static void appendPrefix(StringBuilder text, String unit, int budget) {
    int bytes = 0;
    for (int i = 0; i < unit.length(); i++) {
      int cost = Corpus.utf8Length(unit.substring(i, i + 1));
      if (bytes + cost > budget) {
        return;
      }
      text.append(unit.charAt(i));
      bytes += cost;
    }
  }
}
