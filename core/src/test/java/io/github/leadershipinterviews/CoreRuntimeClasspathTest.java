package io.github.leadershipinterviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that core needs nothing at run time, and nothing but itself to compile against: no Jackson, no
 * Immutables. Immutables' annotations are on the
 * test classpath (provided scope), so the proof runs core's compiled classes in a class loader that holds only
 * them and the JDK.
 */
class CoreRuntimeClasspathTest {

  private static final Path CORE_CLASSES = classesDirectory();

  @Test
  void parsesAndBuildsModelWithOnlyCoreClassesAndTheJdk() throws Exception {
    try (URLClassLoader isolated = isolatedLoader()) {
      Class<?> facade = isolated.loadClass("io.github.leadershipinterviews.LeadershipInterviews");
      Method parse = facade.getMethod("parse", String.class);
      Object episode = parse.invoke(null, "Ada Vell, on listening\n\nAda Vell is chair of Tarn Trust. \"Listen first,\" she says.");
      Class<?> episodeType = isolated.loadClass("io.github.leadershipinterviews.model.Episode");
      Object summary = episodeType.getMethod("summary").invoke(episode);
      assertThat(summary.getClass().getClassLoader()).isSameAs(isolated);

      assertThatExceptionOfType(ClassNotFoundException.class)
          .isThrownBy(() -> isolated.loadClass("org.immutables.value.Value"));
      assertThatExceptionOfType(ClassNotFoundException.class)
          .isThrownBy(() -> isolated.loadClass("tools.jackson.databind.ObjectMapper"));
    }
  }

  @Test
  void userCodeCompilesWarningFreeAgainstCoreAlone(@TempDir Path dir) throws IOException {
    Path source = dir.resolve("UserProgram.java");
    Files.writeString(source, String.join("\n",
        "import io.github.leadershipinterviews.LeadershipInterviews;",
        "import io.github.leadershipinterviews.model.*;",
        "public class UserProgram {",
        "  public static void main(String[] args) {",
        "    Person p = Person.builder().name(\"Ada Vell\").addRoles(Role.of(\"Chair\")).build();",
        "    Episode e = LeadershipInterviews.parse(\"Ada Vell is chair of Tarn Trust.\");",
        "    System.out.println(p + \" \" + e.guests());",
        "  }",
        "}"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    boolean compiled = javac.getTask(messages, null, null,
        List.of("-Xlint:all", "-Werror", "-classpath", CORE_CLASSES.toString(), "-d", dir.toString()), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source)).call();
    assertThat(messages.toString()).as("javac output").isEmpty();
    assertThat(compiled).isTrue();
  }

  @Test
  void noCompiledClassRefersToJackson() throws IOException {
    try (Stream<Path> files = Files.walk(CORE_CLASSES)) {
      List<Path> offenders = files.filter(p -> p.toString().endsWith(".class"))
          .filter(CoreRuntimeClasspathTest::mentionsJackson)
          .toList();
      assertThat(offenders).as("classes referring to Jackson").isEmpty();
    }
  }

  private static boolean mentionsJackson(Path classFile) {
    try {
      String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
      return constants.contains("tools/jackson") || constants.contains("com/fasterxml/jackson");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + classFile, e);
    }
  }

  private static URLClassLoader isolatedLoader() throws IOException {
    URL core = CORE_CLASSES.toUri().toURL();
    return new URLClassLoader(new URL[] {core}, ClassLoader.getPlatformClassLoader());
  }

  private static Path classesDirectory() {
    try {
      return Path.of(LeadershipInterviews.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (Exception e) {
      throw new IllegalStateException("cannot locate core's compiled classes", e);
    }
  }
}
