package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.adapter.jdbc.JdbcStorage;
import dk.kreds.application.port.in.ReferenceScenario;
import dk.kreds.application.port.in.ShowCircleUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.service.ServiceFactory;
import dk.kreds.domain.actor.ContactRef;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The import and export commands of issue 6 on real SQLite files, under the real root command (its
 * --lang, error handler and exit codes). They sit in a stand-in parent until the command tree nests them;
 * this test lives in the CLI's package for their package-private constructors.
 */
class ImportExportCommandsOnSqliteTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));

  @TempDir
  Path dir;

  record Run(int exitCode, String out, String err) {}

  @Command(name = "group")
  static final class Group {}

  /** Runs {@code kreds group args} on the SQLite file {@code db}, with the command {@code command} makes. */
  private Run kreds(String db, Function<Commands, Object> command, String... args) {
    try (JdbcStorage storage = JdbcStorage.open("jdbc:sqlite:" + dir.resolve(db))) {
      UseCases use = ServiceFactory.create(storage.ports(), storage, CLOCK);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cli = KredsCommand.commandLine(use, new PrintWriter(out, true), new PrintWriter(err, true));
      KredsCommand root = cli.getCommand();
      cli.addSubcommand(new CommandLine(new Group()).addSubcommand(command.apply(new Commands(use, root))));
      cli.setOut(cli.getOut());
      cli.setErr(cli.getErr());
      cli.setExecutionExceptionHandler(cli.getExecutionExceptionHandler());
      cli.setCaseInsensitiveEnumValuesAllowed(true);
      String[] all = new String[args.length + 1];
      all[0] = "group";
      System.arraycopy(args, 0, all, 1, args.length);
      int code = cli.execute(all);
      return new Run(code, out.toString(), err.toString());
    }
  }

  /** The commands under test, made over one run's use cases and root. */
  record Commands(UseCases use, KredsCommand root) {
    ActorImportCommand actorImport() {
      return new ActorImportCommand(() -> use, root::language, CLOCK);
    }

    ActorExportCommand actorExport() {
      return new ActorExportCommand(() -> use, root::language);
    }
  }

  private ReferenceScenario demo(String db) {
    try (JdbcStorage storage = JdbcStorage.open("jdbc:sqlite:" + dir.resolve(db))) {
      return ServiceFactory.create(storage.ports(), storage, CLOCK).loadReferenceScenario().load();
    }
  }

  private String databaseAsJson(String db) {
    try (JdbcStorage storage = JdbcStorage.open("jdbc:sqlite:" + dir.resolve(db))) {
      return SnapshotJson.write(ServiceFactory.create(storage.ports(), storage, CLOCK).exportDatabase().export());
    }
  }

  @Test
  void givenTheScenario_whenActorsExportedImportedIntoAFreshFileAndExportedAgain_thenTheSameBytes() throws Exception {
    demo("a.db");
    Path csv = dir.resolve("aktører.csv");

    Run export = kreds("a.db", Commands::actorExport, "export", "--out", csv.toString());
    Run imported = kreds("b.db", Commands::actorImport, "import", csv.toString());
    Run again = kreds("b.db", Commands::actorExport, "export");

    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).startsWith("Importeret: 25 nye aktører");
    assertThat(again.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(csv));
    assertThat(kreds("b.db", Commands::actorImport, "import", csv.toString()).out()).contains("0 nye aktører, 25 kendt i forvejen");
  }

  @Test
  void givenAMalformedFile_whenImportingIntoTheScenario_thenEveryBadRowReportedAndTheDatabaseExactlyAsBefore() throws Exception {
    demo("a.db");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(("name;cvr;contact_name;contact_email\n"
        + "Ny aktør;;Ny Person;ny@aktor.dk\n"
        + "Ny aktør;;Anden;anden@aktor.dk\n" // line 3: a second person of line 2's actor, fine
        + "Forkert CVR;12345678;;\n" // line 4
        + "For få celler;\n" // line 5
        + "Dublet;25313763;;\n"
        + "Dublet 2;25313763;;\n" // line 7: the same CVR as line 6
        + "Ugyldig ").getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    bytes.write(";;;\n\"Brudt;citat\"x;;;\n".getBytes(StandardCharsets.UTF_8)); // line 8 bad UTF-8, line 9 broken quoting
    Path csv = Files.write(dir.resolve("bad.csv"), bytes.toByteArray());
    String before = databaseAsJson("a.db");

    Run run = kreds("a.db", Commands::actorImport, "--lang", "en", "import", csv.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().lines()).extracting(line -> line.replaceAll(".*\\[(.*)]$", "$1"))
        .containsExactly("actor.cvr.checksum", "csv.columns", "actor.cvr.duplicate", "csv.encoding", "csv.quoting");
    assertThat(run.err()).contains("bad.csv: line 4, column cvr, value '12345678'", "line 7, column cvr, value '25313763'");
    assertThat(databaseAsJson("a.db")).isEqualTo(before);
  }

  @Test
  void givenTheScenario_whenTheMeetingIsWrittenAsICalendarAndItsWriteUpAsFiles_thenBothAreThere() throws Exception {
    ReferenceScenario scenario = demo("a.db");

    Run ical = kreds("a.db", c -> new MeetingIcalCommand(() -> c.use(), c.root()::language, CLOCK),
        "ical", scenario.meeting().toString());
    Run files = kreds("a.db", c -> new MeetingExportCommand(() -> c.use(), c.root()::language),
        "--lang", "en", "export", scenario.meeting().toString(), "--dir", dir.resolve("writeup").toString());

    assertThat(ical.exitCode()).as(ical.err()).isZero();
    assertThat(new CalendarBuilder().build(new java.io.StringReader(ical.out())).getComponents("VEVENT")).hasSize(2);
    assertThat(files.exitCode()).as(files.err()).isZero();
    try (var written = Files.list(dir.resolve("writeup"))) {
      assertThat(written.map(p -> p.getFileName().toString())).allMatch(name -> name.startsWith("2014-11-25-") && name.contains(".en."))
          .hasSize(2);
    }
  }

  @Test
  void givenTheScenario_whenAWorkingGroupMembersDataIsExported_thenJsonNamingThem() {
    ReferenceScenario scenario = demo("a.db");
    ContactRef member;
    try (JdbcStorage storage = JdbcStorage.open("jdbc:sqlite:" + dir.resolve("a.db"))) {
      member = ServiceFactory.create(storage.ports(), storage, CLOCK).showCircle()
          .show(new ShowCircleUseCase.Command(scenario.circle())).workingGroup().get(0);
    }

    Run run = kreds("a.db", c -> new ContactExportCommand(() -> c.use()), "export", member.actor().toString(), member.contact().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"lawfulBasis\"", member.contact().toString()).containsAnyOf("per@timebank.dk", "aw@kooperationen.dk");
  }
}
