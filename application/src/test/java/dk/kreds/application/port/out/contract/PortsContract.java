package dk.kreds.application.port.out.contract;

import dk.kreds.application.port.out.Ports;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every repository contract starts from: a fresh, empty store. An adapter runs a contract by
 * extending it and saying how to open such a store.
 */
public abstract class PortsContract {

  /** The out-ports under test. */
  protected Ports ports;
  ContractData data;

  /** A new, empty store: nothing saved in an earlier test is visible. */
  protected abstract Ports freshPorts();

  @BeforeEach
  final void openFreshStore() {
    ports = freshPorts();
    data = new ContractData(ports);
  }
}
