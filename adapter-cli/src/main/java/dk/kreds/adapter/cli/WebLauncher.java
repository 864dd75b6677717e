package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.UseCases;
import java.net.URI;
import java.util.function.IntConsumer;

/**
 * Starts the web app for {@code kreds serve}. The command line does not know the web adapter (adapters
 * never depend on each other); the composition root hands in an implementation.
 */
public interface WebLauncher {

  /**
   * Serves the web app over {@code useCases} until the process is stopped.
   *
   * @param host the address to listen on
   * @param port the TCP port
   * @param baseUrl where invitees reach the server; RSVP links start with it
   * @param started told the port once the server listens (the chosen one for port 0)
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void serve(UseCases useCases, String host, int port, URI baseUrl, IntConsumer started) throws InterruptedException;
}
