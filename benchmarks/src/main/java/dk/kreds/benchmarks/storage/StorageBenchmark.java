package dk.kreds.benchmarks.storage;

import dk.kreds.adapter.jdbc.JdbcStorage;
import dk.kreds.application.port.in.CreateCircleUseCase;
import dk.kreds.application.port.in.FormDialogueGroupsUseCase;
import dk.kreds.application.port.in.ImportActorsUseCase;
import dk.kreds.application.port.in.InviteActorsUseCase;
import dk.kreds.application.port.in.PlanMeetingUseCase;
import dk.kreds.application.port.in.ProduceWriteUpUseCase;
import dk.kreds.application.port.in.RecordAttendanceUseCase;
import dk.kreds.application.port.in.RecordContributionUseCase;
import dk.kreds.application.port.in.RecordDecisionUseCase;
import dk.kreds.application.port.in.RecordResponseUseCase;
import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.ShowMeetingUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.service.MovableClock;
import dk.kreds.application.service.ServiceFactory;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.Attendance;
import dk.kreds.domain.meeting.ContributionForm;
import dk.kreds.domain.meeting.Decision;
import dk.kreds.domain.meeting.DecisionKind;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.MeetingTime;
import dk.kreds.application.port.in.RecordResponseUseCase.Answer;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.meeting.Venue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The storage figures of {@code docs/benchmarks.md}: a synthetic field of 100,000 actors with contacts,
 * 1,000 meetings and 200,000 invitations, driven through the use cases (not raw SQL) on SQLite or
 * PostgreSQL, against a raw JDBC batch insert of the very same actor rows in the same run.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dk.kreds.benchmarks.storage.StorageBenchmark [JDBC-URL]
 * </pre>
 *
 * Without a URL it uses a fresh SQLite file in a temporary folder. A PostgreSQL URL gets two fresh
 * schemas (application and baseline), dropped at the end.
 */
public final class StorageBenchmark {

  private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  private static final int ACTORS = Integer.getInteger("actors", 100_000);
  private static final int MEETINGS = Integer.getInteger("meetings", 1_000);
  private static final int INVITATIONS = Integer.getInteger("invitations", 200_000);
  private static final int BIG_MEETING = Integer.getInteger("big", 1_000);
  private static final long SEED = 20141125L;

  private final List<String> rows = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    new StorageBenchmark().run(args.length > 0 ? args[0] : null);
  }

  private void run(String given) throws Exception {
    Database app = Database.fresh(given);
    Database baseline = Database.fresh(given);
    try {
      measure(app, baseline);
    } finally {
      app.drop();
      baseline.drop();
    }
    System.out.printf("%n%s, %d actors, %d meetings, %d invitations, java %s%n%n",
        app.dialect(), ACTORS, MEETINGS, INVITATIONS, System.getProperty("java.version"));
    System.out.println("| measure | figure | target |");
    System.out.println("|---|---|---|");
    rows.forEach(System.out::println);
  }

  private void measure(Database app, Database baseline) throws Exception {
    MovableClock clock = new MovableClock(at(2026, 1, 5, 9));
    try (JdbcStorage storage = JdbcStorage.open(app.url(), clock, "benchmark")) {
      UseCases use = ServiceFactory.create(storage.ports(), storage, clock);

      Imported imported = importField(use);
      List<ActorId> actors = imported.ids();
      double importSeconds = imported.seconds();
      row("bulk import of " + ACTORS + " actors with contacts (one use case)", "%.2f s".formatted(importSeconds), "≤ 10 s on SQLite");

      double rawSeconds = copyActorRows(app.url(), baseline);
      baseline.drop(); // done with: else PostgreSQL's autovacuum works through its 100,000 rows during the timings
      row("raw JDBC batch insert of the same rows", "%.2f s".formatted(rawSeconds), "baseline");
      row("import ÷ raw JDBC", "%.1f×".formatted(importSeconds / rawSeconds), "≤ 3×");

      app.settle();
      Latencies register = new Latencies();
      for (int i = 0; i < 3_000; i++) {
        ActorProfile profile = ActorProfile.of("Nyregistreret aktør " + i, ActorKind.NGO).withRegion("Sjælland");
        register.time(i >= 1_000, () -> use.registerActor().register(new RegisterActorUseCase.Command(profile)));
      }
      row("register one actor (2,000 after 1,000 warm-up)", register.summary(), "p99 ≤ 5 ms");

      MeetingId big = planMeetings(use, actors, clock);
      holdBigMeeting(use, big, clock);
      app.settle();

      Latencies show = new Latencies();
      for (int i = 0; i < 300; i++) {
        show.time(i >= 100, () -> use.showMeeting().show(new ShowMeetingUseCase.Command(big)));
      }
      row("load a meeting with " + BIG_MEETING + " invitations", show.summary(), "≤ 50 ms");

      Latencies writeUp = new Latencies();
      for (int i = 0; i < 300; i++) {
        writeUp.time(i >= 100, () -> use.produceWriteUp().produce(new ProduceWriteUpUseCase.Command(big)));
      }
      row("write-up of the " + BIG_MEETING + "-invitation meeting", writeUp.summary(), "≤ 50 ms");

      Latencies overview = new Latencies();
      for (int i = 0; i < 15; i++) {
        overview.time(i >= 5, () -> use.showFieldOverview().show());
      }
      row("field overview of " + (ACTORS + 3_000) + " actors", overview.summary(), "≤ 200 ms");
    }
  }

  /** The seeded field imported through the use case; its entries are garbage once this returns. */
  private static Imported importField(UseCases use) {
    ImportActorsUseCase.Command command = new ImportActorsUseCase.Command(
        SyntheticField.actors(ACTORS, SEED), ImportActorsUseCase.Mode.ALL_OR_NOTHING, false);
    long start = System.nanoTime();
    List<ActorId> ids = use.importActors().importActors(command).registeredIds();
    return new Imported(ids, seconds(start));
  }

  private record Imported(List<ActorId> ids, double seconds) {}

  /** 1,000 meetings over ten circles; the first has 1,000 invitations, the rest share the others. */
  private MeetingId planMeetings(UseCases use, List<ActorId> actors, MovableClock clock) {
    Random random = new Random(SEED);
    List<CircleId> circles = new ArrayList<>();
    for (int c = 0; c < 10; c++) {
      circles.add(use.createCircle().create(new CreateCircleUseCase.Command("Kreds " + (c + 1), actors.subList(2 * c, 2 * c + 2), Optional.empty())));
    }
    int rest = INVITATIONS - BIG_MEETING;
    int others = MEETINGS - 1;
    long start = System.nanoTime();
    MeetingId big = null;
    Latencies invite = new Latencies();
    for (int m = 0; m < MEETINGS; m++) {
      int count = m == 0 ? BIG_MEETING : rest / others + (m - 1 < rest % others ? 1 : 0);
      MeetingId meeting = use.planMeeting().plan(new PlanMeetingUseCase.Command(circles.get(m % circles.size()), plan(m, actors)));
      List<ActorId> invited = sample(random, actors, count);
      invite.time(m > 0, () -> use.inviteActors().invite(new InviteActorsUseCase.Command(meeting, invited)));
      if (m == 0) {
        big = meeting;
      }
    }
    row("plan " + MEETINGS + " meetings and send " + INVITATIONS + " invitations", "%.1f s".formatted(seconds(start)), "—");
    row("invite ~200 actors to one meeting", invite.summary(), "—");
    return big;
  }

  /** RSVPs, written contributions, attendance, groups and decisions on the big meeting, as on the day. */
  private void holdBigMeeting(UseCases use, MeetingId big, MovableClock clock) {
    List<ActorId> invited = use.showMeeting().show(new ShowMeetingUseCase.Command(big)).invitations().stream()
        .map(invitation -> invitation.actor()).toList();
    clock.set(at(2026, 5, 1, 12));
    Latencies respond = new Latencies();
    for (int i = 0; i < invited.size(); i++) {
      Answer answer = i % 10 < 7 ? Answer.ACCEPT : Answer.DECLINE;
      ActorId actor = invited.get(i);
      respond.time(i >= invited.size() / 10, () -> use.recordResponse().record(new RecordResponseUseCase.Command(big, actor, answer)));
      if (answer == Answer.DECLINE && i % 3 == 0) {
        use.recordContribution().record(new RecordContributionUseCase.Command(big, actor, ContributionForm.WRITTEN,
            "Vi arbejder med beskæftigelse af udsatte unge i Østjylland.", List.of("Finansiering", "Synlighed"), List.of()));
      }
    }
    row("record one RSVP on the " + BIG_MEETING + "-invitation meeting", respond.summary(), "—");
    clock.set(at(2026, 6, 1, 13).plusMinutes(5));
    Map<ActorId, Attendance> attendance = new LinkedHashMap<>();
    for (int i = 0; i < invited.size(); i++) {
      attendance.put(invited.get(i), i % 10 < 7 ? Attendance.PRESENT : Attendance.ABSENT);
    }
    use.recordAttendance().record(new RecordAttendanceUseCase.Command(big, attendance));
    List<ActorId> present = attendance.entrySet().stream().filter(e -> e.getValue() == Attendance.PRESENT).map(Map.Entry::getKey).toList();
    List<List<ActorId>> groups = new ArrayList<>();
    for (int g = 0; g < 20; g++) {
      groups.add(new ArrayList<>());
    }
    for (int i = 0; i < present.size(); i++) {
      groups.get(i % 20).add(present.get(i));
    }
    use.formDialogueGroups().form(new FormDialogueGroupsUseCase.Command(big, 1, Optional.of(groups)));
    use.recordDecision().record(new RecordDecisionUseCase.Command(big, new Decision("Vi mødes hvert halve år.", DecisionKind.CONSENSUS)));
    clock.set(at(2026, 6, 5, 10));
  }

  private static MeetingPlan plan(int m, List<ActorId> actors) {
    ZonedDateTime starts = at(2026, 6, 1, 13).plusDays(m);
    return new MeetingPlan("Stormøde " + (m + 1), new MeetingTime(starts, starts.plusHours(3)),
        Venue.of("Kooperationen", "København"), Optional.of("At finde fælles interesser."), actors.subList(0, 2),
        List.of(new Round.Presentation(), new Round.Dialogue(20, Optional.of("Udfordringer")), new Round.Closing()),
        Optional.of(starts.toLocalDate().plusDays(20)));
  }

  private static List<ActorId> sample(Random random, List<ActorId> actors, int count) {
    List<ActorId> pool = new ArrayList<>(actors);
    for (int i = 0; i < count; i++) {
      Collections.swap(pool, i, i + random.nextInt(pool.size() - i));
    }
    return List.copyOf(pool.subList(0, count));
  }

  /** Copies every actor row of {@code from} into the empty baseline in one transaction of JDBC batches. */
  private static double copyActorRows(String from, Database baseline) throws SQLException {
    List<Object[]> copied = new ArrayList<>();
    int columns;
    String names;
    try (Connection source = DriverManager.getConnection(from); Statement select = source.createStatement();
        ResultSet rs = select.executeQuery("SELECT * FROM actor")) {
      columns = rs.getMetaData().getColumnCount();
      List<String> list = new ArrayList<>();
      for (int c = 1; c <= columns; c++) {
        list.add(rs.getMetaData().getColumnName(c));
      }
      names = String.join(", ", list);
      while (rs.next()) {
        Object[] row = new Object[columns];
        for (int c = 0; c < columns; c++) {
          row[c] = rs.getObject(c + 1);
        }
        copied.add(row);
      }
    }
    JdbcStorage.open(baseline.url()).close();
    String marks = String.join(", ", Collections.nCopies(columns, "?"));
    try (Connection target = baseline.connect();
        PreparedStatement insert = target.prepareStatement("INSERT INTO actor (" + names + ") VALUES (" + marks + ")")) {
      target.setAutoCommit(false);
      long start = System.nanoTime();
      for (int r = 0; r < copied.size(); r++) {
        for (int c = 0; c < columns; c++) {
          insert.setObject(c + 1, copied.get(r)[c]);
        }
        insert.addBatch();
        if (r % 1_000 == 999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      target.commit();
      return seconds(start);
    }
  }

  private void row(String measure, String figure, String target) {
    String line = "| " + measure + " | " + figure + " | " + target + " |";
    rows.add(line);
    System.err.println(line);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static ZonedDateTime at(int year, int month, int day, int hour) {
    return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, COPENHAGEN);
  }

  /** Per-call wall times of one use case, summarised as p50 / p99 / max in milliseconds. */
  private static final class Latencies {
    private final List<Long> nanos = new ArrayList<>();

    void time(boolean keep, Runnable call) {
      long start = System.nanoTime();
      call.run();
      if (keep) {
        nanos.add(System.nanoTime() - start);
      }
    }

    String summary() {
      long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
      return "p50 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d)".formatted(
          percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static double percentile(long[] sorted, double p) {
      return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
  }

  /** A fresh, empty database: a new SQLite file, or a new schema on the given PostgreSQL server. */
  private record Database(String url, Optional<String> schema, Supplier<Connection> connector) {

    static Database fresh(String given) throws Exception {
      if (given == null || given.startsWith("jdbc:sqlite:")) {
        Path dir = Files.createTempDirectory("kreds-bench");
        String url = "jdbc:sqlite:" + dir.resolve("kreds.db");
        return new Database(url, Optional.empty(), () -> sqlite(url));
      }
      String schema = "kreds_bench_" + UUID.randomUUID().toString().replace("-", "");
      try (Connection connection = DriverManager.getConnection(given)) {
        connection.createStatement().execute("CREATE SCHEMA " + schema);
      }
      String url = given + (given.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      return new Database(url, Optional.of(schema), () -> connect(url));
    }

    String dialect() {
      return schema.isPresent() ? "PostgreSQL" : "SQLite";
    }

    Connection connect() {
      return connector.get();
    }

    /**
     * Brings the database to the steady state a running server reaches on its own within a minute of a
     * bulk change, so that the single-request figures after it do not measure that catching-up: SQLite's
     * log copied into the file; PostgreSQL's checkpoint written and its tables vacuumed and analysed
     * (autovacuum's work: the visibility map lets the overview scan its covering index alone).
     */
    void settle() throws SQLException {
      try (Connection connection = connect(); Statement statement = connection.createStatement()) {
        if (schema.isEmpty()) {
          statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
          return;
        }
        connection.setAutoCommit(true);
        statement.execute("CHECKPOINT");
        statement.execute("VACUUM ANALYZE actor, circle, circle_member, meeting, invitation, audit_log");
      }
    }

    /** Drops the PostgreSQL schema; a SQLite file is left in the temporary folder. */
    void drop() throws SQLException {
      if (schema.isPresent()) {
        try (Connection connection = connect()) {
          connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema.get() + " CASCADE");
        }
      }
    }

    /** A connection with the pragmas the storage sets, so the baseline writes as durably. */
    private static Connection sqlite(String url) {
      Connection connection = connect(url);
      try (Statement pragmas = connection.createStatement()) {
        for (String pragma : Arrays.asList("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON")) {
          pragmas.execute("PRAGMA " + pragma);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return connection;
    }

    private static Connection connect(String url) {
      try {
        return DriverManager.getConnection(url);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
