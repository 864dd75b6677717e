package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.account.Username;
import java.util.Optional;

/** Checks an organiser's username and password. */
public interface LogInUseCase {

  /**
   * The account's username when the password is right; empty when it is wrong, the username is
   * unknown or malformed — the caller cannot tell which, and both take about as long.
   *
   * @param command what the person typed
   */
  Optional<Username> logIn(Command command);

  /** What the person typed, unchecked. */
  record Command(String username, String password) {
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
