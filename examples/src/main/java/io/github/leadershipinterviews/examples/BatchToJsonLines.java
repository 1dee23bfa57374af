package io.github.leadershipinterviews.examples;

import io.github.leadershipinterviews.jackson.LeadershipInterviewsModule;
import io.github.leadershipinterviews.model.Episode;
import io.github.leadershipinterviews.parse.SummaryParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Example 5: a folder of summaries ({@code *.txt}) into one JSON Lines file, one episode per line, each with the
 * file name it came from.
 *
 * <pre>{@code
 * java -cp leadership-interviews.jar io.github.leadershipinterviews.examples.BatchToJsonLines summaries/ out.jsonl
 * }</pre>
 *
 * <p>One parser and one mapper serve every file: both are thread-safe and costly to build. This loop is sequential
 * for clarity; the command-line tool ({@code leadership-interviews parse DIR}) does the same job in parallel, keeps
 * going past bad files and shows progress.
 */
public final class BatchToJsonLines {
  private BatchToJsonLines() {}

  /**
   * Parses every {@code *.txt} file directly in {@code args[0]}, in name order, into {@code args[1]}.
   *
   * @param args the folder of summaries and the JSON Lines file to write
   * @throws IOException if a file cannot be read or the output cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: BatchToJsonLines FOLDER OUTPUT.jsonl, but got " + List.of(args));
    }
    Path folder = Path.of(args[0]);
    Path output = Path.of(args[1]);
    SummaryParser parser = SummaryParser.defaults();
    JsonMapper mapper = JsonMapper.builder().addModule(new LeadershipInterviewsModule()).build();

    int count = 0;
    try (Stream<Path> files = Files.list(folder);
        BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        Episode episode = parser.parse(Files.readString(file, StandardCharsets.UTF_8));
        ObjectNode line = mapper.createObjectNode().put("file", file.getFileName().toString());
        ObjectNode json = mapper.valueToTree(episode);
        line.setAll(json);
        out.write(mapper.writeValueAsString(line));
        out.write('\n'); // JSON Lines: one object per line, always \n
        count++;
      }
    }
    System.out.println("Wrote " + count + " episodes to " + output);
  }
}
