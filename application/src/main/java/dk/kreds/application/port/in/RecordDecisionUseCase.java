package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.meeting.Decision;
import dk.kreds.domain.meeting.MeetingId;

/** Records a decision of the meeting. */
public interface RecordDecisionUseCase {

  void record(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting, Decision decision) {
    public Command {
      requireNonNull(meeting, "meeting");
      requireNonNull(decision, "decision");
    }
  }
}
