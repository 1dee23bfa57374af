package io.github.leadershipinterviews.examples.cli;

import io.github.leadershipinterviews.examples.Demo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command-line tool: {@code java -jar leadership-interviews.jar [parse [options] FILE|DIR|- ...]}.
 *
 * <pre>{@code
 * java -jar leadership-interviews.jar                      # the demo: parse a bundled sample, print a digest
 * java -jar leadership-interviews.jar parse corpus/ > episodes.jsonl
 * java -jar leadership-interviews.jar parse --pretty one.txt
 * }</pre>
 *
 * <p>Exit status: 0 when every input parsed, 1 when some failed, 2 for a usage error.
 */
@Command(name = Main.NAME, mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    subcommands = ParseCommand.class,
    description = {
        "Reads podcast episode summaries of leadership interviews into typed JSON.",
        "Without a command, runs the demo: parses a bundled sample summary and prints what it found, then its "
            + "JSON.",
        ""},
    footer = {"", "Run '" + Main.NAME + " parse --help' for the options of parse."})
public final class Main implements Callable<Integer> {
  static final String NAME = "leadership-interviews";

  private Main() {}

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    return new CommandLine(new Main())
        .setParameterExceptionHandler(Main::usageError)
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
          commandLine.getErr().println(NAME + ": " + e.getMessage());
          return 1;
        })
        .execute(args);
  }

  /** A usage error: the message and where to find help, not the whole help text (it would bury the message). */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    command.getErr().println(NAME + ": " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, command.getErr());
    command.getErr().println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  @Override
  public Integer call() throws IOException {
    Demo.main(new String[0]);
    return 0;
  }

  /** The version of this build, from {@code version.properties} (filled in by Maven). */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IllegalStateException("version.properties is missing from the jar");
        }
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {NAME + " " + properties.getProperty("version")};
    }
  }
}
