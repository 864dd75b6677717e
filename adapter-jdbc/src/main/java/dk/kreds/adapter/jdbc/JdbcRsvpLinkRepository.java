package dk.kreds.adapter.jdbc;

import dk.kreds.application.port.out.RsvpLink;
import dk.kreds.application.port.out.RsvpLinkRepository;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.MeetingId;
import java.util.List;
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
    return unitOfWork.withConnection(connection -> Statements.first(connection,
        "SELECT token_hash, meeting_id, actor_id FROM rsvp_link WHERE token_hash = ?", List.of(tokenHash),
        row -> new RsvpLink(row.getString("token_hash"),
            new MeetingId(UUID.fromString(row.getString("meeting_id"))),
            new ActorId(UUID.fromString(row.getString("actor_id"))))));
  }

  @Override
  public void replace(RsvpLink link) {
    unitOfWork.withConnection(connection -> {
      Object meeting = dialect.id(link.meeting().value());
      Object actor = dialect.id(link.actor().value());
      Statements.update(connection, "DELETE FROM rsvp_link WHERE meeting_id = ? AND actor_id = ?", meeting, actor);
      Statements.update(connection, "INSERT INTO rsvp_link (token_hash, meeting_id, actor_id) VALUES (?, ?, ?)",
          link.tokenHash(), meeting, actor);
      // Under the meeting's id: the log names no token, and no one's address.
      unitOfWork.audit(connection, "rsvp_link", link.meeting().value(), "insert");
      return null;
    });
  }
}
