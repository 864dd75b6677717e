package dk.kreds.benchmarks.csv;

import dk.kreds.adapter.cli.ActorImportCommand;
import dk.kreds.adapter.jdbc.JdbcStorage;
import dk.kreds.application.inmemory.InMemoryStore;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Language;
import dk.kreds.application.service.ServiceFactory;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The CSV import of issue 6 against its baseline, in one JVM and one run: {@code kreds actor import}
 * of a seeded 100,000-row file into a fresh SQLite file (opening the storage, migrating the empty
 * file, reading, checking and storing, closing), and a raw JDBC batch insert of the same rows into a
 * plain SQLite table. Each is run {@code rounds} times on fresh files; the median is reported.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dk.kreds.benchmarks.csv.CsvImportBenchmark [ROWS] [ROUNDS]</pre>
 */
public final class CsvImportBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The CPU time of every thread of the process: the import reads its file on a thread of its own. */
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private CsvImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path dir = Files.createTempDirectory("kreds-csv-bench");
    Path csv = dir.resolve("actors.csv");
    SeededActorCsv.write(csv, rows, 42);
    Files.writeString(dir.resolve("sample-document.json"), sampleDocument(dir.resolve("sample.db"), csv));
    System.out.printf("rows=%d rounds=%d file=%d bytes%n", rows, rounds, Files.size(csv));
    List<Long> kreds = new ArrayList<>();
    List<Long> jdbc = new ArrayList<>();
    List<Long> memory = new ArrayList<>();
    List<Long> schema = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      jdbc.add(rawBatchInsert(dir.resolve("raw" + round + ".db"), SeededActorCsv.rows(rows, 42)));
      long cpu = THREADS.getCurrentThreadCpuTime();
      long processCpu = PROCESS.getProcessCpuTime();
      kreds.add(kredsImport(dir.resolve("kreds" + round + ".db"), csv));
      cpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000;
      processCpu = (PROCESS.getProcessCpuTime() - processCpu) / 1_000_000;
      memory.add(inMemoryImport(csv));
      schema.add(rawBatchIntoKredsSchema(dir.resolve("schema" + round + ".db"), SeededActorCsv.rows(rows, 42),
          Files.readString(dir.resolve("sample-document.json"))));
      System.out.printf("round %d: kreds actor import %d ms (%d ms CPU on the main thread, %d ms in all threads; in memory %d ms),"
          + " raw JDBC batch %d ms (into Kreds' actor and audit tables: %d ms)%n",
          round + 1, kreds.get(round), cpu, processCpu, memory.get(round), jdbc.get(round), schema.get(round));
    }
    System.out.printf("median: kreds actor import %d ms (in memory %d ms), raw JDBC batch %d ms, ratio %.1f%n",
        median(kreds), median(memory), median(jdbc), (double) median(kreds) / median(jdbc));
  }

  /** Milliseconds for the whole command in-process: open the storage, import the file, close. */
  static long kredsImport(Path db, Path csv) {
    long start = System.nanoTime();
    try (JdbcStorage storage = JdbcStorage.open("jdbc:sqlite:" + db)) {
      run(ServiceFactory.create(storage.ports(), Clock.systemUTC()), csv);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Milliseconds for the command over the in-memory store: reading and checking without SQLite. */
  static long inMemoryImport(Path csv) {
    long start = System.nanoTime();
    run(ServiceFactory.create(InMemoryStore.ports(), Clock.systemUTC()), csv);
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void run(UseCases use, Path csv) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ActorImportCommand(() -> use, () -> Language.DA, Clock.systemUTC()));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(csv.toString());
    if (code != 0 || !out.toString().startsWith("Importeret:")) {
      throw new IllegalStateException("import failed (" + code + "): " + out + err);
    }
  }

  /** Milliseconds to insert the rows with one prepared statement, batched, in one transaction. */
  static long rawBatchInsert(Path db, List<String[]> rows) throws SQLException {
    long start = System.nanoTime();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      try (Statement ddl = connection.createStatement()) {
        ddl.execute("CREATE TABLE actor (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, short_name TEXT, kind TEXT,"
            + " cvr TEXT UNIQUE, website TEXT, region TEXT, description TEXT, activities TEXT, rsv TEXT,"
            + " contact_name TEXT, contact_role TEXT, contact_email TEXT, contact_phone TEXT)");
      }
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO actor (name, short_name, kind, cvr, website,"
          + " region, description, activities, rsv, contact_name, contact_role, contact_email, contact_phone)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (String[] row : rows) {
          for (int i = 0; i < row.length; i++) {
            insert.setString(i + 1, i == 3 && row[i].isEmpty() ? null : row[i]);
          }
          insert.addBatch();
        }
        insert.executeBatch();
      }
      connection.commit();
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** The JSON document Kreds stores for the file's first actor, as a stand-in for every row's. */
  private static String sampleDocument(Path db, Path csv) throws Exception {
    Path one = db.resolveSibling("one.csv");
    Files.write(one, Files.readAllLines(csv).subList(0, 2));
    kredsImport(db, one);
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement query = connection.createStatement();
        java.sql.ResultSet rs = query.executeQuery("SELECT document FROM actor")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * Milliseconds to insert the rows as Kreds stores them, by raw JDBC: into the migrated schema's
   * {@code actor} table (random UUID key, name key, CVR, indexes, a JSON document per row) and one
   * {@code audit_log} row each, two batched statements in one transaction. What the storage layout
   * costs, without JDBI, Jackson or the model.
   */
  static long rawBatchIntoKredsSchema(Path db, List<String[]> rows, String document) throws SQLException {
    JdbcStorage.open("jdbc:sqlite:" + db).close();
    long start = System.nanoTime();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      connection.setAutoCommit(false);
      try (PreparedStatement actor = connection.prepareStatement("INSERT INTO actor (id, version, name, name_key, kind, cvr,"
              + " region, archived, parent_id, document) VALUES (?, 1, ?, ?, ?, ?, ?, 0, NULL, ?)");
          PreparedStatement audit = connection.prepareStatement("INSERT INTO audit_log (at, who, use_case, entity, entity_id,"
              + " action) VALUES ('2026-11-27T09:00:00Z', 'benchmark', 'ImportActorsUseCase', 'actor', ?, 'insert')")) {
        for (String[] row : rows) {
          String id = java.util.UUID.randomUUID().toString();
          actor.setString(1, id);
          actor.setString(2, row[0]);
          actor.setString(3, row[0].toLowerCase(java.util.Locale.ROOT));
          actor.setString(4, "NGO");
          actor.setString(5, row[3].isEmpty() ? null : row[3]);
          actor.setString(6, row[5]);
          actor.setString(7, document);
          actor.addBatch();
          audit.setString(1, id);
          audit.addBatch();
        }
        actor.executeBatch();
        audit.executeBatch();
      }
      connection.commit();
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
