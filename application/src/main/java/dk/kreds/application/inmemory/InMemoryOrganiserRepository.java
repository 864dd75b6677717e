package dk.kreds.application.inmemory;

import dk.kreds.application.port.out.OrganiserRepository;
import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.account.OrganiserAccount;
import dk.kreds.domain.account.Username;
import java.util.Optional;

/** Organiser accounts in an {@link InMemoryStore}. */
public final class InMemoryOrganiserRepository implements OrganiserRepository {

  private final InMemoryStore store;

  InMemoryOrganiserRepository(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<OrganiserAccount> find(Username username) {
    return store.locked(() -> Optional.ofNullable(store.organisers.get(username)));
  }

  @Override
  public void add(OrganiserAccount account) {
    store.locked(() -> {
      if (store.organisers.putIfAbsent(account.username(), account) != null) {
        throw new StaleWriteException("organiser", account.username().value(), 0);
      }
      store.changed();
      return null;
    });
  }
}
