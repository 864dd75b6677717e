package dk.kreds.adapter.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.ImportActorsUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.service.ServiceFactory;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program killed with SIGKILL in the middle of a bulk import leaves a sound SQLite file: every batch
 * it reported committed is there in full, the batch it was writing is not there at all.
 *
 * <p>Here, not in {@code app}: what is tested is the storage's transactions and SQLite's pragmas
 * (WAL, {@code synchronous=FULL}); the child needs only this module's test class path, and the test
 * runs with the storage's own tests.
 */
class SqliteCrashTest {

  static final int BATCH = 500;
  private static final int KILLS = 20;
  private static final long WAIT_SECONDS = 60;
  private static final String COMMITTED = "committed ";

  @TempDir
  Path dir;

  @Test
  void givenAProgramImportingBatches_whenKilledAtRandomMoments_thenTheFileIsSoundAndEveryBatchWhollyThereOrAbsent()
      throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("kreds.db");
    Random random = new Random(20261127);
    Set<String> reportedCommitted = new HashSet<>();

    for (int round = 0; round < KILLS; round++) {
      reportedCommitted.addAll(runAndKill(url, round, 1 + random.nextInt(4)));

      Map<String, Long> batches = batchesIn(url);
      assertThat(batches.values()).as("round %d: every stored batch whole", round).allMatch(n -> n == BATCH);
      assertThat(batches.keySet()).as("round %d: every reported batch stored", round).containsAll(reportedCommitted);
    }
    assertThat(reportedCommitted).hasSizeGreaterThanOrEqualTo(KILLS);
  }

  /** Starts the child, kills it after {@code lines} committed batches, and returns every batch it reported. */
  private List<String> runAndKill(String url, int round, int lines) throws Exception {
    String java = ProcessHandle.current().info().command().orElseThrow();
    ProcessBuilder builder = new ProcessBuilder(
        java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        Child.class.getName(), url, Integer.toString(round))
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("KREDS_HOME", dir.toString());
    Process child = builder.start();
    BlockingQueue<Optional<String>> out = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> read(child, out), "crash-child-stdout");
    reader.start();
    List<String> committed = new ArrayList<>();
    try {
      while (committed.size() < lines) {
        Optional<String> line = out.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(line).as("round %d: a committed batch within %d s", round, WAIT_SECONDS).isNotNull().isPresent();
        committed.add(line.get().substring(COMMITTED.length()));
      }
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("child ends after SIGKILL").isTrue();
    reader.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    // Lines still in the pipe were printed after their commit too.
    for (Optional<String> line = out.poll(); line != null && line.isPresent(); line = out.poll()) {
      committed.add(line.get().substring(COMMITTED.length()));
    }
    return committed;
  }

  private static void read(Process child, BlockingQueue<Optional<String>> out) {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith(COMMITTED)) {
          out.add(Optional.of(line));
        }
      }
    } catch (IOException e) {
      // The pipe breaks when the child is killed; what was read is in the queue.
    } finally {
      out.add(Optional.empty());
    }
  }

  /** Opens the file as Kreds does, checks its integrity and counts the actors of each batch tag. */
  private static Map<String, Long> batchesIn(String url) throws SQLException {
    try (JdbcStorage storage = JdbcStorage.open(url, Clock.systemUTC(), "test");
        Connection connection = storage.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet rs = statement.executeQuery("PRAGMA integrity_check")) {
        rs.next();
        assertThat(rs.getString(1)).as("integrity_check").isEqualTo("ok");
      }
      Map<String, Long> batches = new HashMap<>();
      try (ResultSet rs = statement.executeQuery(
          "SELECT substr(name, 1, instr(name, '-') - 1), COUNT(*) FROM actor GROUP BY 1")) {
        while (rs.next()) {
          batches.put(rs.getString(1), rs.getLong(2));
        }
      }
      return batches;
    }
  }

  /** The program that is killed: imports batches of {@value #BATCH} actors until it dies. */
  static final class Child {

    public static void main(String[] args) {
      String url = args[0];
      int round = Integer.parseInt(args[1]);
      PrintStream out = new PrintStream(System.out, true, UTF_8);
      try (JdbcStorage storage = JdbcStorage.open(url, Clock.systemUTC(), "crash-test")) {
        UseCases use = ServiceFactory.create(storage.ports(), Clock.systemUTC());
        for (int batch = 0; ; batch++) {
          String tag = String.format("r%02db%04d", round, batch);
          use.importActors().importActors(ImportActorsUseCase.Command.of(IntStream.range(0, BATCH)
              .mapToObj(i -> ActorProfile.of(tag + "-" + i, ActorKind.NGO))
              .toList()));
          out.println(COMMITTED + tag);
        }
      } catch (RuntimeException e) {
        throw new UncheckedIOException(new IOException("crash child failed", e));
      }
    }
  }
}
