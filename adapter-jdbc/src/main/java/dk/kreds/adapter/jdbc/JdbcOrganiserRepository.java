package dk.kreds.adapter.jdbc;

import dk.kreds.application.port.out.OrganiserRepository;
import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.account.OrganiserAccount;
import dk.kreds.domain.account.Username;
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
    return unitOfWork.withHandle(handle -> handle
        .createQuery("SELECT username, password_hash, created FROM organiser_account WHERE username = :username")
        .bind("username", username.value())
        .map((row, context) -> new OrganiserAccount(new Username(row.getString("username")),
            row.getString("password_hash"), dialect.instant(row, "created")))
        .findOne());
  }

  @Override
  public void add(OrganiserAccount account) {
    // ON CONFLICT DO NOTHING rather than catching the violation: a failed statement would abort a
    // PostgreSQL transaction.
    int added = unitOfWork.withHandle(handle -> handle
        .createUpdate("INSERT INTO organiser_account (username, password_hash, created)"
            + " VALUES (:username, :hash, :created) ON CONFLICT (username) DO NOTHING")
        .bind("username", account.username().value())
        .bind("hash", account.passwordHash())
        .bind("created", dialect.instant(account.created()))
        .execute());
    if (added == 0) {
      throw new StaleWriteException("organiser", account.username().value(), 0);
    }
  }
}
