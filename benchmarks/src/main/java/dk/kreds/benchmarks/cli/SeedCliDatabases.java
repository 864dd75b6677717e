package dk.kreds.benchmarks.cli;

import dk.kreds.adapter.jdbc.JdbcStorage;
import dk.kreds.application.port.in.CreateCircleUseCase;
import dk.kreds.application.port.in.ImportActorsUseCase;
import dk.kreds.application.port.in.InviteActorsUseCase;
import dk.kreds.application.port.in.PlanMeetingUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.service.ServiceFactory;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.MeetingTime;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.meeting.Venue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Writes the two databases the CLI start-up benchmark reads (benchmarks/cli/startup.sh): {@code
 * actors-1000.db}, a field of 1,000 actors, and {@code meeting-100.db}, one meeting with 100 invitations.
 * Prints the meeting's id, which the benchmark names it by.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dk.kreds.benchmarks.cli.SeedCliDatabases DIR}
 */
public final class SeedCliDatabases {

  private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  private static final ActorKind[] KINDS = ActorKind.values();

  private SeedCliDatabases() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    try (JdbcStorage storage = JdbcStorage.open("jdbc:sqlite:" + dir.resolve("actors-1000.db"))) {
      field(use(storage), 1_000);
    }
    try (JdbcStorage storage = JdbcStorage.open("jdbc:sqlite:" + dir.resolve("meeting-100.db"))) {
      UseCases use = use(storage);
      List<ActorId> actors = field(use, 100);
      CircleId circle = use.createCircle().create(new CreateCircleUseCase.Command("Kredsen", actors.subList(0, 2), Optional.empty()));
      ZonedDateTime start = ZonedDateTime.now(COPENHAGEN).plusYears(1);
      MeetingId meeting = use.planMeeting().plan(new PlanMeetingUseCase.Command(circle, new MeetingPlan(
          "Stormøde", new MeetingTime(start, start.plusHours(3)), Venue.of("Kooperationen", "København"),
          Optional.of("Overblik over feltet"), actors.subList(0, 2),
          List.of(new Round.Presentation(), new Round.Dialogue(3, Optional.empty()), new Round.Closing()),
          Optional.empty())));
      use.inviteActors().invite(new InviteActorsUseCase.Command(meeting, actors));
      System.out.println(meeting);
    }
  }

  private static UseCases use(JdbcStorage storage) {
    return ServiceFactory.create(storage.ports(), storage, Clock.system(COPENHAGEN));
  }

  /** {@code count} actors with Danish names, kinds in turn, a region and two activities each. */
  private static List<ActorId> field(UseCases use, int count) {
    List<ActorProfile> profiles = IntStream.rangeClosed(1, count)
        .mapToObj(i -> ActorProfile.of("Socialøkonomisk aktør nr. " + i + (i % 3 == 0 ? " Århus" : " København"),
                KINDS[i % KINDS.length])
            .withRegion(i % 2 == 0 ? "København" : "Aalborg")
            .withActivities(List.of("netværk", i % 2 == 0 ? "rådgivning" : "uddannelse")))
        .toList();
    return use.importActors().importActors(ImportActorsUseCase.Command.of(profiles)).registeredIds();
  }
}
