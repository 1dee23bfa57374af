package io.github.leadershipinterviews.benchmarks;

import java.io.File;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Compares the parser of two or more builds on the benchmark {@link Corpus}, interleaved in one JVM: each jar is
 * loaded in a class loader of its own, and the builds take turns parsing the corpus in slices of
 * {@value #SLICE_NANOS} ns. A change to the machine's load then slows every build alike, which is what makes a
 * ratio of a few per cent readable on a machine shared with other work, where two JMH runs minutes apart differ
 * by more than that. Counted after a warm-up (the JIT compiles every build's parser meanwhile): summaries per
 * second of this thread's CPU time, and bytes allocated per summary; then each build's rate over the first one's.
 *
 * <p>Each jar must hold the parser with the model (the CLI jar {@code examples/target/leadership-interviews.jar}
 * or {@code benchmarks/target/benchmarks.jar}); the corpus is this class's own.
 *
 * <pre>
 * benchmarks/ab.sh old.jar new.jar                  # 180 s, the first 60 s not counted
 * java -cp benchmarks/target/benchmarks.jar io.github.leadershipinterviews.benchmarks.InterleavedAb 180 60 old.jar new.jar
 * </pre>
 */
final class InterleavedAb {
  /** How long a build parses before the next one takes its turn. */
  static final long SLICE_NANOS = 200_000_000L;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private InterleavedAb() {}

  /** One build: its parser, and what was counted for it after the warm-up. */
  static final class Build {
    private final String name;
    private final Object parser;
    private final Method parse;
    long summaries;
    long cpuNanos;
    long allocatedBytes;

    private Build(String name, Object parser, Method parse) {
      this.name = name;
      this.parser = parser;
      this.parse = parse;
    }

    /** The default {@code SummaryParser} of {@code jar}, loaded apart from this class's own and every other jar's. */
    static Build load(String name, URL jar) throws ReflectiveOperationException {
      // the platform loader as parent: the JDK is shared, the parser and model classes are the jar's own
      ClassLoader loader = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader());
      Class<?> type = loader.loadClass("io.github.leadershipinterviews.parse.SummaryParser");
      return new Build(name, type.getMethod("defaults").invoke(null), type.getMethod("parse", CharSequence.class));
    }

    /** Parses {@code text}; the episode's hash code, so that no work can be skipped. */
    int parse(String text) throws ReflectiveOperationException {
      return parse.invoke(parser, text).hashCode();
    }

    /** Summaries per second of CPU time. */
    double rate() {
      return summaries / (cpuNanos / 1e9);
    }

    double bytesPerSummary() {
      return allocatedBytes / (double) summaries;
    }

    String name() {
      return name;
    }

    /** The class loader the parser was loaded by. */
    ClassLoader loaderOfParser() {
      return parser.getClass().getClassLoader();
    }
  }

  /**
   * Arguments: seconds to run, seconds of those not counted (warm-up), then two or more jars, the first the
   * reference.
   */
  public static void main(String[] args) throws ReflectiveOperationException, MalformedURLException {
    if (args.length < 4) {
      System.err.println("usage: InterleavedAb SECONDS WARM_UP_SECONDS REFERENCE.jar OTHER.jar...");
      System.exit(2);
    }
    long seconds = Long.parseLong(args[0]);
    long warmUp = Long.parseLong(args[1]);
    Build[] builds = new Build[args.length - 2];
    for (int k = 0; k < builds.length; k++) {
      builds[k] = Build.load(args[k + 2], new File(args[k + 2]).toURI().toURL());
    }
    int sink = run(builds, Corpus.load().texts(), seconds * 1_000_000_000L, warmUp * 1_000_000_000L);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    report(builds, out);
    out.println(sink == 42 ? "" : "(done)");
  }

  /**
   * Lets the builds take turns for {@code nanos}, counting from {@code warmUpNanos} on; returns a sum of the
   * episodes' hash codes.
   */
  static int run(Build[] builds, List<String> texts, long nanos, long warmUpNanos) throws ReflectiveOperationException {
    long started = System.nanoTime();
    int sink = 0;
    while (System.nanoTime() - started < nanos) {
      boolean counted = System.nanoTime() - started >= warmUpNanos;
      for (Build b : builds) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long bytes = THREADS.getCurrentThreadAllocatedBytes();
        long sliceStart = System.nanoTime();
        long summaries = 0;
        do {
          for (String text : texts) {
            sink += b.parse(text);
          }
          summaries += texts.size();
        } while (System.nanoTime() - sliceStart < SLICE_NANOS);
        if (counted) {
          b.cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
          b.allocatedBytes += THREADS.getCurrentThreadAllocatedBytes() - bytes;
          b.summaries += summaries;
        }
      }
    }
    return sink;
  }

  /** One line per build, then each build's rate over the first one's. */
  static void report(Build[] builds, PrintStream out) {
    for (Build b : builds) {
      out.printf(Locale.ROOT, "%-50s %8.0f summaries per CPU second (%d summaries), %.0f B allocated/summary%n", b.name(),
          b.rate(), b.summaries, b.bytesPerSummary());
    }
    for (int k = 1; k < builds.length; k++) {
      out.printf(Locale.ROOT, "ratio %s / %s: %.3f%n", builds[k].name(), builds[0].name(), builds[k].rate() / builds[0].rate());
    }
  }
}
