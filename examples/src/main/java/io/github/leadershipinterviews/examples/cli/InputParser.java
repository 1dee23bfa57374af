package io.github.leadershipinterviews.examples.cli;

import io.github.leadershipinterviews.examples.cli.OrderedBatch.Outcome;
import io.github.leadershipinterviews.examples.cli.SummaryReader.UnreadableInputException;
import io.github.leadershipinterviews.parse.SummaryParser;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Function;

/** Turns one input into its outcome: read strictly, parse, format; every failure becomes an error line. */
final class InputParser implements Function<Input, Outcome> {
  private final SummaryParser parser;
  private final SummaryReader reader;
  private final EpisodeLines lines;
  private final InputStream stdin;

  InputParser(SummaryParser parser, SummaryReader reader, EpisodeLines lines, InputStream stdin) {
    this.parser = parser;
    this.reader = reader;
    this.lines = lines;
    this.stdin = stdin;
  }

  @Override
  public Outcome apply(Input input) {
    if (input.problem().isPresent()) {
      return failed(input, input.problem().get());
    }
    try {
      String text = input.path().isPresent() ? reader.read(input.path().get()) : reader.read(stdin);
      return new Outcome(input, lines.episode(input.source(), parser.parse(text)), Optional.empty());
    } catch (UnreadableInputException e) {
      return failed(input, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A parser bug on one input must not cost the user the rest of a long run.
      return failed(input, "internal error while parsing: " + e);
    }
  }

  private Outcome failed(Input input, String message) {
    return new Outcome(input, lines.error(input.source(), message), Optional.of(message));
  }
}
