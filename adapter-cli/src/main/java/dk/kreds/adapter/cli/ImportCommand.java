package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.DatabaseSnapshot;
import dk.kreds.application.port.in.ImportDatabaseUseCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Reads a {@code kreds export} file into an empty database: all of it, or nothing. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Read a file written by `kreds export --format json` into an empty database, in one transaction:",
      "every rule of the model is checked again, and on any error nothing is imported.",
      "A database that holds anything already is refused (exit code 3)."
    },
    footer = {"%nExamples:%n  kreds import kreds.json"
        + "%n  kreds import kreds.json --db jdbc:sqlite:/srv/kreds/kreds.db"})
final class ImportCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The JSON file to import (UTF-8).")
  private Path file;

  ImportCommand(Context context) {
    super(context);
  }

  @Override
  void run() {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInputException("cli.file.missing", file);
    } catch (CharacterCodingException e) {
      throw new BadInputException("cli.file.not-utf8", file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DatabaseSnapshot snapshot;
    try {
      snapshot = SnapshotJson.read(json);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
    use().importDatabase().importDatabase(new ImportDatabaseUseCase.Command(snapshot));
    done("cli.import.done", snapshot.actors().size(), snapshot.circles().size(), snapshot.meetings().size(), file);
  }
}
