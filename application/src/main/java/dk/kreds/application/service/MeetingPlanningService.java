package dk.kreds.application.service;

import dk.kreds.application.port.in.CancelMeetingUseCase;
import dk.kreds.application.port.in.InviteActorsUseCase;
import dk.kreds.application.port.in.ListMeetingsUseCase;
import dk.kreds.application.port.in.PlanMeetingUseCase;
import dk.kreds.application.port.in.RecordResponseUseCase;
import dk.kreds.application.port.in.ShowMeetingUseCase;
import dk.kreds.application.port.out.ActorRepository;
import dk.kreds.application.port.out.CircleRepository;
import dk.kreds.application.port.out.MeetingRepository;
import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.UnitOfWork;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import java.time.Clock;
import java.util.List;

/** Plans meetings, sends invitations and records the answers. */
public final class MeetingPlanningService
    implements PlanMeetingUseCase, InviteActorsUseCase, RecordResponseUseCase, CancelMeetingUseCase, ShowMeetingUseCase,
    ListMeetingsUseCase {

  private final ActorRepository actors;
  private final CircleRepository circles;
  private final MeetingRepository meetings;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final Changes<MeetingId, Meeting> changes;

  public MeetingPlanningService(Ports ports, Clock clock) {
    this.actors = ports.actors();
    this.circles = ports.circles();
    this.meetings = ports.meetings();
    this.unitOfWork = ports.unitOfWork();
    this.clock = clock;
    this.changes = new Changes<>(ports.unitOfWork(), meetings::get, meetings::save);
  }

  @Override
  public MeetingId plan(PlanMeetingUseCase.Command command) {
    return unitOfWork.inTransaction(() -> {
      circles.get(command.circle());
      command.plan().conveners().forEach(id -> actors.get(id).requireActive());
      Meeting meeting = Meeting.plan(meetings.nextId(), command.circle(), command.plan());
      meetings.save(meeting);
      return meeting.id();
    });
  }

  @Override
  public void invite(InviteActorsUseCase.Command command) {
    changes.run(command.meeting(), meeting -> {
      for (ActorId id : command.actors()) {
        Actor actor = actors.get(id);
        actor.requireActive();
        meeting.invite(id, actor.contacts().stream().map(ContactPerson::id).toList(), clock.instant());
      }
    });
  }

  @Override
  public void record(RecordResponseUseCase.Command command) {
    changes.run(command.meeting(), meeting -> {
      switch (command.answer()) {
        case ACCEPT -> meeting.accept(command.actor(), clock.instant());
        case DECLINE -> meeting.decline(command.actor(), clock.instant());
      }
    });
  }

  @Override
  public void cancel(CancelMeetingUseCase.Command command) {
    changes.run(command.meeting(), Meeting::cancel);
  }

  @Override
  public Meeting show(ShowMeetingUseCase.Command command) {
    return meetings.get(command.meeting());
  }

  @Override
  public List<Meeting> listMeetings() {
    return unitOfWork.inTransaction(() -> meetings.findAll().stream().sorted(MeetingRepository.EARLIEST_FIRST).toList());
  }
}
