package dk.kreds.adapter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Where an export goes: a new file the user named, never overwritten, or stdout. */
final class OutputFile {

  private OutputFile() {}

  /** Refuses before any work when {@code file} is given and exists. */
  static void refuseExisting(Path file) {
    if (file != null && Files.exists(file)) {
      throw exists(file, null);
    }
  }

  /** Writes {@code text} as UTF-8 to {@code file}, which must not exist, or to {@code stdout} when no file is given. */
  static void write(Path file, String text, PrintWriter stdout) throws IOException {
    if (file == null) {
      stdout.print(text);
      stdout.flush();
      return;
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      throw exists(file, e);
    }
  }

  private static IllegalArgumentException exists(Path file, Exception cause) {
    return new IllegalArgumentException(file + " exists already; export never overwrites a file", cause);
  }
}
