package dk.kreds.application.service;

import dk.kreds.application.port.out.UnitOfWork;
import java.util.function.Consumer;
import java.util.function.Function;

/** Load an aggregate, change it, save it: one transaction. */
final class Changes<I, A> {

  private final UnitOfWork unitOfWork;
  private final Function<I, A> load;
  private final Consumer<A> save;

  Changes(UnitOfWork unitOfWork, Function<I, A> load, Consumer<A> save) {
    this.unitOfWork = unitOfWork;
    this.load = load;
    this.save = save;
  }

  <T> T apply(I id, Function<A, T> change) {
    return unitOfWork.inTransaction(() -> {
      A aggregate = load.apply(id);
      T result = change.apply(aggregate);
      save.accept(aggregate);
      return result;
    });
  }

  void run(I id, Consumer<A> change) {
    apply(id, aggregate -> {
      change.accept(aggregate);
      return null;
    });
  }
}
