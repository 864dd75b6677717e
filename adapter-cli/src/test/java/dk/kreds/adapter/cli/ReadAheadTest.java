package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kreds.application.port.in.ImportActorsUseCase.Entry;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A file's entries handed from the thread that reads them to the import that checks them. */
class ReadAheadTest {

  private static final ActorCsvReader.Read READ = new ActorCsvReader.Read(List.of(2L), List.of(), List.of(), true);

  private static Entry entry(int number) {
    return new Entry(ActorProfile.of("Aktør " + number, ActorKind.NGO), List.of());
  }

  private static List<String> names(Iterable<Entry> entries) {
    List<String> names = new ArrayList<>();
    entries.forEach(entry -> names.add(entry.profile().name()));
    return names;
  }

  @Test
  void givenMoreEntriesThanOneHandOverHolds_whenTaken_thenAllInTheOrderRead() {
    ReadAhead entries = new ReadAhead(sink -> {
      IntStream.range(0, 1_234).mapToObj(ReadAheadTest::entry).forEach(sink);
      return READ;
    }, read -> true);

    entries.start();

    assertThat(names(entries)).isEqualTo(IntStream.range(0, 1_234).mapToObj(i -> "Aktør " + i).toList());
    assertThat(entries.read()).isSameAs(READ);
  }

  @Test
  void givenWhatTheFileHeldBesidesItsEntries_whenAskedWhetherStorable_thenThePredicateDecides() {
    ReadAhead refusing = new ReadAhead(sink -> READ, read -> !read.problems().isEmpty());
    refusing.start();

    assertThat(refusing).isEmpty();
    assertThat(refusing.storable()).isFalse();
  }

  @Test
  void givenTheReadingFails_whenTaken_thenTheFailureIsThrownWhereTheEntriesEnd() {
    ReadAhead entries = new ReadAhead(sink -> {
      sink.accept(entry(1));
      throw new IllegalStateException("disk gone");
    }, read -> true);
    entries.start();

    assertThatThrownBy(() -> names(entries)).isInstanceOf(IllegalStateException.class).hasMessage("disk gone");
  }

  @Test
  void givenEntriesTakenOnce_whenTakenAgain_thenRefused() {
    ReadAhead entries = new ReadAhead(sink -> READ, read -> true);
    entries.start();
    entries.iterator();

    assertThatThrownBy(entries::iterator).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void givenAnImportThatStopsTakingEntries_whenStopped_thenTheReadingEndsInsteadOfWaitingForever() throws Exception {
    CountDownLatch ended = new CountDownLatch(1);
    ReadAhead entries = new ReadAhead(sink -> {
      try {
        endless(sink);
        return READ;
      } finally {
        ended.countDown();
      }
    }, read -> true);
    entries.start();
    entries.iterator().next();

    entries.stop();

    assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
    assertThatThrownBy(entries::read).isInstanceOf(CancellationException.class);
  }

  private static void endless(Consumer<Entry> sink) {
    for (int i = 0; ; i++) {
      sink.accept(entry(i));
    }
  }
}
