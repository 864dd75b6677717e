package dk.kreds.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.AddActionItemUseCase;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.MeetingId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dashboard: meetings, write-ups not yet published, and open action items. */
class DashboardTest {

  @Test
  void givenAHeldMeetingWithAnActionItem_whenOpeningTheDashboard_thenTheWriteUpIsDueAndTheItemOpen() {
    TestWorld world = new TestWorld();
    ActorId kooperationen = world.actor("Kooperationen");
    ActorId vejle = world.actor("Netværk i Vejle");
    CircleId circle = world.circle(kooperationen);
    MeetingId meeting = world.heldMeeting(circle, 1, List.of(kooperationen, vejle), List.of());
    world.use.addActionItem().add(new AddActionItemUseCase.Command(meeting, "Opret LinkedIn-gruppen", Optional.empty(),
        TestWorld.DAY.plusDays(14)));

    try (WebServer server = WebTesting.start(world.use)) {
      String dashboard = WebTesting.organiser(server, world.use).get("/meetings").body();

      assertThat(dashboard).contains("Sammenskrivninger, der ikke er offentliggjort", "frist 15. december 2014",
          "Åbne opgaver", "Opret LinkedIn-gruppen · frist 9. december 2014");
    }
  }
}
