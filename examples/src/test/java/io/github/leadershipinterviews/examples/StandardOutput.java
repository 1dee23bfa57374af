package io.github.leadershipinterviews.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Captures what an example's {@code main} prints. Examples print to {@code System.out}, as users expect. */
final class StandardOutput {
  private StandardOutput() {}

  /** Something that runs an example's main and may throw what that main declares. */
  interface Example {
    void run() throws Exception;
  }

  static String of(Example example) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      example.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
