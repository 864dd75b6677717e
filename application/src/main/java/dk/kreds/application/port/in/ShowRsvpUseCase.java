package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.meeting.Contribution;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.Response;
import java.util.Optional;

/** Shows an invitee what their RSVP link is for; changes nothing (mail scanners open links too). */
public interface ShowRsvpUseCase extends ReadOnlyUseCase {

  /**
   * The invitation behind the token, while answers are taken.
   *
   * @param command the token from the link
   * @return empty for a token that is unknown, altered, replaced, or whose meeting has started or is
   *     cancelled: one answer for all, so a link tells nothing about other links
   */
  Optional<RsvpInvitation> show(Command command);

  /** The token from the link, as given. */
  record Command(String token) {
    public Command {
      requireNonNull(token, "token");
    }

    @Override
    public String toString() {
      return "Command[token=(hidden)]";
    }
  }

  /**
   * What the invitee sees.
   *
   * @param actorName the invited actor
   * @param plan the meeting's title, time, venue and purpose
   * @param response the answer given so far
   * @param contribution the written contribution sent so far
   */
  record RsvpInvitation(String actorName, MeetingPlan plan, Response response, Optional<Contribution> contribution) {
    public RsvpInvitation {
      requireNonNull(actorName, "actorName");
      requireNonNull(plan, "plan");
      requireNonNull(response, "response");
      requireNonNull(contribution, "contribution");
    }
  }
}
