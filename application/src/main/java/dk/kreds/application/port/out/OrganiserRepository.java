package dk.kreds.application.port.out;

import dk.kreds.domain.account.OrganiserAccount;
import dk.kreds.domain.account.Username;
import java.util.Optional;

/** The organiser accounts that may log in to the web app. */
public interface OrganiserRepository {

  /** The account with {@code username}, if there is one. */
  Optional<OrganiserAccount> find(Username username);

  /**
   * Stores a new account.
   *
   * @throws StaleWriteException when an account with the username was stored meanwhile
   */
  void add(OrganiserAccount account);
}
