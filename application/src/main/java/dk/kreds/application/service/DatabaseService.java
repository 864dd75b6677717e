package dk.kreds.application.service;

import dk.kreds.application.port.in.BackupDatabaseUseCase;
import dk.kreds.application.port.in.DatabaseNotEmptyException;
import dk.kreds.application.port.in.DatabaseSnapshot;
import dk.kreds.application.port.in.ExportDatabaseUseCase;
import dk.kreds.application.port.in.ImportDatabaseUseCase;
import dk.kreds.application.port.out.Backup;
import dk.kreds.application.port.out.Ports;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.meeting.Meeting;
import java.nio.file.Files;
import java.util.Comparator;

/** Export, import and backup of a whole database. */
final class DatabaseService implements ExportDatabaseUseCase, ImportDatabaseUseCase, BackupDatabaseUseCase {

  private final Ports ports;
  private final Backup backup;

  DatabaseService(Ports ports, Backup backup) {
    this.ports = ports;
    this.backup = backup;
  }

  @Override
  public DatabaseSnapshot export() {
    return ports.unitOfWork().inTransaction(() -> new DatabaseSnapshot(
        DatabaseSnapshot.FORMAT,
        ports.actors().findAll().stream().map(Actor::state)
            .sorted(Comparator.comparing((Actor.State s) -> s.id().toString())).toList(),
        ports.circles().findAll().stream().map(Circle::state)
            .sorted(Comparator.comparing((Circle.State s) -> s.id().toString())).toList(),
        ports.meetings().findAll().stream().map(Meeting::state)
            .sorted(Comparator.comparing((Meeting.State s) -> s.id().toString())).toList()));
  }

  @Override
  public void importDatabase(ImportDatabaseUseCase.Command command) {
    DatabaseSnapshot snapshot = command.snapshot();
    ports.unitOfWork().run(() -> {
      int held = ports.actors().findAll().size() + ports.circles().findAll().size() + ports.meetings().findAll().size();
      if (held > 0) {
        throw new DatabaseNotEmptyException(held);
      }
      snapshot.actors().forEach(state -> ports.actors().save(Actor.restore(state)));
      snapshot.circles().forEach(state -> ports.circles().save(Circle.restore(state)));
      snapshot.meetings().forEach(state -> ports.meetings().save(Meeting.restore(state)));
    });
  }

  @Override
  public void backup(BackupDatabaseUseCase.Command command) {
    if (Files.exists(command.target())) {
      throw new IllegalArgumentException(command.target() + " exists already; a backup never overwrites a file");
    }
    backup.backupTo(command.target());
  }
}
