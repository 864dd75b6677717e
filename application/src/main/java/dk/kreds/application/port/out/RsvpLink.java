package dk.kreds.application.port.out;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.MeetingId;

/**
 * An invitation's RSVP link as stored: the SHA-256 of its token, never the token itself, so that a copy
 * of the database cannot be used to answer for an invitee.
 *
 * @param tokenHash the lower-case hex SHA-256 of the token's text
 * @param meeting the meeting the invitation is to
 * @param actor the invited actor
 */
public record RsvpLink(String tokenHash, MeetingId meeting, ActorId actor) {

  public RsvpLink {
    requireNonNull(tokenHash, "tokenHash");
    requireNonNull(meeting, "meeting");
    requireNonNull(actor, "actor");
    if (!tokenHash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("tokenHash: must be 64 lower-case hex digits");
    }
  }
}
