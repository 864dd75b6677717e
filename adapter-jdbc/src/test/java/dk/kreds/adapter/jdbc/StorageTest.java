package dk.kreds.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.RsvpLink;
import dk.kreds.application.port.out.UnitOfWork;
import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ActorSummary;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.shared.DanishOrder;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What only a real database can show: documents that round-trip, versions checked by the database,
 * transactions that roll back, the audit log, the schema's migrations. Run on SQLite and PostgreSQL
 * by the subclasses.
 */
abstract class StorageTest {

  /** The database kind under test; registered as an extension by the subclass. */
  abstract TestDatabase db();

  @Test
  void givenEveryPartOfEveryAggregate_whenStoredAndLoaded_thenEqual() {
    Samples.Stored stored = Samples.stormode();
    Actor full = Samples.fullActor();
    Ports ports = db().freshPorts();

    stored.actors().forEach(s -> ports.actors().save(Actor.restore(Samples.at(s, 0))));
    ports.actors().save(full);
    stored.circles().forEach(s -> ports.circles().save(Circle.restore(Samples.at(s, 0))));
    stored.meetings().forEach(s -> ports.meetings().save(Meeting.restore(Samples.at(s, 0))));

    List<Actor.State> actors = new java.util.ArrayList<>(stored.actors().stream().map(s -> Samples.at(s, 1)).toList());
    actors.add(Samples.at(full.state(), 1));
    assertThat(ports.actors().findAll()).map(Actor::state).containsExactlyInAnyOrderElementsOf(actors);
    assertThat(ports.circles().findAll()).map(Circle::state)
        .containsExactlyInAnyOrderElementsOf(stored.circles().stream().map(s -> Samples.at(s, 1)).toList());
    assertThat(ports.meetings().findAll()).map(Meeting::state)
        .containsExactlyElementsOf(stored.meetings().stream().map(s -> Samples.at(s, 1)).toList());
    assertThat(ports.actors().get(full.id()).contacts().get(0).name()).isEqualTo("Søren Åge Ødegård");
  }

  @Test
  void givenAnotherProgramChangingTheDatabase_whenAskingTheRevision_thenItChangesWithinTheLag() {
    String url = db().freshUrl();
    UnitOfWork reader = db().open(url).ports().unitOfWork();
    long before = reader.revision();

    db().open(url).ports().actors().save(Samples.actor("Ærø Fond"));

    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
    while (reader.revision() == before && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(reader.revision()).isNotEqualTo(before);
  }

  @Test
  void givenStoredAggregates_whenLookingAtTheirDocuments_thenTheVersionIsOnlyInItsColumn() {
    String url = db().freshUrl();
    Samples.Stored stored = Samples.stormode();
    Ports ports = db().open(url).ports();
    ports.actors().save(Actor.restore(Samples.at(stored.actors().get(0), 0)));
    ports.circles().save(Circle.restore(Samples.at(stored.circles().get(0), 0)));
    ports.meetings().save(Meeting.restore(Samples.at(stored.meetings().get(0), 0)));

    for (String table : List.of("actor", "circle", "meeting")) {
      String document = TestDatabase.raw(url).withHandle(h -> h.createQuery("SELECT document FROM " + table).mapTo(String.class).one());
      assertThat(document).as(table).startsWith("{\"id\":").doesNotContain("\"version\"");
    }
  }

  @Test
  void givenStoredScenario_whenQueriedByColumns_thenTheSameAnswersAsInMemory() {
    Samples.Stored stored = Samples.stormode();
    Ports ports = db().freshPorts();
    stored.actors().forEach(s -> ports.actors().save(Actor.restore(Samples.at(s, 0))));
    stored.circles().forEach(s -> ports.circles().save(Circle.restore(Samples.at(s, 0))));
    stored.meetings().forEach(s -> ports.meetings().save(Meeting.restore(Samples.at(s, 0))));
    Meeting stormode = ports.meetings().get(stored.scenario().meeting());
    Actor invitee = ports.actors().get(stormode.invitations().get(3).actor());

    assertThat(ports.circles().findByMember(invitee.id())).map(Circle::id).containsExactly(stored.scenario().circle());
    assertThat(ports.meetings().findByInvitee(invitee.id())).map(Meeting::id).contains(stormode.id());
    assertThat(ports.meetings().findByCircle(stored.scenario().circle())).map(m -> m.time().date().toString())
        .containsExactly("2014-11-25", "2015-05-25");
    assertThat(ports.actors().findByNameKeyOrCvr(" " + invitee.name().toUpperCase(java.util.Locale.ROOT) + " ", Optional.empty()))
        .isEmpty();
    assertThat(ports.actors().findByNameKeyOrCvr(invitee.profile().nameKey(), Optional.empty())).map(Actor::id)
        .containsExactly(invitee.id());
    assertThat(ports.actors().findAllById(List.of(invitee.id(), invitee.id(), stormode.plan().conveners().get(0))))
        .hasSize(2);
  }

  @Test
  void givenTwoLoadsOfOneActor_whenBothSave_thenTheSecondIsRefusedAndNotApplied() {
    Ports ports = db().freshPorts();
    Actor actor = Samples.actor("Kooperationen");
    ports.actors().save(actor);
    Actor first = ports.actors().get(actor.id());
    Actor second = ports.actors().get(actor.id());

    first.changeProfile(first.profile().withRegion("København"));
    ports.actors().save(first);
    second.changeProfile(second.profile().withRegion("Århus"));

    assertThatThrownBy(() -> ports.actors().save(second))
        .isInstanceOfSatisfying(StaleWriteException.class, e -> {
          assertThat(e.entity()).isEqualTo("actor");
          assertThat(e.id()).isEqualTo(actor.id().toString());
        });
    Actor stored = ports.actors().get(actor.id());
    assertThat(stored.profile().region()).contains("København");
    assertThat(stored.version()).isEqualTo(2);
  }

  @Test
  void givenAStoredId_whenANewAggregateWithItIsSaved_thenRefused() {
    Ports ports = db().freshPorts();
    Actor actor = Samples.actor("Kooperationen");
    ports.actors().save(actor);

    Actor twin = Actor.register(actor.id(), ActorProfile.of("Tvilling", ActorKind.OTHER));
    assertThatThrownBy(() -> ports.actors().save(twin)).isInstanceOf(StaleWriteException.class);
    assertThat(ports.actors().get(actor.id()).name()).isEqualTo("Kooperationen");
  }

  @Test
  void givenAnActorNotStored_whenSavedAtAVersion_thenRefused() {
    Ports ports = db().freshPorts();
    Actor ghost = Actor.restore(Samples.at(Samples.actor("Spøgelse").state(), 3));

    assertThatThrownBy(() -> ports.actors().save(ghost)).isInstanceOf(StaleWriteException.class);
    assertThat(ports.actors().findAll()).isEmpty();
  }

  @Test
  void givenAUseCaseThatFails_whenRolledBack_thenNothingOfItIsStored() {
    String url = db().freshUrl();
    Ports ports = db().open(url).ports();
    Actor actor = Samples.fullActor();

    assertThatThrownBy(() -> ports.unitOfWork().inTransaction("RegisterActorUseCase", () -> {
      ports.actors().save(actor);
      ports.unitOfWork().run(() -> ports.actors().save(Samples.actor("Indre")));
      throw new IllegalStateException("fejl midt i");
    })).hasMessage("fejl midt i");

    assertThat(ports.actors().findAll()).isEmpty();
    assertThat(count(url, "audit_log")).isZero();
  }

  @Test
  void givenNestedUnitsOfWork_whenTheOuterCommits_thenBothAreStoredWithTheirUseCases() {
    String url = db().freshUrl();
    Ports ports = db().open(url).ports();

    ports.unitOfWork().inTransaction("LoadReferenceScenarioUseCase", () -> {
      ports.unitOfWork().inTransaction("RegisterActorUseCase", () -> {
        ports.actors().save(Samples.actor("Indre"));
        return null;
      });
      ports.actors().save(Samples.actor("Ydre"));
      return null;
    });

    assertThat(auditRows(url)).extracting(row -> row.get("use_case"))
        .containsExactly("RegisterActorUseCase", "LoadReferenceScenarioUseCase");
  }

  @Test
  void givenTwoThreadsWithTheSameVersionOfAMeeting_whenBothSave_thenExactlyOneWins() throws Exception {
    Samples.Stored stored = Samples.stormode();
    Ports ports = db().freshPorts();
    Meeting.State state = stored.meetings().get(0);
    ports.meetings().save(Meeting.restore(Samples.at(state, 0)));
    Meeting mine = ports.meetings().get(state.id());
    Meeting theirs = ports.meetings().get(state.id());
    mine.revise();
    theirs.completeActionItem(theirs.actionItems().get(0).id(), theirs.time().date().plusDays(20));
    CyclicBarrier start = new CyclicBarrier(2);

    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<String> one = threads.submit(() -> saveAfter(start, ports, mine));
      Future<String> two = threads.submit(() -> saveAfter(start, ports, theirs));
      assertThat(List.of(one.get(30, TimeUnit.SECONDS), two.get(30, TimeUnit.SECONDS)))
          .containsExactlyInAnyOrder("saved", "stale");
    } finally {
      threads.shutdownNow();
    }
    Meeting after = ports.meetings().get(state.id());
    assertThat(after.version()).isEqualTo(2);
    boolean revised = after.revision() == 1;
    boolean completed = after.actionItems().get(0).done().isPresent();
    assertThat(revised).as("exactly one change is stored").isNotEqualTo(completed);
  }

  private static String saveAfter(CyclicBarrier start, Ports ports, Meeting meeting) throws Exception {
    start.await(30, TimeUnit.SECONDS);
    try {
      ports.unitOfWork().run(() -> ports.meetings().save(meeting));
      return "saved";
    } catch (StaleWriteException e) {
      return "stale";
    }
  }

  @Test
  void givenARaceThePastServiceCheck_whenTheDatabaseFindsTheSameNameKeyOrCvr_thenTheRuleIsReported() {
    Ports ports = db().freshPorts();
    ports.actors().save(Actor.register(Samples.actor("x").id(), ActorProfile.of("Æble", ActorKind.NGO).withCvr(new Cvr("25313763"))));

    assertThatThrownBy(() -> ports.actors().save(Samples.actor(" æBLE ")))
        .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Rule.ACTOR_NAME_DUPLICATE));
    Actor sameCvr = Actor.register(Samples.actor("y").id(), ActorProfile.of("Pære", ActorKind.NGO).withCvr(new Cvr("25313763")));
    assertThatThrownBy(() -> ports.actors().save(sameCvr))
        .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Rule.ACTOR_CVR_DUPLICATE));
    assertThat(ports.actors().findAll()).hasSize(1);
  }

  @Test
  void givenSaves_whenAudited_thenOneRowEachWithoutPersonalData() {
    String url = db().freshUrl();
    Ports ports = db().open(url).ports();
    Actor actor = Samples.fullActor();

    ports.unitOfWork().inTransaction("RegisterActorUseCase", () -> {
      ports.actors().save(actor);
      return null;
    });
    Actor loaded = ports.actors().get(actor.id());
    loaded.archive();
    ports.actors().save(loaded);

    List<Map<String, Object>> rows = auditRows(url);
    assertThat(rows).hasSize(2);
    assertThat(rows).extracting(r -> r.get("action")).containsExactly("insert", "update");
    assertThat(rows).extracting(r -> r.get("use_case")).containsExactly("RegisterActorUseCase", JdbcUnitOfWork.UNNAMED);
    assertThat(rows).allSatisfy(row -> {
      assertThat(row.get("who")).isEqualTo("test");
      assertThat(row.get("entity")).isEqualTo("actor");
      assertThat(String.valueOf(row.get("entity_id"))).isEqualTo(actor.id().toString());
      assertThat(String.valueOf(row.get("at"))).startsWith("2024-03-01");
      assertThat(row.values()).map(String::valueOf)
          .noneMatch(v -> v.contains("@") || v.contains("Søren") || v.contains("Æbleø") || v.contains("20304050"));
    });
  }

  @Test
  void givenAnRsvpLink_whenIssued_thenAuditedUnderItsMeetingWithoutTheToken() {
    String url = db().freshUrl();
    Ports ports = db().open(url).ports();
    Meeting meeting = Meeting.restore(Samples.at(Samples.stormode().meetings().get(0), 0));
    ports.meetings().save(meeting);
    String hash = "ab".repeat(32);

    ports.unitOfWork().inTransaction("IssueRsvpLinksUseCase", () -> {
      ports.rsvpLinks().replace(new RsvpLink(hash, meeting.id(), meeting.invitations().get(0).actor()));
      return null;
    });

    Map<String, Object> row = auditRows(url).get(1);
    assertThat(row).containsEntry("entity", "rsvp_link").containsEntry("use_case", "IssueRsvpLinksUseCase");
    assertThat(String.valueOf(row.get("entity_id"))).isEqualTo(meeting.id().toString());
    assertThat(row.values()).map(String::valueOf).noneMatch(value -> value.contains(hash));
  }

  @Test
  void givenTheAuditLog_whenARowIsChangedOrRemoved_thenTheDatabaseRefuses() {
    String url = db().freshUrl();
    db().open(url).ports().actors().save(Samples.actor("Kooperationen"));

    assertThatThrownBy(() -> TestDatabase.raw(url).useHandle(h -> h.execute("UPDATE audit_log SET who = 'x'")))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> TestDatabase.raw(url).useHandle(h -> h.execute("DELETE FROM audit_log")))
        .hasMessageContaining("append-only");
    assertThat(count(url, "audit_log")).isEqualTo(1);
  }

  @Test
  void givenAnEmptyDatabase_whenOpened_thenMigratedToTheNewestSchema() {
    String url = db().freshUrl();
    db().open(url);

    List<String> versions = TestDatabase.raw(url).withHandle(h -> h.createQuery(
            "SELECT version FROM flyway_schema_history WHERE success = " + trueLiteral(url) + " ORDER BY installed_rank")
        .mapTo(String.class).list());
    assertThat(versions).containsExactly("1", "2", "2.1", "3");
    for (String table : List.of("actor", "circle", "circle_member", "meeting", "invitation", "audit_log",
        "organiser_account", "rsvp_link")) {
      assertThat(count(url, table)).as(table).isZero();
    }
  }

  @Test
  void givenADatabaseOfThePreviousRelease_whenOpened_thenMigratedKeepingEveryRowAndFillingTheNewColumns() {
    String url = db().previousRelease();
    String before = rowsOfSchema1(url);

    Ports ports = db().open(url).ports();

    assertThat(rowsOfSchema1(url)).isEqualTo(before);
    List<Actor> actors = ports.actors().findAll();
    assertThat(actors).hasSize(27);
    List<Actor> active = actors.stream().filter(actor -> !actor.archived()).toList();
    assertThat(ports.actors().activeSummaries())
        .containsExactlyElementsOf(DanishOrder.sort(active, Actor::name).stream().map(ActorSummary::of).toList())
        .hasSize(26)
        .filteredOn(ActorSummary::rsv).extracting(ActorSummary::name).containsExactly("Aarhus Andelsværksted");
    assertThat(ports.meetings().findAll()).hasSize(2);
    assertThat(ports.circles().findAll()).hasSize(1);
  }

  /** Every row of schema 1's tables, in a fixed order, as text: what a migration must keep. */
  private static String rowsOfSchema1(String url) {
    return TestDatabase.raw(url).withHandle(h -> TestDatabase.SCHEMA_1_TABLES.stream()
        .map(table -> h.createQuery("SELECT * FROM " + table).mapToMap().list().stream()
            .map(row -> {
              row.keySet().removeAll(Set.of("sort_key", "rsv", "activities")); // schema 2's
              return row.toString();
            })
            .sorted().toList().toString())
        .collect(Collectors.joining("\n")));
  }

  @Test
  void givenADatabaseMigratedBefore_whenOpenedAgain_thenItKeepsItsData() {
    String url = db().freshUrl();
    Actor actor = Samples.fullActor();
    db().open(url).ports().actors().save(actor);

    assertThat(db().open(url).ports().actors().get(actor.id()).state()).isEqualTo(Samples.at(actor.state(), 1));
  }

  @Test
  void givenASchemaNewerThanTheProgram_whenOpened_thenRefusedAndLeftUnchanged() {
    String url = db().freshUrl();
    db().open(url).ports().actors().save(Samples.actor("Kooperationen"));
    TestDatabase.raw(url).useHandle(h -> h.execute(
        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,"
            + " execution_time, success) VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test', 0, "
            + trueLiteral(url) + ")"));
    String before = snapshot(url);

    assertThatThrownBy(() -> db().open(url))
        .isInstanceOfSatisfying(SchemaTooNewException.class, e -> {
          assertThat(e.databaseVersion()).isEqualTo("99");
          assertThat(e.programVersion()).isEqualTo("3");
        })
        .hasMessageContaining("schema version 99").hasMessageContaining("version 3");
    assertThat(snapshot(url)).isEqualTo(before);
  }

  private static String trueLiteral(String url) {
    return url.startsWith("jdbc:sqlite:") ? "1" : "true";
  }

  /** The schema history and every row of data, as text. */
  private static String snapshot(String url) {
    return TestDatabase.raw(url).withHandle(h -> String.join("\n",
        h.createQuery("SELECT * FROM flyway_schema_history ORDER BY installed_rank").mapToMap().list().toString(),
        h.createQuery("SELECT id, version, document FROM actor ORDER BY id").mapToMap().list().toString(),
        h.createQuery("SELECT * FROM audit_log ORDER BY id").mapToMap().list().toString()));
  }

  static long count(String url, String table) {
    return TestDatabase.raw(url).withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
  }

  static List<Map<String, Object>> auditRows(String url) {
    return TestDatabase.raw(url).withHandle(h -> h.createQuery(
        "SELECT at, who, use_case, entity, entity_id, action FROM audit_log ORDER BY id").mapToMap().list());
  }
}
