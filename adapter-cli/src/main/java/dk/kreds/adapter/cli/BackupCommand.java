package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.BackupDatabaseUseCase;
import dk.kreds.application.port.in.UseCases;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Copies the SQLite database to a new file, safely while the web app runs. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Copy the SQLite database to FILE, consistently, while the web app and other commands keep running.",
      "FILE must not exist. The copy is an ordinary Kreds database: open it with --db jdbc:sqlite:FILE.",
      "A PostgreSQL database is refused: back it up with pg_dump."
    },
    footer = {"%nExamples:%n  kreds backup ~/kreds-backup-$(date +%%F).db"
        + "%n  kreds backup /mnt/usb/kreds.db --db jdbc:sqlite:/srv/kreds/kreds.db"})
final class BackupCommand implements Callable<Integer> {

  private final Supplier<UseCases> useCases;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The new file to write the copy to.")
  private Path file;

  BackupCommand(Supplier<UseCases> useCases) {
    this.useCases = useCases;
  }

  @Override
  public Integer call() {
    useCases.get().backupDatabase().backup(new BackupDatabaseUseCase.Command(file));
    spec.commandLine().getOut().println("backed up the database to " + file);
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
