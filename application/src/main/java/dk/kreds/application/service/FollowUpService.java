package dk.kreds.application.service;

import dk.kreds.application.port.in.ScheduleFollowUpUseCase;
import dk.kreds.application.port.out.ActorRepository;
import dk.kreds.application.port.out.CircleRepository;
import dk.kreds.application.port.out.MeetingRepository;
import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.UnitOfWork;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.meeting.FollowUp;
import dk.kreds.domain.meeting.FollowUpPlanner;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.MeetingTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Carries the circle forward: plans the next meeting like this one (same venue, hours, conveners and
 * agenda; the write-up promised as many days after it), invites the circle's members again and
 * suggests actors to supplement it.
 */
public final class FollowUpService implements ScheduleFollowUpUseCase {

  private final ActorRepository actors;
  private final CircleRepository circles;
  private final MeetingRepository meetings;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public FollowUpService(Ports ports, Clock clock) {
    this.actors = ports.actors();
    this.circles = ports.circles();
    this.meetings = ports.meetings();
    this.unitOfWork = ports.unitOfWork();
    this.clock = clock;
  }

  @Override
  public FollowUp schedule(ScheduleFollowUpUseCase.Command command) {
    return unitOfWork.inTransaction(() -> {
      Meeting meeting = meetings.get(command.meeting());
      Circle circle = circles.get(meeting.circle());
      LocalDate date = command.date().orElseGet(() -> circle.nextMeetingAfter(meeting.time().date()));
      List<Actor> all = actors.findAll();
      List<ActorId> carried = FollowUpPlanner.carriedOver(circle, all);
      FollowUp followUp = new FollowUp(meetings.nextId(), date, carried, FollowUpPlanner.suggested(meeting, circle, all));
      meeting.scheduleFollowUp(followUp);

      Meeting next = Meeting.plan(followUp.next(), circle.id(), nextPlan(meeting.plan(), date));
      Map<ActorId, Actor> byId = all.stream().collect(Collectors.toMap(Actor::id, Function.identity()));
      carried.forEach(id -> next.invite(id, byId.get(id).contacts().stream().map(ContactPerson::id).toList(), clock.instant()));
      meetings.save(next);
      meetings.save(meeting);
      return followUp;
    });
  }

  private static MeetingPlan nextPlan(MeetingPlan plan, LocalDate date) {
    MeetingTime time = plan.time();
    long shift = ChronoUnit.DAYS.between(time.date(), date);
    return new MeetingPlan(
        plan.title(),
        new MeetingTime(time.start().plusDays(shift), time.end().plusDays(shift)),
        plan.venue(),
        plan.purpose(),
        plan.conveners(),
        plan.agenda(),
        plan.writeUpDue().map(due -> due.plusDays(shift)));
  }
}
