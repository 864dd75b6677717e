package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code ./kreds} does before it starts Java: whether it builds the jar first, and which JVM
 * options it picks for a command. Read with {@code KREDS_SHOW_JAVA=1} from a copy of the script in a
 * checkout of its own, beside a jar that is up to date unless a test changes a file after it, and
 * without the class archive (so it trains nothing).
 */
class LauncherTest {

  private static final List<String> SHORT_RUN =
      List.of("-XX:TieredStopAtLevel=1", "-XX:C1MaxInlineSize=20", "-XX:+UseSerialGC", "-XX:-UsePerfData");

  @TempDir
  Path checkout;

  private Path jar;

  @BeforeEach
  void copyTheScriptBesideAJar() throws IOException {
    Files.copy(Path.of("..", "kreds"), checkout.resolve("kreds"), StandardCopyOption.COPY_ATTRIBUTES);
    jar = Files.createDirectories(checkout.resolve("app/target")).resolve("kreds.jar");
    Files.writeString(jar, "not built: the script only names it");
  }

  @Test
  void aShortCommandRunsOnTheQuickCompilerWithSmallInlining() throws Exception {
    assertThat(javaCommand("actor", "list")).containsSubsequence(SHORT_RUN).endsWith("-jar", jar.toString(), "actor", "list");
  }

  @Test
  void anExportKeepsTheQuickCompilersDefaultInlining() throws Exception {
    assertThat(javaCommand("actor", "export", "-o", "actors.csv"))
        .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC").doesNotContain("-XX:C1MaxInlineSize=20");
  }

  @Test
  void anImportCollectsItsGarbageOnBothCores() throws Exception {
    assertThat(javaCommand("actor", "import", "actors.csv"))
        .contains("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC").doesNotContain("-XX:+UseSerialGC", "-XX:C1MaxInlineSize=20");
  }

  @Test
  void theLongRunsKeepTheJvmsDefaults() throws Exception {
    for (String command : List.of("serve", "groups", "demo")) {
      assertThat(javaCommand(command)).as(command).doesNotContainAnyElementsOf(SHORT_RUN);
    }
  }

  @Test
  void theUsersOptionsComeLastAndWin() throws Exception {
    List<String> command = javaCommand("actor", "list");
    int userOptions = command.indexOf("-XX:C1MaxInlineSize=35");
    assertThat(userOptions).isGreaterThan(command.indexOf("-XX:C1MaxInlineSize=20")).isLessThan(command.indexOf("-jar"));
  }

  @Test
  void aChangedSourceFileOrPomIsBuiltFirst() throws Exception {
    for (String changed : List.of("domain/src/main/java/dk/kreds/domain/Actor.java", "pom.xml", "app/pom.xml")) {
      Files.writeString(jar, "built before the change");
      touchAfterTheJar(changed);

      Run run = kreds("actor", "list");

      // The copy has no Maven wrapper, so the build it starts fails: proof enough that it started.
      assertThat(run.out()).as(changed).contains("kreds: building app/target/kreds.jar: " + changed + " changed");
      assertThat(run.exitCode()).as(changed).isNotZero();
      Files.delete(checkout.resolve(changed));
    }
  }

  @Test
  void aChangedTestOrDocumentIsNotBuilt() throws Exception {
    touchAfterTheJar("app/src/test/java/dk/kreds/app/SomeTest.java");
    touchAfterTheJar("docs/guide.md");

    assertThat(javaCommand("actor", "list")).endsWith("-jar", jar.toString(), "actor", "list");
  }

  @Test
  void aDeletedSourceFileIsBuilt() throws Exception {
    // Deleting a file changes only its folder's time.
    dateAfterTheJar(Files.createDirectories(checkout.resolve("domain/src/main/java")));

    assertThat(kreds("actor", "list").out()).contains("kreds: building app/target/kreds.jar: domain/src/main/java changed");
  }

  @Test
  void aSymlinkToTheScriptRunsItsCheckout() throws Exception {
    Path bin = Files.createDirectories(checkout.resolveSibling(checkout.getFileName() + "-bin"));
    try {
      Path link = Files.createSymbolicLink(bin.resolve("kreds"), checkout.resolve("kreds"));

      Run run = kreds(link, Map.of(), "actor", "list");

      assertThat(run.out().lines().toList()).as(run.out()).endsWith("-jar", jar.toString(), "actor", "list");
    } finally {
      Files.deleteIfExists(bin.resolve("kreds"));
      Files.delete(bin);
    }
  }

  @Test
  void theArchiveIsNamedForTheJdkOfTheJavaOnThePath() throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
    int feature = Runtime.version().feature();
    Path archive = jar.resolveSibling(feature >= 25 ? "kreds-jdk" + feature + ".aot" : "kreds-jdk" + feature + ".jsa");

    // The training run on the fake jar fails; the JVM writes an archive of what it loaded, or the
    // script leaves a mark that none was written. Either is named for the JDK's version.
    Run run = kreds(checkout.resolve("kreds"),
        Map.of("KREDS_CDS", "on", "JAVA_HOME", "", "PATH", javaBin + ":" + System.getenv("PATH")), "actor", "list");

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(List.of(archive, archive.resolveSibling(archive.getFileName() + ".none"))).anyMatch(Files::exists);
  }

  @Test
  void aMissingJarIsBuilt() throws Exception {
    Files.delete(jar);

    assertThat(kreds("--help").out()).contains("kreds: building app/target/kreds.jar: it is missing");
  }

  /** Writes {@code file} of the checkout, dated after the jar. */
  private void touchAfterTheJar(String file) throws IOException {
    Path path = checkout.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, "changed");
    dateAfterTheJar(path);
  }

  /**
   * Dates {@code path} a minute after the jar, and the folders above it in the checkout a minute before:
   * a folder made for it is newer than the jar too, and the script would name that instead.
   */
  private void dateAfterTheJar(Path path) throws IOException {
    long jarTime = Files.getLastModifiedTime(jar).toMillis();
    Files.setLastModifiedTime(path, FileTime.fromMillis(jarTime + 60_000));
    for (Path folder = path.getParent(); !folder.equals(checkout); folder = folder.getParent()) {
      Files.setLastModifiedTime(folder, FileTime.fromMillis(jarTime - 60_000));
    }
  }

  /** The java command, one word an element, that the script would run for {@code args}. */
  private List<String> javaCommand(String... args) throws IOException, InterruptedException {
    Run run = kreds(args);
    assertThat(run.exitCode()).as(run.out()).isZero();
    return run.out().lines().toList();
  }

  private record Run(int exitCode, String out) {}

  /** Runs the script with {@code args}, stdout and stderr together. */
  private Run kreds(String... args) throws IOException, InterruptedException {
    return kreds(checkout.resolve("kreds"), Map.of(), args);
  }

  /** Runs {@code script} with {@code args} and {@code environment} over the tests' own, stdout and stderr together. */
  private Run kreds(Path script, Map<String, String> environment, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", script.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("KREDS_SHOW_JAVA", "1");
    builder.environment().put("KREDS_CDS", "off");
    builder.environment().put("KREDS_JAVA_OPTS", "-XX:C1MaxInlineSize=35");
    builder.environment().putAll(environment);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), out);
  }
}
