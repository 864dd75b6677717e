package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.account.Username;

/** Adds an organiser account, which may then log in to the web app ({@code kreds user add}). */
public interface AddOrganiserUseCase {

  /**
   * Stores the account with a salted, slow hash of the password; the password itself is kept nowhere.
   *
   * @param command the username and the password
   * @throws dk.kreds.domain.shared.RuleViolation {@code account.password.length} for a password of
   *     fewer than 12 or more than 200 characters, {@code account.username.duplicate} when the username
   *     is taken
   */
  void add(Command command);

  /**
   * What the use case needs.
   *
   * @param password the password in plain text, checked here and then only hashed
   */
  record Command(Username username, String password) {
    public Command {
      requireNonNull(username, "username");
      requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "Command[username=" + username + ", password=(hidden)]";
    }
  }
}
