package dk.kreds.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kreds.application.port.out.OrganiserRepository;
import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.account.OrganiserAccount;
import dk.kreds.domain.account.Username;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link OrganiserRepository} does, whatever stores it. */
public abstract class OrganiserRepositoryContract extends PortsContract {

  private static final Instant CREATED = Instant.parse("2026-11-27T09:15:30.123Z");

  private OrganiserRepository organisers() {
    return ports.organisers();
  }

  private static OrganiserAccount account(String username, String hash) {
    return new OrganiserAccount(new Username(username), hash, CREATED);
  }

  @Test
  void givenAddedAccount_whenFoundByUsername_thenTheSameAccount() {
    OrganiserAccount anne = account("anne.worning", "$pbkdf2-sha256$i=600000$c2FsdHNhbHQ$aGFzaGhhc2g");

    ports.unitOfWork().inTransaction(() -> {
      organisers().add(anne);
      return null;
    });

    assertThat(organisers().find(new Username("Anne.Worning"))).contains(anne);
    assertThat(organisers().find(new Username("per.bach"))).isEmpty();
  }

  @Test
  void givenAccount_whenAddingAnotherWithTheSameUsername_thenStaleWriteAndTheFirstKept() {
    OrganiserAccount first = account("anne", "$pbkdf2-sha256$i=1$YQ$Yg");
    organisers().add(first);

    assertThatThrownBy(() -> organisers().add(account("anne", "$pbkdf2-sha256$i=1$Yw$ZA")))
        .isInstanceOf(StaleWriteException.class);
    assertThat(organisers().find(new Username("anne"))).contains(first);
  }

  @Test
  void givenFailingUnitOfWork_whenAnAccountWasAddedInIt_thenItIsGone() {
    assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
      organisers().add(account("per", "$pbkdf2-sha256$i=1$YQ$Yg"));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(organisers().find(new Username("per"))).isEmpty();
  }
}
