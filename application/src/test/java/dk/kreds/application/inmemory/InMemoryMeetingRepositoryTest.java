package dk.kreds.application.inmemory;

import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.contract.MeetingRepositoryContract;

/** The meetings of an {@link InMemoryStore} keep the MeetingRepository contract. */
class InMemoryMeetingRepositoryTest extends MeetingRepositoryContract {

  @Override
  protected Ports freshPorts() {
    return InMemoryStore.ports();
  }
}
