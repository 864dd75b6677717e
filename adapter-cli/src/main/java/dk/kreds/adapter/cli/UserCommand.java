package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.AddOrganiserUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.account.Username;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Organiser accounts for the web app. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Organiser accounts: who may log in to the web app (kreds serve).",
    footer = {"%nExample:%n  kreds user add anne.worning"})
final class UserCommand {

  /** {@code kreds user add NAME}: the password is asked for, never given on the command line. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add an organiser account. The password (12–200 characters) is read from the terminal without",
        "echo, twice; without a terminal, from the first line of standard input. It is stored only as a",
        "salted PBKDF2 hash."
      },
      footer = {"%nExamples:%n  kreds user add anne.worning"
          + "%n  printf '%%s\\n' \"$PASSWORD\" | kreds user add per.bach --db jdbc:sqlite:/srv/kreds/kreds.db"})
  static final class Add implements Callable<Integer> {

    private final Supplier<UseCases> useCases;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "USERNAME", description = "3–64 characters: a–z, digits, '.', '_' or '-'.")
    private String username;

    Add(Supplier<UseCases> useCases) {
      this.useCases = useCases;
    }

    @Override
    public Integer call() {
      Username name = new Username(username);
      String password = password();
      useCases.get().addOrganiser().add(new AddOrganiserUseCase.Command(name, password));
      spec.commandLine().getOut().println("added organiser " + name);
      spec.commandLine().getOut().flush();
      return ExitCode.OK.code();
    }

    private static String password() {
      Console console = System.console();
      if (console != null) {
        char[] first = console.readPassword("Password: ");
        char[] second = console.readPassword("Password again: ");
        try {
          if (first == null || !Arrays.equals(first, second)) {
            throw new IllegalArgumentException("password: the two entries differ");
          }
          return new String(first);
        } finally {
          Arrays.fill(first == null ? new char[0] : first, ' ');
          Arrays.fill(second == null ? new char[0] : second, ' ');
        }
      }
      try {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
          throw new IllegalArgumentException("password: none on standard input");
        }
        return line;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
