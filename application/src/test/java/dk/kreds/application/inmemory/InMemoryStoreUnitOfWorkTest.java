package dk.kreds.application.inmemory;

import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.contract.UnitOfWorkContract;

/** The units of work of an {@link InMemoryStore} keep the UnitOfWork contract. */
class InMemoryStoreUnitOfWorkTest extends UnitOfWorkContract {

  @Override
  protected Ports freshPorts() {
    return InMemoryStore.ports();
  }
}
