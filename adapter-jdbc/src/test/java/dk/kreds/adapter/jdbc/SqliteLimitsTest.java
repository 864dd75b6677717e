package dk.kreds.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kreds.application.port.in.ImportActorsUseCase;
import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.port.out.StorageException;
import dk.kreds.application.service.ServiceFactory;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the storage does at SQLite's limits: a full database, and a write lock held by another program. */
class SqliteLimitsTest {

  private static final int BATCH = 100;

  @RegisterExtension
  final TestDatabase db = TestDatabase.sqlite();

  private final ExecutorService other = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopTheOtherThread() {
    other.shutdownNow();
  }

  private static UseCases useCases(JdbcStorage storage) {
    return ServiceFactory.create(storage.ports(), Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC));
  }

  private static ImportActorsUseCase.Command batch(String tag) {
    return ImportActorsUseCase.Command.of(
        IntStream.range(0, BATCH).mapToObj(i -> ActorProfile.of(tag + "-" + i, ActorKind.NGO)).toList());
  }

  private static List<String> names(UseCases use) {
    return use.listActors().list(new ListActorsUseCase.Command(true)).stream().map(Actor::name).toList();
  }

  @Test
  void givenADatabaseThatCannotGrow_whenImportingUntilItIsFull_thenStorageExceptionAndTheFailedBatchAbsentAndReadsWork() {
    // max_page_count caps the file at 120 pages (480 KiB): a full disk without filling one.
    String url = db.freshUrl() + "?max_page_count=120";
    UseCases use = useCases(db.open(url));

    int committed = 0;
    StorageException full = null;
    while (full == null && committed < 1_000) {
      try {
        use.importActors().importActors(batch("b" + committed));
        committed++;
      } catch (StorageException e) {
        full = e;
      }
    }

    assertThat(full).as("the database became full").isNotNull();
    assertThat(full.getMessage()).containsIgnoringCase("full");
    assertThat(committed).as("batches stored before it was full").isPositive();
    List<String> names = names(use);
    assertThat(names).hasSize(committed * BATCH);
    String failed = "b" + committed + "-";
    assertThat(names).noneMatch(n -> n.startsWith(failed));
    assertThat(use.showFieldOverview().show()).isNotNull();
  }

  @Test
  void givenAnotherProgramHoldingTheWriteLock_whenWriting_thenStorageExceptionAfterTheBusyTimeoutAndTheRetrySucceeds()
      throws Exception {
    String url = db.freshUrl() + "?busy_timeout=300";
    JdbcStorage cliStorage = db.open(url);
    UseCases cli = useCases(cliStorage);
    UseCases web = useCases(db.open(url));
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);

    // The CLI imports in a unit of work that stays open, holding SQLite's write lock, until released.
    Future<?> writer = other.submit(() -> cliStorage.ports().unitOfWork().inTransaction("ImportActorsUseCase", () -> {
      cli.importActors().importActors(ImportActorsUseCase.Command.of(List.of(
          ActorProfile.of("Kooperationen", ActorKind.INTEREST_ORGANISATION), ActorProfile.of("Netværket", ActorKind.NETWORK))));
      holding.countDown();
      try {
        return release.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }));
    assertThat(holding.await(60, TimeUnit.SECONDS)).as("the CLI holds the write lock").isTrue();

    // A read-only use case takes no write lock: it answers at once, from what was committed.
    assertThat(web.showFieldOverview().show().actors()).isZero();
    assertThat(web.listActors().list(new ListActorsUseCase.Command(true))).isEmpty();

    RegisterActorUseCase.Command register = new RegisterActorUseCase.Command(ActorProfile.of("Teknologisk Institut", ActorKind.RESEARCH));
    long start = System.nanoTime();
    assertThatThrownBy(() -> web.registerActor().register(register))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("locked");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("waited the busy timeout, not the default")
        .isBetween(250L, 4_000L);

    release.countDown();
    writer.get(60, TimeUnit.SECONDS);
    web.registerActor().register(register);

    assertThat(names(web)).containsExactly("Kooperationen", "Netværket", "Teknologisk Institut");
    assertThat(names(cli)).containsExactly("Kooperationen", "Netværket", "Teknologisk Institut");
  }
}
