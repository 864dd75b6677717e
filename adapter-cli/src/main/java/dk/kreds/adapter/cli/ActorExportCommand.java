package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kreds actor export}: the actors and their contact persons as a CSV file a spreadsheet opens safely. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write the active actors and their contact persons as CSV: UTF-8 with BOM (Excel reads it as UTF-8),",
      "; between cells by default, one row per contact person, headers in the chosen language.",
      "A cell starting with =, +, -, @, tab or CR gets a leading ' so that no spreadsheet runs it as a formula;",
      "`kreds actor import` removes it again."
    },
    footer = {"%nExamples:%n  kreds actor export --out aktører.csv%n  kreds actor export --lang en --separator , > actors.csv"})
final class ActorExportCommand implements Callable<Integer> {

  private final Supplier<UseCases> useCases;
  private final Supplier<Language> language;

  @Spec
  private CommandSpec spec;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE, which must not exist, instead of stdout.")
  private Path out;

  @Option(names = "--separator", paramLabel = "CHAR", defaultValue = ";", converter = ActorImportCommand.SeparatorConverter.class,
      description = "; or , between cells (default: ${DEFAULT-VALUE}, as Danish spreadsheets expect).")
  private char separator;

  /** In the {@code kreds} tree: over the tree's use cases and language. */
  ActorExportCommand(Context context) {
    this(context.useCases(), context.language());
  }

  /** @param language the language of the headers and the kinds, read when the command runs */
  ActorExportCommand(Supplier<UseCases> useCases, Supplier<Language> language) {
    this.useCases = useCases;
    this.language = language;
  }

  @Override
  public Integer call() throws IOException {
    OutputFile.refuseExisting(out);
    String csv = ActorCsvWriter.write(useCases.get().listActors().list(new ListActorsUseCase.Command(false)), separator, language.get());
    OutputFile.write(out, csv, spec.commandLine().getOut());
    return ExitCode.OK.code();
  }
}
