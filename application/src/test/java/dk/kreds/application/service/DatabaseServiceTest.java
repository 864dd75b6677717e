package dk.kreds.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kreds.application.inmemory.InMemoryStore;
import dk.kreds.application.port.in.BackupDatabaseUseCase;
import dk.kreds.application.port.in.DatabaseNotEmptyException;
import dk.kreds.application.port.in.DatabaseSnapshot;
import dk.kreds.application.port.in.ImportDatabaseUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.port.out.StorageException;
import dk.kreds.domain.actor.Actor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseServiceTest {

  private final UseCases use = ServiceFactory.create(InMemoryStore.ports(), Clock.systemUTC());

  @Test
  void givenScenario_whenExporting_thenEverythingInIdOrder() {
    use.loadReferenceScenario().load();

    DatabaseSnapshot snapshot = use.exportDatabase().export();

    assertThat(snapshot.actors()).hasSizeGreaterThanOrEqualTo(22);
    assertThat(snapshot.circles()).hasSize(1);
    assertThat(snapshot.meetings()).isNotEmpty();
    List<String> ids = snapshot.actors().stream().map(a -> a.id().toString()).toList();
    assertThat(ids).isSorted();
  }

  @Test
  void givenNonEmptyStore_whenImporting_thenRefusedAndNothingChanges() {
    use.loadReferenceScenario().load();
    DatabaseSnapshot before = use.exportDatabase().export();

    assertThatThrownBy(() -> use.importDatabase().importDatabase(new ImportDatabaseUseCase.Command(
        new DatabaseSnapshot(DatabaseSnapshot.FORMAT, List.of(), List.of(), List.of()))))
        .isInstanceOf(DatabaseNotEmptyException.class)
        .hasMessageContaining("not empty");
    assertThat(use.exportDatabase().export()).isEqualTo(before);
  }

  @Test
  void givenStateAtLaterVersion_whenImporting_thenCommandRefused() {
    UseCases other = ServiceFactory.create(InMemoryStore.ports(), Clock.systemUTC());
    other.loadReferenceScenario().load();
    List<Actor.State> actors = other.exportDatabase().export().actors();
    Actor.State changed = actors.stream().filter(a -> a.version() > 0).findFirst().orElseThrow();

    assertThatThrownBy(() -> new ImportDatabaseUseCase.Command(
        new DatabaseSnapshot(DatabaseSnapshot.FORMAT, List.of(changed), List.of(), List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version 0");
  }

  @Test
  void givenUnknownFormat_whenBuildingSnapshot_thenRefused() {
    assertThatThrownBy(() -> new DatabaseSnapshot(99, List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format");
  }

  @Test
  void givenInMemoryStore_whenBackingUp_thenStorageRefuses(@TempDir Path dir) {
    assertThatThrownBy(() -> use.backupDatabase().backup(new BackupDatabaseUseCase.Command(dir.resolve("copy.db"))))
        .isInstanceOf(StorageException.class);
  }

  @Test
  void givenExistingTarget_whenBackingUp_thenRefusedAndFileKept(@TempDir Path dir) throws Exception {
    Path target = Files.writeString(dir.resolve("copy.db"), "keep");

    assertThatThrownBy(() -> use.backupDatabase().backup(new BackupDatabaseUseCase.Command(target)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exists already");
    assertThat(Files.readString(target)).isEqualTo("keep");
  }
}
