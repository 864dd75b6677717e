package dk.kreds.adapter.jdbc;

import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.contract.ActorRepositoryContract;
import dk.kreds.application.port.out.contract.CircleRepositoryContract;
import dk.kreds.application.port.out.contract.MeetingRepositoryContract;
import dk.kreds.application.port.out.contract.OrganiserRepositoryContract;
import dk.kreds.application.port.out.contract.RsvpLinkRepositoryContract;
import dk.kreds.application.port.out.contract.UnitOfWorkContract;
import org.junit.jupiter.api.Nested;

/** Every repository contract on one kind of database, which the subclass registers and names. */
abstract class JdbcContractsTest {

  /** The database kind under test; registered as an extension by the subclass. */
  abstract TestDatabase db();

  @Nested
  class Actors extends ActorRepositoryContract {
    @Override
    protected Ports freshPorts() {
      return db().freshPorts();
    }
  }

  @Nested
  class Circles extends CircleRepositoryContract {
    @Override
    protected Ports freshPorts() {
      return db().freshPorts();
    }
  }

  @Nested
  class Meetings extends MeetingRepositoryContract {
    @Override
    protected Ports freshPorts() {
      return db().freshPorts();
    }
  }

  @Nested
  class Organisers extends OrganiserRepositoryContract {
    @Override
    protected Ports freshPorts() {
      return db().freshPorts();
    }
  }

  @Nested
  class RsvpLinks extends RsvpLinkRepositoryContract {
    @Override
    protected Ports freshPorts() {
      return db().freshPorts();
    }
  }

  @Nested
  class UnitOfWork extends UnitOfWorkContract {
    @Override
    protected Ports freshPorts() {
      return db().freshPorts();
    }
  }
}
