package dk.kreds.adapter.jdbc;

import dk.kreds.application.port.out.OrganiserRepository;
import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.account.OrganiserAccount;
import dk.kreds.domain.account.Username;
import java.util.List;
import java.util.Optional;

/** Organiser accounts in the {@code organiser_account} table. */
final class JdbcOrganiserRepository implements OrganiserRepository {

  private final JdbcUnitOfWork unitOfWork;
  private final Dialect dialect;

  JdbcOrganiserRepository(JdbcUnitOfWork unitOfWork, Dialect dialect) {
    this.unitOfWork = unitOfWork;
    this.dialect = dialect;
  }

  @Override
  public Optional<OrganiserAccount> find(Username username) {
    return unitOfWork.withConnection(connection -> Statements.first(connection,
        "SELECT username, password_hash, created FROM organiser_account WHERE username = ?", List.of(username.value()),
        row -> new OrganiserAccount(new Username(row.getString("username")), row.getString("password_hash"),
            dialect.instant(row, "created"))));
  }

  @Override
  public void add(OrganiserAccount account) {
    // ON CONFLICT DO NOTHING rather than catching the violation: a failed statement would abort a
    // PostgreSQL transaction.
    int added = unitOfWork.withConnection(connection -> Statements.update(connection,
        "INSERT INTO organiser_account (username, password_hash, created) VALUES (?, ?, ?) ON CONFLICT (username) DO NOTHING",
        account.username().value(), account.passwordHash(), dialect.instant(account.created())));
    if (added == 0) {
      throw new StaleWriteException("organiser", account.username().value(), 0);
    }
  }
}
