package dk.kreds.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kreds.application.port.in.BackupDatabaseUseCase;
import dk.kreds.application.port.in.LogInUseCase;
import dk.kreds.application.port.in.ReadOnlyUseCase;
import dk.kreds.application.port.in.StoreRevisionUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.port.out.UnitOfWork;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every method of every use case, found by reflection so that none is forgotten, called through
 * {@link NamedTransactionService} on services that only write down their calls and a unit of work that writes
 * down its transactions.
 */
class NamedTransactionServiceTest {

  private static final Set<Class<?>> UNWRAPPED =
      Set.of(BackupDatabaseUseCase.class, StoreRevisionUseCase.class, LogInUseCase.class);

  private final List<String> log = new ArrayList<>();
  private RuntimeException failure;

  @TestFactory
  Stream<DynamicTest> givenEachUseCase_whenCalled_thenItsServiceRunsInATransactionNamedForIt() {
    UseCases plain = useCases();
    UseCases named = NamedTransactionService.wrap(plain, recordingUnitOfWork());
    return methods().map(call -> DynamicTest.dynamicTest(call.toString(), () -> {
      log.clear();

      call.invoke(named);

      String service = call.component().getName() + "." + call.method().getName();
      Class<?> useCase = call.component().getType();
      if (UNWRAPPED.contains(useCase)) {
        assertThat(log).containsExactly(service);
        assertThat(call.component().getAccessor().invoke(named))
            .isSameAs(call.component().getAccessor().invoke(plain));
      } else {
        String kind = ReadOnlyUseCase.class.isAssignableFrom(useCase) ? "read-only" : "read-write";
        assertThat(log).containsExactly(kind + " " + useCase.getSimpleName(), service, "end");
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> givenEachUseCase_whenItsServiceFails_thenTheSameExceptionComesOut() {
    failure = new IllegalStateException("refused");
    UseCases named = NamedTransactionService.wrap(useCases(), recordingUnitOfWork());
    return methods().map(call -> DynamicTest.dynamicTest(call.toString(),
        () -> assertThatThrownBy(() -> call.invoke(named)).isSameAs(failure)));
  }

  /** One method of one use case. */
  private record Call(RecordComponent component, Method method) {

    void invoke(UseCases useCases) throws Throwable {
      try {
        method.invoke(component.getAccessor().invoke(useCases), new Object[method.getParameterCount()]);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    @Override
    public String toString() {
      return component.getType().getSimpleName() + "." + method.getName();
    }
  }

  private static Stream<Call> methods() {
    return Arrays.stream(UseCases.class.getRecordComponents())
        .flatMap(component -> Arrays.stream(component.getType().getMethods())
            .filter(method -> Modifier.isAbstract(method.getModifiers()))
            .map(method -> new Call(component, method)));
  }

  /** Services that write down each call as {@code component.method} and return nothing much. */
  private UseCases useCases() {
    RecordComponent[] components = UseCases.class.getRecordComponents();
    Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    Object[] services = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      services[i] = Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {types[i]},
          (proxy, method, args) -> {
            log.add(name + "." + method.getName());
            if (failure != null) {
              throw failure;
            }
            return MethodHandles.zero(method.getReturnType()).invoke(); // null, false, 0
          });
    }
    try {
      return UseCases.class.getDeclaredConstructor(types).newInstance(services);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private UnitOfWork recordingUnitOfWork() {
    return new UnitOfWork() {
      @Override
      public <T> T inTransaction(Supplier<T> work) {
        return inTransaction("(unnamed)", work);
      }

      @Override
      public <T> T inTransaction(String useCase, Supplier<T> work) {
        return record("read-write " + useCase, work);
      }

      @Override
      public <T> T inReadOnlyTransaction(String useCase, Supplier<T> work) {
        return record("read-only " + useCase, work);
      }

      private <T> T record(String transaction, Supplier<T> work) {
        log.add(transaction);
        T result = work.get();
        log.add("end");
        return result;
      }
    };
  }
}
