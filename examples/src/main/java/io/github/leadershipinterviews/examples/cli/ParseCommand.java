package io.github.leadershipinterviews.examples.cli;

import io.github.leadershipinterviews.parse.SummaryParser;
import io.github.leadershipinterviews.parse.ThemeTaxonomy;
import io.github.leadershipinterviews.parse.ThemeTaxonomyException;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parse [options] FILE|DIR|- ...}: one JSON object per input, in input order (JSON Lines). */
@Command(name = "parse", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = Main.Version.class,
    description = {
        "Parses episode summaries and writes one JSON object per input to standard output, in input order "
            + "(JSON Lines): the episode's JSON with a leading \"source\" field (the input as given).",
        "A DIR stands for the *.txt files directly inside it, sorted by name; '-' reads standard input "
            + "(UTF-8).",
        "An input that cannot be parsed (missing, not UTF-8, too long, a directory without summaries) gets "
            + "{\"source\": ..., \"error\": ...} in its place and a message on standard error.",
        ""},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every input parsed",
        "1:some inputs failed (see their error lines), or the output could not be written",
        "2:usage error (bad option or argument)"})
final class ParseCommand implements Callable<Integer> {
  /** Output lines are ~4 KB of JSON each: a large buffer keeps the writes to the system few. */
  private static final int BUFFER_SIZE = 1 << 18;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*", description = "Summaries to parse.")
  private List<String> arguments;

  @Option(names = "--pretty", description = "Indent the JSON (only with a single input).")
  private boolean pretty;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the JSON to FILE (UTF-8) instead of standard output.")
  private Path output;

  @Option(names = "--themes", paramLabel = "FILE", description = "Tag themes from this taxonomy file (UTF-8, "
      + "the format of ThemeTaxonomy.load) instead of the default one.")
  private Path themes;

  @Option(names = "--threads", paramLabel = "N",
      description = "Parse N inputs at a time; output order is unchanged (default: the ${DEFAULT-VALUE} "
          + "processors of this machine).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Refuse inputs longer than N characters (default: ${DEFAULT-VALUE}).")
  private int maxChars = SummaryParser.DEFAULT_MAX_INPUT_LENGTH;

  @Override
  public Integer call() {
    checkOptions();
    SummaryParser parser = parser();
    Inputs inputs = Inputs.expand(arguments);
    if (pretty && inputs.size() != 1) {
      throw usage("--pretty needs exactly one input, but " + inputs.size() + " were given");
    }
    PrintStream err = System.err;
    long start = System.nanoTime();
    OutputStream out = openOutput();
    InputParser work = new InputParser(parser, new SummaryReader(maxChars), new EpisodeLines(pretty), System.in);
    OrderedBatch batch = new OrderedBatch(work, threads);
    OrderedBatch.Totals totals;
    try (Progress progress = Progress.forStandardError(inputs.size())) {
      totals = batch.run(inputs, out, err, progress);
    } finally {
      finish(out);
    }
    err.println(summaryLine(totals, System.nanoTime() - start));
    return totals.failed() == 0 ? 0 : 1;
  }

  private void checkOptions() {
    if (threads < 1) {
      throw usage("--threads must be at least 1, but was " + threads);
    }
    if (maxChars < 1) {
      throw usage("--max-chars must be at least 1, but was " + maxChars);
    }
  }

  private SummaryParser parser() {
    SummaryParser.Builder builder = SummaryParser.builder().maxInputLength(maxChars);
    if (themes != null) {
      builder.themes(taxonomy(themes));
    }
    return builder.build();
  }

  /** A bad taxonomy is a usage error: nothing was parsed yet, and every input would be tagged wrong. */
  private ThemeTaxonomy taxonomy(Path file) {
    try {
      return ThemeTaxonomy.load(file);
    } catch (NoSuchFileException e) {
      throw usage("--themes '" + file + "': no such file");
    } catch (IOException e) {
      throw usage("--themes '" + file + "': cannot read: " + Messages.describe(e));
    } catch (ThemeTaxonomyException e) {
      throw usage("--themes: " + e.getMessage());
    }
  }

  private OutputStream openOutput() {
    if (output == null) {
      // The file descriptor rather than System.out: a PrintStream swallows write errors, so after
      // `parse big/ | head -1` the run would go on parsing for nobody instead of stopping at the broken pipe.
      return new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), BUFFER_SIZE);
    }
    try {
      return new BufferedOutputStream(Files.newOutputStream(output), BUFFER_SIZE);
    } catch (IOException e) {
      throw usage("cannot write --output '" + output + "': " + Messages.describe(e));
    }
  }

  /** Closes an output file; only flushes standard output, which stays open for whoever runs us. */
  private void finish(OutputStream out) {
    try {
      if (output == null) {
        out.flush();
      } else {
        out.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
    }
  }

  private static String summaryLine(OrderedBatch.Totals totals, long nanos) {
    int total = totals.parsed() + totals.failed();
    double seconds = nanos / 1e9;
    return String.format(Locale.ROOT, "%s: parsed %d of %d inputs, %d failed, in %.1f s (%.1f inputs/s)",
        Main.NAME, totals.parsed(), total, totals.failed(), seconds, total / Math.max(seconds, 1e-3));
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
