package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;
import dk.kreds.domain.writeup.WriteUp;

/** Publishes a written-up meeting's write-up, dated today. */
public interface PublishWriteUpUseCase {

  /**
   * Publishes the write-up, dated today in the meeting's time zone. From then on the meeting's
   * outcomes stay as published, except that action items can be completed, until a new revision is
   * opened (see {@link ReviseWriteUpUseCase}).
   *
   * @param command the meeting
   * @return the write-up as published
   * @throws RuleViolation {@code write-up.published} when it is published already,
   *     {@code meeting.status.step} unless the meeting is written up,
   *     {@code write-up.publish.before-meeting} before the meeting's day
   * @throws NotFoundException {@code meeting.not-found}
   * @throws StaleWriteException when someone else changed the meeting meanwhile; nothing is saved
   */
  WriteUp publish(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting) {
    public Command {
      requireNonNull(meeting, "meeting");
    }
  }
}
