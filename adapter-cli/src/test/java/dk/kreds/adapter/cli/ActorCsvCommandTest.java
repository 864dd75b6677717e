package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.AddContactPersonUseCase;
import dk.kreds.application.port.in.ContactDetails;
import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.LawfulBasis;
import dk.kreds.domain.actor.Phone;
import dk.kreds.domain.actor.Website;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kreds actor import} and {@code kreds actor export} over in-memory stores. */
class ActorCsvCommandTest {

  private static final String HEADER_DA = "navn;kortnavn;type;cvr;hjemmeside;region;beskrivelse;aktiviteter;rsv;kontaktperson;rolle;email;telefon";

  @TempDir
  Path dir;

  private static Cli.Result importCsv(UseCases use, String... args) {
    return Nested.run(use, root -> new ActorImportCommand(() -> use, root::language, Cli.CLOCK), prepend("import", args));
  }

  private static Cli.Result exportCsv(UseCases use, String... args) {
    return Nested.run(use, root -> new ActorExportCommand(() -> use, root::language), prepend("export", args));
  }

  private static String[] prepend(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private Path file(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static List<Actor> actors(UseCases use) {
    return use.listActors().list(new ListActorsUseCase.Command(true));
  }

  /** A field worth exporting: æøå, a formula-looking name, a description over two lines, persons, none. */
  private static UseCases field() {
    UseCases use = Cli.useCases();
    ActorId koop = use.registerActor().register(new RegisterActorUseCase.Command(
        new ActorProfile("Kooperationen", Optional.of("KOOP"), ActorKind.INTEREST_ORGANISATION, Optional.of(new Cvr("25313763")),
            Optional.of(Website.parse("kooperationen.dk")), Optional.of("København"), Optional.of("Arbejdsgiverforening;\n\"kooperativer\""),
            List.of("rådgivning", "netværk"), Optional.empty(), false)));
    LawfulBasis basis = new LawfulBasis(LawfulBasis.Ground.CONSENT, Cli.CLOCK.instant());
    use.addContactPerson().add(new AddContactPersonUseCase.Command(koop, new ContactDetails("Anne Worning", Optional.of("direktør"),
        Optional.of(new Email("aw@kooperationen.dk")), Optional.of(Phone.parse("33 12 34 56")), basis)));
    use.addContactPerson().add(new AddContactPersonUseCase.Command(koop, new ContactDetails("Ørjan Ås", Optional.empty(),
        Optional.empty(), Optional.empty(), basis)));
    use.registerActor().register(new RegisterActorUseCase.Command(ActorProfile.of("=HYPERLINK(\"http://evil\")", ActorKind.OTHER)));
    use.registerActor().register(new RegisterActorUseCase.Command(ActorProfile.of("Æblehaven", ActorKind.NGO).withRsv(true)));
    return use;
  }

  @Test
  void givenAField_whenExportedImportedIntoAnEmptyStoreAndExportedAgain_thenTheSameFile() throws Exception {
    for (String lang : List.of("da", "en")) {
      Cli.Result first = exportCsv(field(), "--lang", lang);
      Path csv = file("actors-" + lang + ".csv", first.out());
      UseCases empty = Cli.useCases();

      Cli.Result imported = importCsv(empty, "--lang", lang, csv.toString());
      Cli.Result second = exportCsv(empty, "--lang", lang);

      assertThat(imported.exitCode()).as(imported.err()).isZero();
      assertThat(second.out()).isEqualTo(first.out());
      assertThat(actors(empty)).hasSize(3);
    }
  }

  @Test
  void givenAField_whenExported_thenUtf8WithBomSemicolonsCrLfAndFormulasNeutralised() {
    Cli.Result result = exportCsv(field(), "--lang", "da");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("\uFEFF" + HEADER_DA + "\r\n");
    assertThat(result.out()).contains("'=HYPERLINK", "'+4533123456", "Æblehaven;;NGO;;;;;;ja;;;;\r\n");
    assertThat(result.out().lines()).noneMatch(line -> line.startsWith("=") || line.contains(";=") || line.contains(";+"));
    assertThat(result.out()).contains("\"Arbejdsgiverforening;\n\"\"kooperativer\"\"\"");
    assertThat(result.out().indexOf("Kooperationen")).isLessThan(result.out().indexOf("Æblehaven"));
  }

  @Test
  void givenOutFile_whenExporting_thenWrittenThereAsUtf8WithBomAndNeverOverwritten() throws Exception {
    UseCases use = field();
    Path out = dir.resolve("aktører.csv");

    assertThat(exportCsv(use, "--out", out.toString()).exitCode()).isZero();
    Cli.Result again = exportCsv(use, "--out", out.toString());

    byte[] bytes = Files.readAllBytes(out);
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(again.exitCode()).isEqualTo(ExitCode.USAGE.code());
  }

  @Test
  void givenACommaSeparatedEnglishFileWithoutBom_whenImporting_thenActorsAndPersonsStored() throws Exception {
    Path csv = file("en.csv", """
        name,cvr,contact_name,contact_email,contact_phone,kind
        Kooperationen,DK 25 31 37 63,Anne Worning,aw@kooperationen.dk,33 12 34 56,interest_organisation
        Kooperationen,,Per Bach,per@timebank.dk,,
        "Sociale Entreprenører i Danmark, SED",,,,,Interest or trade organisation
        """);
    UseCases use = Cli.useCases();

    Cli.Result result = importCsv(use, "--lang", "en", csv.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Imported: 2 new actors, 0 known already");
    Actor koop = actors(use).get(0);
    assertThat(koop.profile().cvr()).contains(new Cvr("25313763"));
    assertThat(koop.kind()).isEqualTo(ActorKind.INTEREST_ORGANISATION);
    assertThat(koop.contacts()).extracting(ContactPerson::name).containsExactly("Anne Worning", "Per Bach");
    assertThat(actors(use).get(1).name()).isEqualTo("Sociale Entreprenører i Danmark, SED");
  }

  @Test
  void givenTheSameFileTwice_whenImportingAgain_thenNothingIsDuplicated() throws Exception {
    Path csv = file("da.csv", "\uFEFF" + HEADER_DA + "\nKooperationen;;;25313763;;;;;;Anne;;;\nNetværket;;;;;;;;;;;;\n");
    UseCases use = Cli.useCases();
    importCsv(use, csv.toString());

    Cli.Result again = importCsv(use, csv.toString());

    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("0 nye aktører, 2 kendt i forvejen (0 kontaktpersoner tilføjet)");
    assertThat(actors(use)).hasSize(2);
    assertThat(actors(use).get(0).contacts()).hasSize(1);
  }

  @Test
  void givenAMalformedFile_whenImportingAllOrNothing_thenEveryBadRowReportedAndNothingStored() throws Exception {
    byte[] head = ("\uFEFF" + HEADER_DA + "\n"
        + "Alfa;;;;;;;;;;;;\n"
        + "Beta;;;12345678;;;;;;;;;\n" // line 3: bad CVR
        + "Gamma;;;\n" // line 4: too few cells
        + "Delta;;;;;;;;;Dorte;;ikke-en-mail;\n" // line 5: bad e-mail
        + "Alfa;;;;;;;;;;;;\n" // line 6: Alfa again, not next to the first
        + "Epsilon;;;;;;;;;;;;\n"
        + "Zeta ").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(head);
    bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28}); // line 8: not UTF-8
    bytes.write(";;;;;;;;;;;;\n".getBytes(StandardCharsets.UTF_8));
    Path csv = Files.write(dir.resolve("bad.csv"), bytes.toByteArray());
    UseCases use = field();
    String before = exportCsv(use).out();

    Cli.Result result = importCsv(use, "--lang", "en", csv.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.RULE.code());
    assertThat(result.err().lines()).containsExactly(
        "bad.csv: line 3, column cvr, value '12345678': " + messageOf("actor.cvr.checksum") + " [actor.cvr.checksum]",
        "bad.csv: line 4, column , value '4': the row has this many cells, the header 13 [csv.columns]",
        "bad.csv: line 5, column email, value 'ikke-en-mail': " + messageOf("contact.email.format") + " [contact.email.format]",
        "bad.csv: line 6, column name, value 'Alfa': " + messageOf("actor.name.duplicate") + " [actor.name.duplicate]",
        "bad.csv: line 8, column navn, value 'Zeta \uFFFD(': the bytes are not UTF-8; save the file as UTF-8 [csv.encoding]");
    assertThat(result.out()).startsWith("Nothing stored:");
    assertThat(exportCsv(use).out()).isEqualTo(before);
  }

  private static String messageOf(String code) {
    return dk.kreds.application.render.Messages.in(dk.kreds.application.render.Language.EN).text("rule." + code);
  }

  /** A name file of {@code good} actors, then one row with a bad CVR number (line {@code good + 2}), then one more. */
  private Path withLateBadRow(int good) throws Exception {
    StringBuilder csv = new StringBuilder("name;cvr\n");
    for (int i = 0; i < good; i++) {
      csv.append("Aktør ").append(i).append(";\n");
    }
    return file("late.csv", csv.append("Sidste;12345678\nEfter;\n").toString());
  }

  @Test
  void givenABadRowAfterThousandsOfGoodOnes_whenImportingAllOrNothing_thenReportedAndNothingStored() throws Exception {
    Path csv = withLateBadRow(2_345);
    UseCases use = Cli.useCases();

    Cli.Result result = importCsv(use, "--lang", "en", csv.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.RULE.code());
    assertThat(result.err()).startsWith("late.csv: line 2347, column cvr, value '12345678'");
    assertThat(result.out()).startsWith("Nothing stored:");
    assertThat(actors(use)).isEmpty();
  }

  @Test
  void givenABadRowAfterThousandsOfGoodOnes_whenSkippingBadRows_thenAllTheOthersStored() throws Exception {
    Path csv = withLateBadRow(2_345);
    UseCases use = Cli.useCases();

    Cli.Result result = importCsv(use, "--lang", "en", "--skip-bad-rows", csv.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(actors(use)).hasSize(2_346);
  }

  @Test
  void givenBrokenQuoting_whenImportingEvenWithSkipBadRows_thenReportedAndNothingStored() throws Exception {
    Path csv = file("quote.csv", "name;cvr\nAlfa;\n\"Beta\"x;\nGamma;\n");
    UseCases use = Cli.useCases();

    Cli.Result result = importCsv(use, "--lang", "en", "--skip-bad-rows", csv.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.RULE.code());
    assertThat(result.err()).contains("line 3", "[csv.quoting]");
    assertThat(actors(use)).isEmpty();
  }

  @Test
  void givenBadRows_whenSkippingThem_thenTheGoodOnesStoredAndExitZero() throws Exception {
    Path csv = file("skip.csv", "name;cvr\nAlfa;\nBeta;12345678\nGamma;\nalfa;\n");
    UseCases use = Cli.useCases();

    Cli.Result result = importCsv(use, "--lang", "en", "--skip-bad-rows", csv.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("line 3", "line 5");
    assertThat(actors(use)).extracting(Actor::name).containsExactly("Alfa", "Gamma");
  }

  @Test
  void givenADryRun_whenImporting_thenReportedAndNothingStored() throws Exception {
    Path csv = file("dry.csv", "navn\nAlfa\nBeta\n");
    UseCases use = Cli.useCases();

    Cli.Result result = importCsv(use, "--dry-run", csv.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Prøvekørsel, intet gemt: 2 nye aktører");
    assertThat(actors(use)).isEmpty();
  }

  @Test
  void givenOwnHeaders_whenMappedWithColumnOptions_thenRead() throws Exception {
    Path csv = file("own.csv", "Organisation;CVR nr.;Hvad\nAlfa;25313763;noget\n");
    UseCases use = Cli.useCases();

    Cli.Result result = importCsv(use, "--column", "name=Organisation", csv.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("'Hvad'");
    assertThat(actors(use).get(0).profile().cvr()).contains(new Cvr("25313763"));
  }

  @Test
  void givenNoNameColumn_whenImporting_thenUsageErrorNamingTheHeaders() throws Exception {
    Path csv = file("noname.csv", "firma;cvr\nAlfa;25313763\n");

    Cli.Result result = importCsv(Cli.useCases(), "--lang", "en", csv.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(result.err()).contains("noname.csv", "firma, cvr").hasLineCount(1);
  }

  @Test
  void givenAnUnknownSeparatorOrColumn_whenImporting_thenUsageError() throws Exception {
    Path csv = file("x.csv", "name\nAlfa\n");

    assertThat(importCsv(Cli.useCases(), "--separator", "|", csv.toString()).exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(importCsv(Cli.useCases(), "--column", "firm=Firma", csv.toString()).exitCode()).isEqualTo(ExitCode.USAGE.code());
  }
}
