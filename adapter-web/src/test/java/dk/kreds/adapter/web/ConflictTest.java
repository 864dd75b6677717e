package dk.kreds.adapter.web;

import static dk.kreds.adapter.web.ApiTest.assertError;

import dk.kreds.application.inmemory.InMemoryStore;
import dk.kreds.application.port.in.CreateCircleUseCase;
import dk.kreds.application.port.in.PlanMeetingUseCase;
import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.port.out.MeetingRepository;
import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.application.service.ServiceFactory;
import dk.kreds.application.testing.TestClock;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A change that loses the race to another one answers 409 with the one error body. */
class ConflictTest {

  @Test
  void givenSomeoneElseSavedTheMeetingMeanwhile_whenInviting_then409() throws Exception {
    Ports store = InMemoryStore.ports();
    AtomicBoolean raced = new AtomicBoolean();
    Ports ports = new Ports(store.actors(), store.circles(), new Racing(store.meetings(), raced), store.organisers(),
        store.rsvpLinks(), store.unitOfWork());
    UseCases useCases = ServiceFactory.create(ports, new TestClock(TestWorld.START.minusWeeks(4)));
    ActorId actor = useCases.registerActor().register(
        new RegisterActorUseCase.Command(ActorProfile.of("Kooperationen", ActorKind.NGO)));
    CircleId circle = useCases.createCircle().create(new CreateCircleUseCase.Command("Kredsen", List.of(actor), Optional.empty()));
    MeetingId meeting = useCases.planMeeting().plan(new PlanMeetingUseCase.Command(circle,
        TestWorld.plan(List.of(actor), 2)));
    try (WebServer server = WebTesting.start(useCases)) {
      raced.set(true);

      assertError(WebTesting.organiser(server, useCases).post("/api/v1/meetings/" + meeting.value() + "/invitations",
          "{\"actors\": [\"" + actor.value() + "\"]}"), 409, "conflict", "");
    }
  }

  /** Meetings whose save, once armed, finds that another save came first. */
  private record Racing(MeetingRepository meetings, AtomicBoolean raced) implements MeetingRepository {
    @Override
    public Optional<Meeting> find(MeetingId id) {
      return meetings.find(id);
    }

    @Override
    public List<Meeting> findAll() {
      return meetings.findAll();
    }

    @Override
    public List<Meeting> findByCircle(CircleId circle) {
      return meetings.findByCircle(circle);
    }

    @Override
    public List<Meeting> findByInvitee(ActorId actor) {
      return meetings.findByInvitee(actor);
    }

    @Override
    public void save(Meeting meeting) {
      if (raced.get()) {
        throw new StaleWriteException("meeting", meeting.id().value(), meeting.version());
      }
      meetings.save(meeting);
    }
  }
}
