package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** Records an invitee's answer given through their RSVP link, with a written contribution when declining. */
public interface AnswerRsvpUseCase {

  /**
   * Records the answer (replacing an earlier one) and, when given, the written contribution, together.
   *
   * @param command the token, the answer and the contribution
   * @return false for a token that {@link ShowRsvpUseCase} would not show; nothing is recorded then
   * @throws dk.kreds.domain.shared.RuleViolation {@code contribution.text.length},
   *     {@code challenge.text.length} for a contribution too long
   * @throws dk.kreds.application.port.out.StaleWriteException when someone else changed the meeting
   *     meanwhile; nothing is saved and answering again is safe
   */
  boolean answer(Command command);

  /**
   * What the invitee sent.
   *
   * @param selfPresentation how the actor presents itself; empty for none
   * @param challenges the challenges it sees; a contribution is recorded when either is given
   */
  record Command(String token, RecordResponseUseCase.Answer answer, String selfPresentation, List<String> challenges) {
    public Command {
      requireNonNull(token, "token");
      requireNonNull(answer, "answer");
      requireNonNull(selfPresentation, "selfPresentation");
      challenges = List.copyOf(challenges);
    }

    @Override
    public String toString() {
      return "Command[token=(hidden), answer=" + answer + "]";
    }
  }
}
