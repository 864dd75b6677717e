package dk.kreds.application.inmemory;

import dk.kreds.application.port.out.RsvpLink;
import dk.kreds.application.port.out.RsvpLinkRepository;
import java.util.Optional;

/** RSVP links in an {@link InMemoryStore}. */
public final class InMemoryRsvpLinkRepository implements RsvpLinkRepository {

  private final InMemoryStore store;

  InMemoryRsvpLinkRepository(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<RsvpLink> findByHash(String tokenHash) {
    return store.locked(() -> Optional.ofNullable(store.rsvpLinks.get(tokenHash)));
  }

  @Override
  public void replace(RsvpLink link) {
    store.locked(() -> {
      store.rsvpLinks.values().removeIf(old -> old.meeting().equals(link.meeting()) && old.actor().equals(link.actor()));
      store.rsvpLinks.put(link.tokenHash(), link);
      store.changed();
      return null;
    });
  }
}
