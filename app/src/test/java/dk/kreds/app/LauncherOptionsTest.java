package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options {@code ./kreds} picks for a command, read with {@code KREDS_SHOW_JAVA=1} from a copy
 * of the script beside a jar that is up to date (so it builds nothing) and without the class archive
 * (so it trains nothing).
 */
class LauncherOptionsTest {

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

  /** The java command, one word an element, that the script would run for {@code args}. */
  private List<String> javaCommand(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", checkout.resolve("kreds").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("KREDS_SHOW_JAVA", "1");
    builder.environment().put("KREDS_CDS", "off");
    builder.environment().put("KREDS_JAVA_OPTS", "-XX:C1MaxInlineSize=35");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out.lines().toList();
  }
}
