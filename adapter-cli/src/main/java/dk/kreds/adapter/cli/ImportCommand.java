package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.DatabaseSnapshot;
import dk.kreds.application.port.in.ImportDatabaseUseCase;
import dk.kreds.application.port.in.UseCases;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
final class ImportCommand implements Callable<Integer> {

  private final Supplier<UseCases> useCases;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The JSON file to import (UTF-8).")
  private Path file;

  ImportCommand(Supplier<UseCases> useCases) {
    this.useCases = useCases;
  }

  @Override
  public Integer call() throws IOException {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file", e);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + ": not UTF-8 text", e);
    }
    DatabaseSnapshot snapshot;
    try {
      snapshot = SnapshotJson.read(json);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
    useCases.get().importDatabase().importDatabase(new ImportDatabaseUseCase.Command(snapshot));
    spec.commandLine().getOut().printf("imported %d actors, %d circles and %d meetings from %s%n",
        snapshot.actors().size(), snapshot.circles().size(), snapshot.meetings().size(), file);
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
