package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.meeting.Challenge;
import dk.kreds.domain.meeting.MeetingId;

/** Records a challenge (udfordring) where it was raised. */
public interface RecordChallengeUseCase {

  void record(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting, Challenge challenge) {
    public Command {
      requireNonNull(meeting, "meeting");
      requireNonNull(challenge, "challenge");
    }
  }
}
