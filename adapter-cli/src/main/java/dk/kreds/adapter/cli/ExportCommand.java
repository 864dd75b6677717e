package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.UseCases;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the whole database as JSON, to stdout or a new file. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write every actor, circle and meeting of the database as one JSON document (docs/export-format.md).",
      "The same data always gives the same bytes; `kreds import` reads it back into an empty database."
    },
    footer = {"%nExamples:%n  kreds export --format json > kreds.json%n  kreds export --format json --output kreds.json"
        + "%n  kreds export --format json --db jdbc:postgresql://db/kreds | jq '.actors | length'"})
final class ExportCommand implements Callable<Integer> {

  enum Format { JSON }

  private final Supplier<UseCases> useCases;

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "json", defaultValue = "json",
      description = "Output format (default: ${DEFAULT-VALUE}; json is the only one).")
  private Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE, which must not exist, instead of stdout.")
  private Path output;

  ExportCommand(Supplier<UseCases> useCases) {
    this.useCases = useCases;
  }

  @Override
  public Integer call() throws IOException {
    OutputFile.refuseExisting(output);
    OutputFile.write(output, SnapshotJson.write(useCases.get().exportDatabase().export()), spec.commandLine().getOut());
    return ExitCode.OK.code();
  }
}
