package dk.kreds.adapter.jdbc;

import dk.kreds.application.port.out.MeetingRepository;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.Invitation;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Meetings in the {@code meeting} table, with circle, title, start and status as columns and the
 * invitations, with their response and attendance, repeated in {@code invitation}.
 */
final class JdbcMeetingRepository implements MeetingRepository {

  private final DocumentTable<Meeting.State> table;
  private final Dialect dialect;

  JdbcMeetingRepository(DocumentTable<Meeting.State> table, Dialect dialect) {
    this.table = table;
    this.dialect = dialect;
  }

  @Override
  public Optional<Meeting> find(MeetingId id) {
    return table.find(id.value()).map(Meeting::restore);
  }

  @Override
  public List<Meeting> findAll() {
    return sorted(table.all());
  }

  @Override
  public List<Meeting> findByCircle(CircleId circle) {
    return sorted(table.select("WHERE t.circle_id = ?", List.of(dialect.id(circle.value()))));
  }

  @Override
  public List<Meeting> findByInvitee(ActorId actor) {
    return sorted(table.select("JOIN invitation i ON i.meeting_id = t.id WHERE i.actor_id = ?",
        List.of(dialect.id(actor.value()))));
  }

  @Override
  public void save(Meeting meeting) {
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("circle_id", dialect.id(meeting.circle().value()));
    columns.put("title", meeting.title());
    columns.put("starts_at", dialect.instant(meeting.time().start().toInstant()));
    columns.put("status", meeting.status().name());
    table.save(meeting.id().value(), meeting.version(), meeting.state(), columns,
        connection -> rewriteInvitations(connection, meeting), (message, row) -> new IllegalStateException("unique constraint broken in invitation"));
  }

  private void rewriteInvitations(Connection connection, Meeting meeting) throws SQLException {
    Object id = dialect.id(meeting.id().value());
    Statements.update(connection, "DELETE FROM invitation WHERE meeting_id = ?", id);
    Statements.batch(connection, "INSERT INTO invitation (meeting_id, actor_id, response, attendance) VALUES (?, ?, ?, ?)",
        meeting.invitations().stream()
            .map(invitation -> List.of(id, dialect.id(invitation.actor().value()), response(invitation.response()),
                invitation.attendance().name()))
            .toList());
  }

  private static String response(Response response) {
    if (response instanceof Response.Accepted) {
      return "ACCEPTED";
    }
    return response instanceof Response.Declined ? "DECLINED" : "PENDING";
  }

  private static List<Meeting> sorted(List<Meeting.State> states) {
    return states.stream().map(Meeting::restore).sorted(EARLIEST_FIRST).toList();
  }
}
