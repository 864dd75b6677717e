package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.meeting.Challenge;
import dk.kreds.domain.meeting.ChallengeSource;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;

/** Records a challenge (udfordring) where it was raised. */
public interface RecordChallengeUseCase {

  /**
   * Adds the challenge to the contribution, dialogue group or plenary it was raised in.
   *
   * @param command the meeting and the challenge
   * @throws RuleViolation {@code meeting.status.step} unless the meeting is held or written up,
   *     {@code write-up.published} once its write-up is published
   * @throws NotFoundException {@code meeting.not-found}, {@code contribution.not-found} when the actor
   *     has made no contribution, {@code group.not-found} when the round has no such group
   * @throws StaleWriteException when someone else changed the meeting meanwhile; nothing is saved
   */
  void record(Command command);

  /**
   * What the use case needs.
   *
   * @param challenge its text and where it was raised ({@link ChallengeSource})
   */
  record Command(MeetingId meeting, Challenge challenge) {
    public Command {
      requireNonNull(meeting, "meeting");
      requireNonNull(challenge, "challenge");
    }
  }
}
