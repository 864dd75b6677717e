package dk.kreds.adapter.cli;

/**
 * Input the command line itself refuses before any use case runs, e.g. a date it cannot read; exit code
 * 2. The text is a message key, so that it reads in the chosen language.
 */
final class BadInputException extends RuntimeException {

  private final String key;
  private final transient Object[] arguments;

  /**
   * A refusal.
   *
   * @param key the message under {@code cli.} in the messages, e.g. {@code cli.bad-date}
   * @param arguments what fills it in, e.g. the option and the value
   */
  BadInputException(String key, Object... arguments) {
    super(key);
    this.key = key;
    this.arguments = arguments.clone();
  }

  String key() {
    return key;
  }

  Object[] arguments() {
    return arguments.clone();
  }
}
