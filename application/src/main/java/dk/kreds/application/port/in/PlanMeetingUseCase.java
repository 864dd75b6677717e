package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;

/** Plans a meeting of a circle. */
public interface PlanMeetingUseCase {

  /**
   * Plans the meeting; no one is invited yet (see {@link InviteActorsUseCase}).
   *
   * @param command the circle and the plan
   * @return the new meeting's id
   * @throws RuleViolation {@code actor.archived} for an archived convener
   * @throws NotFoundException {@code circle.not-found}, {@code actor.not-found} for a convener that
   *     does not exist
   */
  MeetingId plan(Command command);

  /**
   * What the use case needs.
   *
   * @param plan the title, time, venue, purpose, conveners, agenda and write-up day; its own rules are
   *     checked when it is built
   */
  record Command(CircleId circle, MeetingPlan plan) {
    public Command {
      requireNonNull(circle, "circle");
      requireNonNull(plan, "plan");
    }
  }
}
