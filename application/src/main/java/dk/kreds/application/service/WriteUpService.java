package dk.kreds.application.service;

import dk.kreds.application.port.in.ProduceWriteUpUseCase;
import dk.kreds.application.port.in.PublishWriteUpUseCase;
import dk.kreds.application.port.in.ReviseWriteUpUseCase;
import dk.kreds.application.port.in.ShowWriteUpUseCase;
import dk.kreds.application.port.out.ActorRepository;
import dk.kreds.application.port.out.CircleRepository;
import dk.kreds.application.port.out.MeetingRepository;
import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.UnitOfWork;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.meeting.Invitation;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.writeup.WriteUp;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Produces, shows, publishes and revises the write-up of a meeting. */
public final class WriteUpService
    implements ProduceWriteUpUseCase, ShowWriteUpUseCase, PublishWriteUpUseCase, ReviseWriteUpUseCase {

  private final ActorRepository actors;
  private final CircleRepository circles;
  private final MeetingRepository meetings;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final Changes<MeetingId, Meeting> changes;

  public WriteUpService(Ports ports, Clock clock) {
    this.actors = ports.actors();
    this.circles = ports.circles();
    this.meetings = ports.meetings();
    this.unitOfWork = ports.unitOfWork();
    this.clock = clock;
    this.changes = new Changes<>(ports.unitOfWork(), meetings::get, meetings::save);
  }

  /** Marks a held meeting written up; a meeting written up or published already is only read. */
  @Override
  public WriteUp produce(ProduceWriteUpUseCase.Command command) {
    return unitOfWork.inTransaction(() -> {
      Meeting meeting = meetings.get(command.meeting());
      if (meeting.status() != MeetingStatus.WRITTEN_UP && meeting.status() != MeetingStatus.PUBLISHED) {
        meeting.writeUp();
        meetings.save(meeting);
      }
      return summarise(meeting);
    });
  }

  @Override
  public WriteUp show(ShowWriteUpUseCase.Command command) {
    return summarise(meetings.get(command.meeting()));
  }

  @Override
  public WriteUp publish(PublishWriteUpUseCase.Command command) {
    return changes.apply(command.meeting(), meeting -> {
      meeting.publish(meeting.time().dayAt(clock.instant()));
      return summarise(meeting);
    });
  }

  @Override
  public void revise(ReviseWriteUpUseCase.Command command) {
    changes.run(command.meeting(), Meeting::revise);
  }

  private WriteUp summarise(Meeting meeting) {
    Circle circle = circles.get(meeting.circle());
    Set<ActorId> withPeople = new HashSet<>();
    circle.workingGroup().stream().map(ContactRef::actor).forEach(withPeople::add);
    meeting.actionItems().forEach(item -> item.owner().map(ContactRef::actor).ifPresent(withPeople::add));
    Set<ActorId> named = new HashSet<>(withPeople);
    named.addAll(meeting.plan().conveners());
    meeting.invitations().stream().map(Invitation::actor).forEach(named::add);
    meeting.followUp().ifPresent(f -> named.addAll(f.suggested()));
    Map<ActorId, Actor> people = actors.findAllById(withPeople).stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    return WriteUp.of(meeting, circle, actors.namesOf(named), people);
  }
}
