package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.DatabaseNotEmptyException;
import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.application.port.out.StorageException;
import dk.kreds.application.render.Messages;
import dk.kreds.domain.shared.DomainException;
import dk.kreds.domain.shared.NotFoundException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one readable line on stderr and a documented exit code; a stack trace only
 * with --debug. A usage error (unknown option, bad value) is its line, picocli's suggestions if any, and
 * where to read more.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    KredsCommand root = commandLine.getCommandSpec().root().commandLine().getCommand();
    PrintWriter err = commandLine.getErr();
    err.println("kreds: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println(Messages.in(root.language()).text("cli.usage-hint", commandLine.getCommandSpec().qualifiedName()));
    err.flush();
    return ExitCode.USAGE.code();
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    KredsCommand root = commandLine.getCommandSpec().root().commandLine().getCommand();
    Messages messages = Messages.in(root.language());
    ExitCode code;
    String line;
    if (e instanceof DomainException domain) {
      code = domain instanceof NotFoundException ? ExitCode.NOT_FOUND : ExitCode.RULE;
      line = messages.error(domain);
    } else if (e instanceof AmbiguousReferenceException ambiguous) {
      code = ExitCode.USAGE;
      line = messages.text("cli.ambiguous", messages.text("entity." + ambiguous.entity()), ambiguous.query(),
          ambiguous.candidates().size()) + candidates(ambiguous);
    } else if (e instanceof BadInputException bad) {
      code = ExitCode.USAGE;
      line = messages.text(bad.key(), bad.arguments());
    } else if (e instanceof DatabaseNotEmptyException notEmpty) {
      code = ExitCode.RULE;
      line = notEmpty.getMessage();
    } else if (e instanceof StaleWriteException stale) {
      code = ExitCode.CONFLICT;
      line = messages.text("error.conflict", messages.text("entity." + stale.entity()), stale.id());
    } else if (e instanceof StorageException) {
      code = ExitCode.STORAGE;
      line = messages.text("error.storage", e.getMessage());
    } else if (e instanceof IllegalArgumentException) {
      code = ExitCode.USAGE;
      line = e.getMessage();
    } else {
      code = ExitCode.INTERNAL;
      // The class only: a message may quote a value, i.e. personal data. --debug shows the rest.
      line = messages.text("error.internal", e.getClass().getSimpleName());
    }
    commandLine.getOut().flush(); // what the command printed before it failed comes first
    commandLine.getErr().println("kreds: " + line);
    if (root.debug()) {
      e.printStackTrace(commandLine.getErr());
    }
    return code.code();
  }

  /** The candidates, one per line after the message, so a person can pick one by its id. */
  private static String candidates(AmbiguousReferenceException ambiguous) {
    StringBuilder lines = new StringBuilder();
    ambiguous.candidates().forEach(candidate -> lines.append(System.lineSeparator()).append("  ").append(candidate));
    return lines.toString();
  }
}
