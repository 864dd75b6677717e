package dk.kreds.application.service;

import dk.kreds.application.port.in.AddOrganiserUseCase;
import dk.kreds.application.port.in.LogInUseCase;
import dk.kreds.application.port.out.OrganiserRepository;
import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.UnitOfWork;
import dk.kreds.domain.account.OrganiserAccount;
import dk.kreds.domain.account.Username;
import dk.kreds.domain.shared.RuleViolation;
import java.time.Clock;
import java.util.Optional;

/** Organiser accounts: add one, check a login. */
public final class AccountService implements AddOrganiserUseCase, LogInUseCase {

  private final OrganiserRepository organisers;
  private final UnitOfWork unitOfWork;
  private final PasswordHashing hashing;
  private final Clock clock;
  /** Checked when the username is unknown, so that a miss costs as much as a wrong password. */
  private String decoy;

  AccountService(Ports ports, PasswordHashing hashing, Clock clock) {
    this.organisers = ports.organisers();
    this.unitOfWork = ports.unitOfWork();
    this.hashing = hashing;
    this.clock = clock;
  }

  @Override
  public void add(AddOrganiserUseCase.Command command) {
    OrganiserAccount.requireAcceptablePassword(command.password());
    OrganiserAccount account = new OrganiserAccount(command.username(), hashing.hash(command.password()), clock.instant());
    unitOfWork.inTransaction(() -> {
      organisers.find(command.username()).ifPresent(account::requireDistinctFrom);
      organisers.add(account);
      return null;
    });
  }

  @Override
  public Optional<Username> logIn(LogInUseCase.Command command) {
    Optional<OrganiserAccount> account = username(command.username()).flatMap(organisers::find);
    boolean matches = hashing.matches(command.password(), account.map(OrganiserAccount::passwordHash).orElseGet(this::decoy));
    return account.filter(found -> matches).map(OrganiserAccount::username);
  }

  /** Made on first need, not at wiring: every test and CLI run would pay half a second for it. */
  private synchronized String decoy() {
    if (decoy == null) {
      decoy = hashing.hash("decoy password, never valid");
    }
    return decoy;
  }

  private static Optional<Username> username(String typed) {
    try {
      return Optional.of(new Username(typed));
    } catch (RuleViolation e) {
      return Optional.empty();
    }
  }
}
