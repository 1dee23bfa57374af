package io.github.leadershipinterviews.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the corpus summaries, round and round, as {@code COUNT} files into a folder, for measuring the
 * command-line tool on a directory of summaries ({@code benchmarks/cli-throughput.sh}).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.leadershipinterviews.benchmarks.CorpusFiles /tmp/in 10000
 * }</pre>
 */
public final class CorpusFiles {
  private CorpusFiles() {}

  /** {@code args}: the folder (created if missing) and how many files to write. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CorpusFiles FOLDER COUNT");
      System.exit(2);
    }
    long bytes = write(Path.of(args[0]), Integer.parseInt(args[1]));
    System.out.println(bytes);
  }

  /** Writes {@code count} summaries named {@code summary-00001.txt} on; returns their total size in bytes. */
  static long write(Path folder, int count) throws IOException {
    Files.createDirectories(folder);
    List<String> texts = Corpus.load().texts();
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      byte[] text = texts.get(i % texts.size()).getBytes(StandardCharsets.UTF_8);
      Files.write(folder.resolve(String.format("summary-%05d.txt", i + 1)), text);
      bytes += text.length;
    }
    return bytes;
  }
}
