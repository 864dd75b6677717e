package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.BackupDatabaseUseCase;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

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
final class BackupCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The new file to write the copy to.")
  private Path file;

  BackupCommand(Context context) {
    super(context);
  }

  @Override
  void run() {
    use().backupDatabase().backup(new BackupDatabaseUseCase.Command(file));
    done("cli.backup.done", file);
  }
}
