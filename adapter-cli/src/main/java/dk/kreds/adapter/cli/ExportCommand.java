package dk.kreds.adapter.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
final class ExportCommand extends CliCommand {

  enum Format { JSON }

  @Option(names = "--format", paramLabel = "json", defaultValue = "json",
      description = "Output format (default: ${DEFAULT-VALUE}; json is the only one).")
  private Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE, which must not exist, instead of stdout.")
  private Path output;

  ExportCommand(Context context) {
    super(context);
  }

  @Override
  void run() {
    if (output != null && Files.exists(output)) {
      throw new BadInputException("cli.file.exists", output);
    }
    String json = SnapshotJson.write(use().exportDatabase().export());
    if (output == null) {
      out().print(json);
      return;
    }
    try {
      Files.writeString(output, json, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      throw new BadInputException("cli.file.exists", output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
