package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingPlan;

/** Plans a meeting of a circle. */
public interface PlanMeetingUseCase {

  MeetingId plan(Command command);

  /** What the use case needs. */
  record Command(CircleId circle, MeetingPlan plan) {
    public Command {
      requireNonNull(circle, "circle");
      requireNonNull(plan, "plan");
    }
  }
}
