package dk.kreds.adapter.jdbc;

import dk.kreds.application.port.out.CircleRepository;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.circle.Membership;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Circles in the {@code circle} table, with their members repeated in {@code circle_member}. */
final class JdbcCircleRepository implements CircleRepository {

  private final DocumentTable<Circle.State> table;
  private final Dialect dialect;

  JdbcCircleRepository(DocumentTable<Circle.State> table, Dialect dialect) {
    this.table = table;
    this.dialect = dialect;
  }

  @Override
  public Optional<Circle> find(CircleId id) {
    return table.find(id.value()).map(Circle::restore);
  }

  @Override
  public List<Circle> findAll() {
    return table.all().stream().map(Circle::restore).toList();
  }

  @Override
  public List<Circle> findByMember(ActorId actor) {
    return table.select("JOIN circle_member m ON m.circle_id = t.id WHERE m.actor_id = ?", List.of(dialect.id(actor.value())))
        .stream().map(Circle::restore).toList();
  }

  @Override
  public void save(Circle circle) {
    table.save(circle.id().value(), circle.version(), circle.state(), Map.of("name", circle.name()),
        connection -> rewriteMembers(connection, circle), (message, row) -> new IllegalStateException("unique constraint broken in circle_member"));
  }

  private void rewriteMembers(Connection connection, Circle circle) throws SQLException {
    Object id = dialect.id(circle.id().value());
    Statements.update(connection, "DELETE FROM circle_member WHERE circle_id = ?", id);
    Statements.batch(connection, "INSERT INTO circle_member (circle_id, actor_id, joined) VALUES (?, ?, ?)",
        circle.members().stream()
            .map(member -> List.of(id, dialect.id(member.actor().value()), dialect.date(member.joined())))
            .toList());
  }
}
