package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.ImportActorsUseCase;
import dk.kreds.application.port.in.ImportActorsUseCase.Entry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The entries of a CSV file, read on a thread of their own while the import checks the ones read
 * before: on two cores reading and checking overlap, and each row is garbage as soon as its actor has
 * been handed over instead of being held until the whole file is read.
 */
final class ReadAhead implements ImportActorsUseCase.Entries {

  /** Entries handed over at a time: a hand-over per entry would cost more than the overlap saves. */
  private static final int CHUNK = 500;

  /** Chunks read ahead of the checking at most, so that memory stays bounded if the checking is slower. */
  private static final int AHEAD = 8;

  /** Put after the last chunk (compared by identity). */
  private static final List<Entry> END = new ArrayList<>(0);

  private final BlockingQueue<List<Entry>> chunks = new ArrayBlockingQueue<>(AHEAD);
  private final FutureTask<ActorCsvReader.Read> reading;
  private final Predicate<ActorCsvReader.Read> storable;
  private boolean taken;

  /**
   * @param read reads the file, handing each entry to the consumer it is given as soon as it is read
   * @param storable whether what the file held besides its entries allows storing them
   */
  ReadAhead(Function<Consumer<Entry>, ActorCsvReader.Read> read, Predicate<ActorCsvReader.Read> storable) {
    this.reading = new FutureTask<>(() -> handOver(read));
    this.storable = storable;
  }

  /** Starts reading on a thread of its own. */
  void start() {
    Thread thread = new Thread(reading, "kreds-csv-read");
    thread.setDaemon(true); // never keeps the program running once the import has ended
    thread.start();
  }

  /** Stops the reading if it still runs: the import ended before it took every entry. */
  void stop() {
    reading.cancel(true);
  }

  /** What the file held besides its entries, once it has been read to the end. */
  ActorCsvReader.Read read() {
    try {
      return reading.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while the file was read");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw new IllegalStateException("the file could not be read", e.getCause());
    }
  }

  @Override
  public boolean storable() {
    return storable.test(read());
  }

  /** The entries as they are read; taken once. A failure of the reading is thrown where the entries end. */
  @Override
  public Iterator<Entry> iterator() {
    if (taken) {
      throw new IllegalStateException("the entries of a file being read can be taken once");
    }
    taken = true;
    return new Iterator<>() {
      private List<Entry> chunk = List.of();
      private int next;

      @Override
      public boolean hasNext() {
        while (chunk != END && next == chunk.size()) {
          chunk = take();
          next = 0;
        }
        if (chunk == END) {
          read();
          return false;
        }
        return true;
      }

      @Override
      public Entry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return chunk.get(next++);
      }
    };
  }

  private List<Entry> take() {
    try {
      return chunks.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for the file's next rows");
    }
  }

  private ActorCsvReader.Read handOver(Function<Consumer<Entry>, ActorCsvReader.Read> read) throws InterruptedException {
    Chunks sink = new Chunks();
    try {
      ActorCsvReader.Read result = read.apply(sink);
      sink.flush();
      return result;
    } finally {
      chunks.put(END);
    }
  }

  /** Collects entries into chunks and hands each full one over. */
  private final class Chunks implements Consumer<Entry> {
    private List<Entry> chunk = new ArrayList<>(CHUNK);

    @Override
    public void accept(Entry entry) {
      chunk.add(entry);
      if (chunk.size() == CHUNK) {
        flush();
      }
    }

    void flush() {
      if (chunk.isEmpty()) {
        return;
      }
      try {
        chunks.put(chunk);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("the import stopped taking entries");
      }
      chunk = new ArrayList<>(CHUNK);
    }
  }
}
