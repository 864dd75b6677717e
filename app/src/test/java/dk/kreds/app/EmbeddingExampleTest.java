package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/embedding is a project of its own that depends on kreds-domain and kreds-application only and
 * brings its own adapters. This test keeps it honest: it compiles against this build's jars (on the test
 * class path), runs, and every Java snippet in docs/embedding.md is taken from it.
 */
class EmbeddingExampleTest {

  private static final Path ROOT = JavaProcess.checkoutRoot();
  private static final Path EXAMPLE = ROOT.resolve("docs/embedding");
  private static final Path SOURCES = EXAMPLE.resolve("src/main/java");

  @Test
  void theExampleCompilesWithoutWarningsAndRunsUseCasesOverItsOwnAdapters(@TempDir Path classes) throws Exception {
    compile(classes);

    JavaProcess.Result result = JavaProcess.run(List.of(classes), "org.example.EmbeddingExample");

    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).isEqualTo("Actors, in Danish order: KBH+, Kooperationen, Sociale Entreprenører i Danmark");
    assertThat(lines.get(1)).matches("Meeting 'Stormøde' on \\d{4}-\\d{2}-\\d{2}: 3 invited, 1 accepted, 1 declined");
    assertThat(lines.subList(2, 6)).containsExactly(
        "Refused: actor.name.duplicate (field name, value 'kooperationen')",
        "  in Danish: navn 'kooperationen': en anden aktør har dette navn (uanset store/små bogstaver og mellemrum)",
        "Conflict on actor: reloaded and saved again",
        "KBH+ region: København");
  }

  @Test
  void theExampleUsesOnlyTheLibraryJarsAndIsNotPartOfTheBuild() throws IOException {
    String pom = Files.readString(EXAMPLE.resolve("pom.xml"));
    String rootPom = Files.readString(ROOT.resolve("pom.xml"));

    assertThat(artifactIds(pom)).containsExactlyInAnyOrder(
        "kreds-embedding-example", "kreds-domain", "kreds-application", "maven-compiler-plugin", "exec-maven-plugin");
    assertThat(pom).as("the example asks for the version this build makes")
        .contains("<kreds.version>" + firstMatch(rootPom, "<version>([^<]+)</version>") + "</kreds.version>");
    assertThat(firstMatch(rootPom, "(?s)<modules>(.*?)</modules>")).doesNotContain("docs");
    assertThat(sources()).allSatisfy(source ->
        assertThat(read(source)).doesNotContain("dk.kreds.adapter.", "dk.kreds.app.", ".inmemory."));
  }

  @Test
  void everyJavaSnippetInTheGuideIsTakenFromTheExample() throws IOException {
    String guide = Files.readString(ROOT.resolve("docs/embedding.md"));
    String sources = normalised(String.join("\n", sources().stream().map(EmbeddingExampleTest::read).toList()));

    List<String> snippets = new ArrayList<>();
    Matcher block = Pattern.compile("(?s)```java\\n(.*?)```").matcher(guide);
    while (block.find()) {
      snippets.add(block.group(1));
    }

    assertThat(snippets).isNotEmpty();
    assertThat(snippets).allSatisfy(snippet -> assertThat(sources).contains(normalised(snippet)));
  }

  private static void compile(Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> arguments = new ArrayList<>(List.of(
        "--release", "17", "-encoding", "UTF-8", "-Xlint:all", "-Werror", "-proc:none",
        "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()));
    sources().forEach(source -> arguments.add(source.toString()));
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    int status = javac.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));

    assertThat(status).as("javac:%n%s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> artifactIds(String pom) {
    List<String> ids = new ArrayList<>();
    Matcher id = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(pom);
    while (id.find()) {
      ids.add(id.group(1));
    }
    return ids;
  }

  private static String firstMatch(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as("%s in the pom", regex).isTrue();
    return matcher.group(1);
  }

  /** Each line trimmed, blank lines dropped: a snippet may be indented differently from its source. */
  private static String normalised(String code) {
    return String.join("\n", code.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
  }
}
