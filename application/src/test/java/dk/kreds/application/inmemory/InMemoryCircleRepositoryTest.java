package dk.kreds.application.inmemory;

import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.contract.CircleRepositoryContract;

/** The circles of an {@link InMemoryStore} keep the CircleRepository contract. */
class InMemoryCircleRepositoryTest extends CircleRepositoryContract {

  @Override
  protected Ports freshPorts() {
    return InMemoryStore.ports();
  }
}
