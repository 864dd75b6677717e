package dk.kreds.adapter.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The documented exit codes of {@code kreds}. Scripts may rely on them. */
enum ExitCode {
  OK(0, "ok"),
  INTERNAL(1, "unexpected failure (see --debug)"),
  USAGE(2, "usage: unknown option, missing or bad parameter, a name that fits more than one"),
  RULE(3, "a rule of the model is broken (the message names field, value and rule)"),
  NOT_FOUND(4, "not found"),
  CONFLICT(5, "conflict: changed by someone else, try again"),
  STORAGE(6, "storage failure: the database could not be read or written");

  private final int code;
  private final String description;

  ExitCode(int code, String description) {
    this.code = code;
    this.description = description;
  }

  int code() {
    return code;
  }

  /** The list every command's --help ends with. */
  static Map<String, String> helpList() {
    Map<String, String> list = new LinkedHashMap<>();
    for (ExitCode exitCode : values()) {
      list.put(String.valueOf(exitCode.code), exitCode.description);
    }
    return list;
  }
}
