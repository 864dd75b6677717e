package dk.kreds.application.port.in;

/**
 * Tells whether anything stored has changed: for caches of what the read use cases answer. It runs
 * outside any transaction and costs next to nothing.
 */
public interface StoreRevisionUseCase {

  /**
   * A number that changes whenever a change is committed, by this program or another one on the same
   * store; equal numbers mean nothing changed in between. A change this program made shows at once,
   * another program's within {@value dk.kreds.application.port.out.UnitOfWork#REVISION_LAG_MILLIS} ms.
   *
   * @return the store's revision now
   */
  long revision();
}
