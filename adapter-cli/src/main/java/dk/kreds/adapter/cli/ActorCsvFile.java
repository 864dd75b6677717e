package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.ImportActorsUseCase.Entry;
import dk.kreds.application.render.Messages;
import dk.kreds.domain.actor.LawfulBasis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The actor CSV file of {@code kreds actor import}, read for another front end: the app hands it to the
 * web's import page, so that both read the same columns with the same reports.
 */
public final class ActorCsvFile {

  /**
   * What a file held.
   *
   * @param entries the actors that could be read, in file order
   * @param lines the line each entry starts on
   * @param problems each row that could not be read, as one line of the report in the reader's language
   * @param complete false when broken quoting stopped the reading before the end
   */
  public record Read(List<Entry> entries, List<Long> lines, List<String> problems, boolean complete) {}

  private ActorCsvFile() {}

  /**
   * Reads {@code bytes} (UTF-8, with or without BOM; {@code ;} or {@code ,}, whichever the header uses more).
   *
   * @param basis the lawful basis recorded for every contact person read
   * @throws IllegalArgumentException when the file is empty or has no name column
   */
  public static Read read(byte[] bytes, Messages messages, LawfulBasis basis) {
    String text = ActorCsvReader.decode(bytes);
    List<Entry> entries = new ArrayList<>();
    ActorCsvReader.Read read = new ActorCsvReader(messages, basis, Map.of())
        .open(text, ActorCsvReader.detectSeparator(text)).read(permille -> { }, entries::add);
    return new Read(entries, read.lines(),
        read.problems().stream().map(problem -> problem.describe(messages)).toList(), read.complete());
  }
}
