package dk.kreds.adapter.jdbc;

import dk.kreds.application.port.out.RsvpLink;
import dk.kreds.application.port.out.RsvpLinkRepository;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.MeetingId;
import java.util.Optional;
import java.util.UUID;

/** RSVP links in the {@code rsvp_link} table: token hashes only. */
final class JdbcRsvpLinkRepository implements RsvpLinkRepository {

  private final JdbcUnitOfWork unitOfWork;
  private final Dialect dialect;

  JdbcRsvpLinkRepository(JdbcUnitOfWork unitOfWork, Dialect dialect) {
    this.unitOfWork = unitOfWork;
    this.dialect = dialect;
  }

  @Override
  public Optional<RsvpLink> findByHash(String tokenHash) {
    return unitOfWork.withHandle(handle -> handle
        .createQuery("SELECT token_hash, meeting_id, actor_id FROM rsvp_link WHERE token_hash = :hash")
        .bind("hash", tokenHash)
        .map((row, context) -> new RsvpLink(row.getString("token_hash"),
            new MeetingId(UUID.fromString(row.getString("meeting_id"))),
            new ActorId(UUID.fromString(row.getString("actor_id")))))
        .findOne());
  }

  @Override
  public void replace(RsvpLink link) {
    unitOfWork.withHandle(handle -> {
      Object meeting = dialect.id(link.meeting().value());
      Object actor = dialect.id(link.actor().value());
      handle.createUpdate("DELETE FROM rsvp_link WHERE meeting_id = :meeting AND actor_id = :actor")
          .bind("meeting", meeting).bind("actor", actor).execute();
      handle.createUpdate("INSERT INTO rsvp_link (token_hash, meeting_id, actor_id) VALUES (:hash, :meeting, :actor)")
          .bind("hash", link.tokenHash()).bind("meeting", meeting).bind("actor", actor).execute();
      // Under the meeting's id: the log names no token, and no one's address.
      unitOfWork.audit(handle, "rsvp_link", link.meeting().value(), "insert");
      return null;
    });
  }
}
