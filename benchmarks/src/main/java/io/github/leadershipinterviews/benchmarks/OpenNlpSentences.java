package io.github.leadershipinterviews.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * The reference sentence detector: Apache OpenNLP's maximum-entropy detector with the English model published as
 * {@code org.apache.opennlp:opennlp-models-sentdetect-en}, loaded from the classpath. Not thread-safe (OpenNLP's
 * detector keeps state): one per thread.
 *
 * <pre>{@code
 * OpenNlpSentences openNlp = OpenNlpSentences.load();
 * Span[] sentences = openNlp.split("She founded it in 2019.She still runs it.");
 * }</pre>
 */
public final class OpenNlpSentences {

  private static final SentenceModel MODEL = loadModel();

  private final SentenceDetectorME detector = new SentenceDetectorME(MODEL);

  private OpenNlpSentences() {}

  /** A detector over the published English model (the model itself is read once per JVM). */
  public static OpenNlpSentences load() {
    return new OpenNlpSentences();
  }

  /** The sentences of {@code text}, as OpenNLP's spans (start inclusive, end exclusive). */
  public Span[] split(String text) {
    return detector.sentPosDetect(text);
  }

  /** The model's file name, e.g. {@code opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin}. */
  public static String modelName() {
    return modelProperties().getProperty("model.name");
  }

  private static SentenceModel loadModel() {
    String name = modelName();
    try (InputStream in = OpenNlpSentences.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + name + " named in model.properties is not on the classpath");
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + name, e);
    }
  }

  private static Properties modelProperties() {
    try (InputStream in = OpenNlpSentences.class.getResourceAsStream("/model.properties")) {
      if (in == null) {
        throw new IllegalStateException("model.properties of opennlp-models-sentdetect-en is not on the classpath");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model.properties of opennlp-models-sentdetect-en", e);
    }
  }
}
