package dk.kreds.adapter.cli;

/** The documented exit codes of {@code kreds}. Scripts may rely on them. */
enum ExitCode {
  OK(0),
  /** An unexpected failure; run again with {@code --debug} for the stack trace. */
  INTERNAL(1),
  /** The command line itself is wrong: unknown option, missing parameter, bad value. */
  USAGE(2),
  /** The input breaks a rule of the model, e.g. a CVR number that fails its check. */
  RULE(3),
  /** Something named does not exist. */
  NOT_FOUND(4),
  /** Someone else changed the same thing at the same time; try again. */
  CONFLICT(5),
  /** The database could not be read or written. */
  STORAGE(6);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }
}
