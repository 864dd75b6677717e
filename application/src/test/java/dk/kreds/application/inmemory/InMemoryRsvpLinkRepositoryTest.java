package dk.kreds.application.inmemory;

import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.contract.RsvpLinkRepositoryContract;

/** The rsvplink store of an {@link InMemoryStore} keeps the RsvpLinkRepository contract. */
class InMemoryRsvpLinkRepositoryTest extends RsvpLinkRepositoryContract {

  @Override
  protected Ports freshPorts() {
    return InMemoryStore.ports();
  }
}
