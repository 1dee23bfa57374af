package io.github.leadershipinterviews.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jars on the <em>module path</em>, as a modular application uses them: core and this module are
 * automatic modules (no {@code module-info}, an {@code Automatic-Module-Name} each), and the JDK turns this jar's
 * {@code META-INF/services} entry into a {@code provides}, so {@code findAndAddModules()} must still find the
 * module. A user's module ({@code requires} core, this module and databind) is compiled against the module path
 * and run in a fresh JVM that has only these jars.
 */
class ModulePathIT {
  private static final List<String> JAR_PREFIXES = List.of("leadership-interviews-core-", "jackson-core-",
      "jackson-databind-", "jackson-annotations-");

  private static final String MODULE_INFO = """
      module user {
        requires io.github.leadershipinterviews.core;
        requires io.github.leadershipinterviews.jackson;
        requires tools.jackson.databind;
      }
      """;

  private static final String PROGRAM = """
      package user;

      import io.github.leadershipinterviews.LeadershipInterviews;
      import io.github.leadershipinterviews.jackson.LeadershipInterviewsModule;
      import io.github.leadershipinterviews.model.Episode;
      import tools.jackson.databind.JacksonModule;
      import tools.jackson.databind.json.JsonMapper;

      public class ModulePathUser {
        public static void main(String[] args) {
          JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
          System.out.println("loaded from module " + LeadershipInterviewsModule.class.getModule().getName());
          System.out.println("parser from module " + LeadershipInterviews.class.getModule().getName());
          for (JacksonModule module : mapper.registeredModules()) {
            System.out.println("registered " + module.getModuleName());
          }
          Episode episode = LeadershipInterviews.parse(
              "Ada Fenwick, \\"Listening first\\"\\n\\nAda Fenwick is chief executive of Harrowgate Housing Trust.");
          String json = mapper.writeValueAsString(episode);
          System.out.println("round trip " + mapper.readValue(json, Episode.class).equals(episode));
          System.out.println(json);
        }
      }
      """;

  @Test
  void aModularApplicationFindsTheModuleAndWritesAnEpisode(@TempDir Path dir) throws Exception {
    String modulePath = modulePath();
    Path sources = Files.createDirectories(dir.resolve("src/user"));
    Path classes = dir.resolve("classes");
    compile(modulePath, classes, Files.writeString(dir.resolve("src/module-info.java"), MODULE_INFO),
        Files.writeString(sources.resolve("ModulePathUser.java"), PROGRAM));

    String output = run(List.of(javaLauncher(), "--module-path", modulePath + File.pathSeparator + classes,
        "--module", "user/user.ModulePathUser"), dir);

    assertThat(output).contains("loaded from module io.github.leadershipinterviews.jackson",
        "parser from module io.github.leadershipinterviews.core",
        "registered io.github.leadershipinterviews.jackson", "round trip true",
        "\"title\":\"Listening first\"", "\"name\":\"Ada Fenwick\"");
  }

  /** This module's jar and the packaged jars it needs, taken from the test class path by file name. */
  private static String modulePath() {
    List<String> jars = new ArrayList<>();
    jars.add(Path.of(System.getProperty("module.jar")).toString());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.endsWith(".jar") && JAR_PREFIXES.stream().anyMatch(name::startsWith)) {
        jars.add(entry);
      }
    }
    assertThat(jars).as("jars for the module path, from %s", System.getProperty("java.class.path"))
        .hasSize(1 + JAR_PREFIXES.size());
    assertThat(Path.of(jars.get(0))).as("this module's packaged jar").isRegularFile();
    return String.join(File.pathSeparator, jars);
  }

  private static void compile(String modulePath, Path out, Path... sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    boolean ok = javac.getTask(messages, null, null, List.of("--module-path", modulePath, "-d", out.toString()),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(sources))
        .call();
    assertThat(ok).as("compiles against the module path: %s", messages).isTrue();
  }

  private static String run(List<String> command, Path dir) throws IOException, InterruptedException {
    Path log = dir.resolve("output.log");
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within 60 s").isTrue();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("exit code; output:%n%s", output).isZero();
    return output;
  }

  private static String javaLauncher() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
