package dk.kreds.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a use case as one transaction: all its writes happen, or none. A unit of work started inside
 * another joins it.
 */
public interface UnitOfWork {

  /**
   * Runs {@code work} in a transaction and returns its result; any exception rolls everything back.
   *
   * @param <T> the type of the result
   * @param work the reads and writes to do together
   * @return what {@code work} returned
   */
  <T> T inTransaction(Supplier<T> work);

  /**
   * Runs {@code work} as the use case named {@code useCase}, e.g. {@code RegisterActorUseCase}, in a
   * transaction. A store that keeps an audit log records the name with every change; one that does
   * not runs {@code work} as {@link #inTransaction(Supplier)} does.
   *
   * @param <T> the type of the result
   * @param useCase the name of the use case, for the audit log
   * @param work the reads and writes to do together
   * @return what {@code work} returns
   */
  default <T> T inTransaction(String useCase, Supplier<T> work) {
    return inTransaction(work);
  }

  /**
   * Runs {@code work}, which only reads, as the use case named {@code useCase} in a read-only
   * transaction: it sees what was committed when it began and need not wait for a writer. A store
   * without such transactions runs it as {@link #inTransaction(String, Supplier)} does.
   *
   * @param <T> the type of the result
   * @param useCase the name of the use case
   * @param work the reads to do together
   * @return what {@code work} returns
   */
  default <T> T inReadOnlyTransaction(String useCase, Supplier<T> work) {
    return inTransaction(useCase, work);
  }

  /** How long another program's committed change may take to show in {@link #revision()}. */
  long REVISION_LAG_MILLIS = 100;

  /**
   * A number that changes whenever a change is committed: at once for this store's own transactions,
   * within {@link #REVISION_LAG_MILLIS} ms for another program's on the same database. Caches of read
   * use cases key on it. A store that cannot tell keeps this default, a new number at every call (the
   * time in nanoseconds), so that nothing keyed on it is ever reused.
   *
   * @return the revision now
   */
  default long revision() {
    return System.nanoTime();
  }

  /**
   * Runs {@code work} in a transaction.
   *
   * @param work the reads and writes to do together
   */
  default void run(Runnable work) {
    inTransaction(() -> {
      work.run();
      return null;
    });
  }
}
