package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Language;
import dk.kreds.application.render.Messages;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What every command is given through its constructor: the use cases over the chosen database, opened
 * when a command first needs them, the language the reader chose with {@code --lang}, the clock the
 * use cases run on, for the few defaults that are "now", and the command line's stdout. The commands
 * get it here rather than through picocli's {@code @Spec}: each annotation type that picocli reads
 * costs a run a proxy class, which JDK 17's class archive cannot hold.
 */
final class Context {

  private final Supplier<UseCases> useCases;
  private final Supplier<Language> language;
  private final Clock clock;
  private final Supplier<PrintWriter> out;

  Context(Supplier<UseCases> useCases, Supplier<Language> language, Clock clock, Supplier<PrintWriter> out) {
    this.useCases = useCases;
    this.language = language;
    this.clock = clock;
    this.out = out;
  }

  /** Where the command line prints its results, as set on it when the command runs. */
  PrintWriter out() {
    return out.get();
  }

  Clock clock() {
    return clock;
  }

  /** The language the reader chose, known once the command line is parsed. */
  Supplier<Language> language() {
    return language;
  }

  /** The use cases, opened when first asked for. */
  Supplier<UseCases> useCases() {
    return useCases;
  }

  UseCases use() {
    return useCases.get();
  }

  /** The texts in the reader's language (each language's file is read once per process). */
  Messages messages() {
    return Messages.in(language.get());
  }

  /** Finds actors, circles, meetings and persons by id or name. */
  Lookup lookup() {
    return new Lookup(use());
  }
}
