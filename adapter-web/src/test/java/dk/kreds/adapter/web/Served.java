package dk.kreds.adapter.web;

import dk.kreds.application.inmemory.InMemoryStore;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.service.ServiceFactory;
import java.time.Clock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A fresh in-memory store and a server over it for each test: {@code @RegisterExtension final Served served = new Served();}. */
final class Served implements BeforeEachCallback, AfterEachCallback {

  UseCases useCases;
  WebServer server;

  @Override
  public void beforeEach(ExtensionContext context) {
    useCases = ServiceFactory.create(InMemoryStore.ports(), Clock.systemUTC());
    server = WebTesting.start(useCases);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    server.close();
  }
}
