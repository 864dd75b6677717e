package dk.kreds.application.inmemory;

import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.contract.ActorRepositoryContract;

/** The actors of an {@link InMemoryStore} keep the ActorRepository contract. */
class InMemoryActorRepositoryTest extends ActorRepositoryContract {

  @Override
  protected Ports freshPorts() {
    return InMemoryStore.ports();
  }
}
