package dk.kreds.application.service;

import dk.kreds.application.port.in.BackupDatabaseUseCase;
import dk.kreds.application.port.in.LogInUseCase;
import dk.kreds.application.port.in.ReadOnlyUseCase;
import dk.kreds.application.port.in.StoreRevisionUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.port.out.UnitOfWork;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;

/**
 * Runs every call of a use case as one unit of work named for its interface, e.g.
 * {@code RegisterActorUseCase}, so that a store with an audit log knows which use case made each
 * change. The services' own units of work join this one; nothing else changes. A backup is left
 * unwrapped: it copies the database outside any transaction; so is a login, which changes nothing and
 * spends its time hashing.
 */
final class NamedUseCases {

  private NamedUseCases() {}

  /** {@code plain} with each use case wrapped. */
  static UseCases wrap(UseCases plain, UnitOfWork unitOfWork) {
    RecordComponent[] components = UseCases.class.getRecordComponents();
    Object[] wrapped = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        wrapped[i] = named(types[i], components[i].getAccessor().invoke(plain), unitOfWork);
      }
      return UseCases.class.getDeclaredConstructor(types).newInstance(wrapped);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot wrap the use cases", e);
    }
  }

  private static Object named(Class<?> useCase, Object service, UnitOfWork unitOfWork) {
    if (useCase == BackupDatabaseUseCase.class) {
      return service; // copies the file outside any transaction; it changes nothing to audit
    }
    if (useCase == StoreRevisionUseCase.class) {
      return service; // asked on every cached read: a transaction would cost more than the answer
    }
    if (useCase == LogInUseCase.class) {
      return service; // reads one row, then hashes for half a second: no transaction held meanwhile
    }
    String name = useCase.getSimpleName();
    boolean readOnly = ReadOnlyUseCase.class.isAssignableFrom(useCase);
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.invoke(service, args);
      }
      return readOnly
          ? unitOfWork.inReadOnlyTransaction(name, () -> invoke(method, service, args))
          : unitOfWork.inTransaction(name, () -> invoke(method, service, args));
    };
    return Proxy.newProxyInstance(useCase.getClassLoader(), new Class<?>[] {useCase}, handler);
  }

  private static Object invoke(Method method, Object service, Object[] args) {
    try {
      return method.invoke(service, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
  }
}
