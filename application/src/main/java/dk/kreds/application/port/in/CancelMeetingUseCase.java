package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.meeting.MeetingId;

/** Cancels a meeting that has not been held. */
public interface CancelMeetingUseCase {

  void cancel(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting) {
    public Command {
      requireNonNull(meeting, "meeting");
    }
  }
}
