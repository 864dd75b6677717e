package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.ImportActorsUseCase;
import dk.kreds.application.port.in.ImportActorsUseCase.Matched;
import dk.kreds.application.port.in.ImportActorsUseCase.Mode;
import dk.kreds.application.port.in.ImportActorsUseCase.Refused;
import dk.kreds.application.port.in.ImportActorsUseCase.Result;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Language;
import dk.kreds.application.render.Messages;
import dk.kreds.domain.actor.LawfulBasis;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kreds actor import FILE}: actors and their contact persons from a CSV file. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import actors and their contact persons from a CSV file (UTF-8, with or without BOM; ; or , between cells).",
      "One row per contact person; rows of one actor follow each other. Headers in Danish or English",
      "(docs/guide.md, \"CSV import and export\"). An actor already stored (same CVR number, or same name",
      "ignoring case and spacing) is not added again; only its missing contact persons are.",
      "Every bad row is reported with line, column, value and rule. By default nothing is imported",
      "when any row is bad (exit code 3); --skip-bad-rows imports the others."
    },
    footer = {"%nExamples:%n  kreds actor import aktører.csv%n  kreds actor import aktører.csv --dry-run --lang en"
        + "%n  kreds actor import export.csv --separator , --column name=Organisation --skip-bad-rows"})
public final class ActorImportCommand implements Callable<Integer> {

  private final Supplier<UseCases> useCases;
  private final Supplier<Language> language;
  private final Clock clock;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file.")
  private Path file;

  @Option(names = "--separator", paramLabel = "CHAR", converter = SeparatorConverter.class,
      description = "; or , between cells (default: whichever the header line uses more of).")
  private Character separator;

  @Option(names = "--column", paramLabel = "COLUMN=HEADER",
      description = "Read the column COLUMN (an English header, e.g. name, cvr, contact_email) from the file's HEADER.")
  private Map<String, String> columns = new LinkedHashMap<>();

  @Option(names = "--dry-run", description = "Check every row and report; store nothing.")
  private boolean dryRun;

  @Option(names = "--skip-bad-rows", description = "Import the good rows even when some are bad.")
  private boolean skipBadRows;

  @Option(names = "--basis", paramLabel = "CONSENT|LEGITIMATE_INTEREST", defaultValue = "LEGITIMATE_INTEREST",
      description = "The lawful basis (GDPR art. 6) recorded for the imported contact persons, from now (default: ${DEFAULT-VALUE}).")
  private LawfulBasis.Ground basis;

  /**
   * @param language the language of the report, read when the command runs
   * @param clock when the contact persons' lawful basis starts
   */
  /** In the {@code kreds} tree: over the tree's use cases, language and clock. */
  ActorImportCommand(Context context) {
    this(context.useCases(), context.language(), context.clock());
  }

  public ActorImportCommand(Supplier<UseCases> useCases, Supplier<Language> language, Clock clock) {
    this.useCases = useCases;
    this.language = language;
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException {
    Messages messages = Messages.in(language.get());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String text = ActorCsvReader.decode(readBytes());
    char chosen = separator != null ? separator : ActorCsvReader.detectSeparator(text);
    ActorCsvReader.Opened opened;
    try {
      opened = new ActorCsvReader(messages, new LawfulBasis(basis, clock.instant()), overrides()).open(text, chosen);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
    Progress progress = Progress.onTerminal(err);
    // Read on a thread of its own while the use case checks what was read, and opens the storage meanwhile.
    ReadAhead entries = new ReadAhead(sink -> {
      ActorCsvReader.Read read = opened.read(permille -> progress.show(permille, messages.text("csv.reading")), sink);
      progress.show(1000, messages.text("csv.storing", read.lines().size()));
      return read;
    }, read -> read.complete() && (skipBadRows || read.problems().isEmpty()));
    Result result;
    try {
      entries.start();
      result = useCases.get().importActors().importActors(
          new ImportActorsUseCase.Command(entries, skipBadRows ? Mode.SKIP_REFUSED : Mode.ALL_OR_NOTHING, dryRun));
    } finally {
      entries.stop();
      progress.done();
    }
    ActorCsvReader.Read read = entries.read();
    read.ignoredHeaders().forEach(header -> err.println("kreds: " + messages.text("csv.ignored-column", header)));
    List<CsvProblem> problems = new ArrayList<>(read.problems());
    problems.addAll(refusals(result, read, messages));
    problems.sort(Comparator.comparingLong(CsvProblem::line));
    problems.forEach(problem -> err.println(file.getFileName() + ": " + problem.describe(messages)));
    out.println(summary(result, problems.size(), messages));
    out.flush();
    err.flush();
    boolean failed = !read.complete() || (!skipBadRows && !problems.isEmpty());
    return failed ? ExitCode.RULE.code() : ExitCode.OK.code();
  }

  private byte[] readBytes() throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file", e);
    }
  }

  private Map<ActorColumn, String> overrides() {
    Map<ActorColumn, String> overrides = new EnumMap<>(ActorColumn.class);
    columns.forEach((code, header) -> overrides.put(ActorColumn.forCode(code).orElseThrow(() -> new CommandLine.ParameterException(
        spec.commandLine(), "--column " + code + ": no such column; one of " + columnCodes())), header));
    return overrides;
  }

  private static String columnCodes() {
    return String.join(", ", Arrays.stream(ActorColumn.values()).map(ActorColumn::code).toList());
  }

  private static List<CsvProblem> refusals(Result result, ActorCsvReader.Read read, Messages messages) {
    List<CsvProblem> problems = new ArrayList<>();
    for (int i = 0; i < result.outcomes().size(); i++) {
      if (result.outcomes().get(i) instanceof Refused refused) {
        String column = switch (refused.reason().field()) {
          case "cvr" -> ActorColumn.CVR.code();
          case "contacts", "contact" -> ActorColumn.CONTACT_NAME.code();
          default -> ActorColumn.NAME.code();
        };
        problems.add(CsvProblem.of(read.lines().get(i), column, refused.reason(), messages));
      }
    }
    return problems;
  }

  private String summary(Result result, int problems, Messages messages) {
    long contactsAdded = result.outcomes().stream()
        .filter(Matched.class::isInstance).mapToLong(o -> ((Matched) o).contactsAdded()).sum();
    String key = result.stored() ? "csv.summary.stored" : dryRun ? "csv.summary.dry-run" : "csv.summary.nothing";
    return messages.text(key) + " "
        + messages.text("csv.summary", result.registered(), result.matched(), contactsAdded, problems);
  }

  /** Reads {@code ;} or {@code ,}; anything else is a usage error. */
  static final class SeparatorConverter implements CommandLine.ITypeConverter<Character> {
    @Override
    public Character convert(String value) {
      if (!value.equals(";") && !value.equals(",")) {
        throw new CommandLine.TypeConversionException("must be ; or , but was '" + value + "'");
      }
      return value.charAt(0);
    }
  }
}
