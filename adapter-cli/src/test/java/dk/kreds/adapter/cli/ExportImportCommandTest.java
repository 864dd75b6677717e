package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.UseCases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kreds export}, {@code import} and {@code backup} over in-memory stores. */
class ExportImportCommandTest {

  @TempDir
  Path dir;

  private static Cli.Result run(UseCases useCases, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = KredsCommand.commandLine(useCases, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Cli.Result(code, out.toString(), err.toString());
  }

  private static UseCases scenario() {
    UseCases use = Cli.useCases();
    use.loadReferenceScenario().load();
    return use;
  }

  @Test
  void givenScenario_whenExportedImportedAndExportedAgain_thenTheBytesAreIdentical() throws Exception {
    Cli.Result first = run(scenario(), "export", "--format", "json");
    assertThat(first.exitCode()).as(first.err()).isZero();
    Path file = Files.writeString(dir.resolve("kreds.json"), first.out(), StandardCharsets.UTF_8);
    UseCases fresh = Cli.useCases();

    Cli.Result imported = run(fresh, "import", file.toString(), "--lang", "en");
    Cli.Result second = run(fresh, "export");

    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("Imported 25 actors, 1 circle and 2 meetings");
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(first.out()).contains("Stormøde", "socialøkonomiske").doesNotContain("\"version\"");
  }

  @Test
  void givenOutputFile_whenExporting_thenWrittenThereAndNeverOverwritten() throws Exception {
    UseCases use = scenario();
    Path file = dir.resolve("kreds.json");

    assertThat(run(use, "export", "--output", file.toString()).exitCode()).isZero();
    Cli.Result again = run(use, "export", "--output", file.toString(), "--lang", "en");

    assertThat(Files.readString(file)).isEqualTo(run(use, "export").out());
    assertThat(again.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(again.err()).contains("exists already");
  }

  @Test
  void givenNonEmptyDatabase_whenImporting_thenRefusedWithExit3AndNothingChanges() throws Exception {
    UseCases use = scenario();
    String before = run(use, "export").out();
    Path file = Files.writeString(dir.resolve("kreds.json"), before);

    Cli.Result result = run(use, "import", file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.RULE.code());
    assertThat(result.err()).startsWith("kreds: ").contains("not empty").doesNotContain("\tat ");
    assertThat(run(use, "export").out()).isEqualTo(before);
  }

  @Test
  void givenMalformedJson_whenImporting_thenOneLineNamingTheProblemAndNothingImported() throws Exception {
    UseCases use = Cli.useCases();
    String empty = run(use, "export").out();
    Path file = Files.writeString(dir.resolve("broken.json"), "{\"format\": 1, \"actors\": [");

    Cli.Result result = run(use, "import", file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(result.err()).contains("broken.json", "not a Kreds export", "line").hasLineCount(1);
    assertThat(run(use, "export").out()).isEqualTo(empty);
  }

  @Test
  void givenABrokenRuleInTheFile_whenImporting_thenExit3AndNothingImported() throws Exception {
    String json = run(scenario(), "export").out();
    String broken = json.replaceFirst("\"cvr\" : null", "\"cvr\" : \"12345678\"");
    assertThat(broken).isNotEqualTo(json);
    Path file = Files.writeString(dir.resolve("kreds.json"), broken);
    UseCases fresh = Cli.useCases();
    String empty = run(fresh, "export").out();

    Cli.Result result = run(fresh, "import", file.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.RULE.code());
    assertThat(result.err()).contains("12345678");
    assertThat(run(fresh, "export").out()).isEqualTo(empty);
  }

  @Test
  void givenAMissingFile_whenImporting_thenUsageError() {
    Cli.Result result = run(Cli.useCases(), "import", dir.resolve("nowhere.json").toString(), "--lang", "en");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(result.err()).contains("no such file");
  }

  @Test
  void givenAnInMemoryStore_whenBackingUp_thenStorageErrorExit6() {
    Cli.Result result = run(Cli.useCases(), "backup", dir.resolve("copy.db").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.STORAGE.code());
    assertThat(result.err()).contains("cannot be backed up");
  }

  @Test
  void givenHelp_whenAsked_thenExamplesAndNoDatabaseOpened() {
    for (String command : new String[] {"export", "import", "backup"}) {
      StringWriter out = new StringWriter();
      int code = KredsCommand.commandLine(database -> {
        throw new AssertionError("opened a database for --help");
      }, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)).execute(command, "--help");

      assertThat(code).isZero();
      assertThat(out.toString()).contains("Examples:", "kreds " + command);
    }
  }
}
