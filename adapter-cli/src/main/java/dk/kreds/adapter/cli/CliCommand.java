package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.Messages;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * A leaf of the command tree: it runs one use case (or reads), prints the result to stdout and returns
 * 0; every failure is an exception that {@link ErrorHandler} turns into one line on stderr and an exit
 * code.
 */
abstract class CliCommand implements Callable<Integer> {

  protected final Context context;

  CliCommand(Context context) {
    this.context = context;
  }

  /** Does the command's work, printing to {@link #out()}. */
  abstract void run();

  @Override
  public final Integer call() {
    run();
    out().flush();
    return ExitCode.OK.code();
  }

  PrintWriter out() {
    return context.out();
  }

  UseCases use() {
    return context.use();
  }

  Messages messages() {
    return context.messages();
  }

  Lookup lookup() {
    return context.lookup();
  }

  /** Prints the result line under {@code key} in the reader's language. */
  void done(String key, Object... arguments) {
    out().println(messages().text(key, arguments));
  }

  /** Prints {@code rows} as JSON, CSV or, by default, the table {@code table} gives. */
  <R extends Record> void list(Formats.ListFormat format, Class<R> type, List<R> rows, Supplier<TextTable> table) {
    format.requireOne();
    if (format.json) {
      Output.json(out(), rows);
    } else if (format.csv) {
      Output.csv(out(), type, rows);
    } else {
      table.get().print(out());
    }
  }

  /** Prints {@code json} as JSON, or, by default, what {@code text} prints. */
  void show(Formats.ShowFormat format, Object json, Runnable text) {
    if (format.json) {
      Output.json(out(), json);
    } else {
      text.run();
    }
  }
}
