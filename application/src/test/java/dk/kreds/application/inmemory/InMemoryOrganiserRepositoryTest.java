package dk.kreds.application.inmemory;

import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.contract.OrganiserRepositoryContract;

/** The organiser store of an {@link InMemoryStore} keeps the OrganiserRepository contract. */
class InMemoryOrganiserRepositoryTest extends OrganiserRepositoryContract {

  @Override
  protected Ports freshPorts() {
    return InMemoryStore.ports();
  }
}
