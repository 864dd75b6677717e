package dk.kreds.adapter.web;

import static dk.kreds.adapter.web.ApiTest.assertError;

import dk.kreds.application.inmemory.InMemoryStore;
import dk.kreds.application.port.in.CreateCircleUseCase;
import dk.kreds.application.port.in.InviteActorsUseCase;
import dk.kreds.application.port.in.PlanMeetingUseCase;
import dk.kreds.application.port.in.RecordAttendanceUseCase;
import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.port.out.MeetingRepository;
import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.application.service.MovableClock;
import dk.kreds.application.service.ServiceFactory;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.Attendance;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A change that loses the race to another one answers 409 with the one error body. */
class ConflictTest {

  private final AtomicBoolean raced = new AtomicBoolean();
  private final MovableClock clock = new MovableClock(TestWorld.START.minusWeeks(4));
  private final UseCases useCases = racingUseCases();
  private final ActorId actor = useCases.registerActor().register(
      new RegisterActorUseCase.Command(ActorProfile.of("Kooperationen", ActorKind.NGO)));
  private final CircleId circle = useCases.createCircle().create(
      new CreateCircleUseCase.Command("Kredsen", List.of(actor), Optional.empty()));
  private final MeetingId meeting = useCases.planMeeting().plan(new PlanMeetingUseCase.Command(circle,
      TestWorld.plan(List.of(actor), 2)));

  private UseCases racingUseCases() {
    Ports store = InMemoryStore.ports();
    Ports ports = new Ports(store.actors(), store.circles(), new Racing(store.meetings(), raced), store.organisers(),
        store.rsvpLinks(), store.unitOfWork());
    return ServiceFactory.create(ports, clock);
  }

  @Test
  void givenSomeoneElseSavedTheMeetingMeanwhile_whenInviting_then409() throws Exception {
    assertConflict("/invitations", "{\"actors\": [\"" + actor.value() + "\"]}");
  }

  @Test
  void givenSomeoneElseSavedTheHeldMeetingMeanwhile_whenRecordingADecision_then409() throws Exception {
    useCases.inviteActors().invite(new InviteActorsUseCase.Command(meeting, List.of(actor)));
    clock.set(TestWorld.START.plusMinutes(5));
    useCases.recordAttendance().record(new RecordAttendanceUseCase.Command(meeting, Map.of(actor, Attendance.PRESENT)));

    assertConflict("/decisions", "{\"text\": \"Vi mødes igen\", \"kind\": \"CONSENSUS\"}");
  }

  private void assertConflict(String action, String json) throws Exception {
    try (WebServer server = WebTesting.start(useCases)) {
      Http http = WebTesting.organiser(server, useCases);
      raced.set(true);

      assertError(http.post("/api/v1/meetings/" + meeting.value() + action, json), 409, "conflict", "");
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
