package io.github.leadershipinterviews.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * Describes the machine a benchmark run came from: processors, CPU model, JDK, as a README needs them.
 *
 * <pre>{@code
 * String machine = Machine.describe(jmhResults);  // "2 processors (nproc), AMD EPYC, JDK 17.0.15 ..."
 * }</pre>
 */
final class Machine {
  private Machine() {}

  /** Processors and CPU model of this machine, and the JDK that the JMH run {@code results} used. */
  static String describe(JsonNode results) {
    JsonNode first = results.path(0);
    String jdk = first.isMissingNode() ? System.getProperty("java.version")
        : first.path("jdkVersion").asString() + " (" + first.path("vmName").asString() + " "
            + first.path("vmVersion").asString() + ")";
    return Runtime.getRuntime().availableProcessors() + " processors (nproc), CPU " + cpuModel() + ", JDK " + jdk
        + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst().orElse("unknown");
    } catch (IOException | RuntimeException e) {
      return "unknown (no /proc/cpuinfo)";
    }
  }
}
