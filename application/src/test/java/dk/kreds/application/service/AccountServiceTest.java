package dk.kreds.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kreds.application.inmemory.InMemoryStore;
import dk.kreds.application.port.in.AddOrganiserUseCase;
import dk.kreds.application.port.in.LogInUseCase;
import dk.kreds.application.port.out.Ports;
import dk.kreds.domain.account.Username;
import dk.kreds.domain.shared.RuleViolation;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Adding organiser accounts and checking logins; a small work factor keeps the tests quick. */
class AccountServiceTest {

  private final Ports ports = InMemoryStore.ports();
  private final AccountService accounts = new AccountService(ports, new PasswordHashing(SecureRandom::new, 1_000),
      Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC));

  @Test
  void givenAddedAccount_whenLoggingInWithItsPassword_thenItsUsername() {
    accounts.add(new AddOrganiserUseCase.Command(new Username("anne"), "rødgrød med fløde"));

    assertThat(accounts.logIn(new LogInUseCase.Command("Anne", "rødgrød med fløde"))).contains(new Username("anne"));
  }

  @Test
  void givenAddedAccount_whenLoggingInWithAnotherPasswordOrUnknownName_thenEmpty() {
    accounts.add(new AddOrganiserUseCase.Command(new Username("anne"), "rødgrød med fløde"));

    assertThat(accounts.logIn(new LogInUseCase.Command("anne", "rødgrød med fløde!"))).isEmpty();
    assertThat(accounts.logIn(new LogInUseCase.Command("per", "rødgrød med fløde"))).isEmpty();
    assertThat(accounts.logIn(new LogInUseCase.Command("not a name", "rødgrød med fløde"))).isEmpty();
  }

  @Test
  void givenAddedAccount_whenStored_thenOnlyASaltedHashIsKept() {
    accounts.add(new AddOrganiserUseCase.Command(new Username("anne"), "rødgrød med fløde"));
    accounts.add(new AddOrganiserUseCase.Command(new Username("per"), "rødgrød med fløde"));

    String anne = ports.organisers().find(new Username("anne")).orElseThrow().passwordHash();
    String per = ports.organisers().find(new Username("per")).orElseThrow().passwordHash();
    assertThat(anne).startsWith("$pbkdf2-sha256$i=1000$").doesNotContain("rødgrød").isNotEqualTo(per);
  }

  @Test
  void givenTakenUsername_whenAddingAgain_thenRefusedAndTheFirstPasswordStillWorks() {
    accounts.add(new AddOrganiserUseCase.Command(new Username("anne"), "rødgrød med fløde"));

    assertThatThrownBy(() -> accounts.add(new AddOrganiserUseCase.Command(new Username("ANNE"), "en anden adgangskode")))
        .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("account.username.duplicate"));
    assertThat(accounts.logIn(new LogInUseCase.Command("anne", "rødgrød med fløde"))).isPresent();
  }

  @Test
  void givenShortPassword_whenAdding_thenRefusedAndNothingStored() {
    assertThatThrownBy(() -> accounts.add(new AddOrganiserUseCase.Command(new Username("anne"), "kort")))
        .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("account.password.length"));
    assertThat(ports.organisers().find(new Username("anne"))).isEmpty();
  }

  @Test
  void givenTheWiredServices_whenAddingAnAccount_thenOwaspsWorkFactorIsUsed() {
    var useCases = ServiceFactory.create(ports, Clock.systemUTC());
    useCases.addOrganiser().add(new AddOrganiserUseCase.Command(new Username("anne"), "rødgrød med fløde"));

    assertThat(ports.organisers().find(new Username("anne")).orElseThrow().passwordHash())
        .startsWith("$pbkdf2-sha256$i=600000$");
    assertThat(useCases.logIn().logIn(new LogInUseCase.Command("anne", "rødgrød med fløde"))).isPresent();
  }
}
