package dk.kreds.adapter.web;

import dk.kreds.application.port.in.ImportActorsUseCase;
import dk.kreds.application.render.Messages;
import dk.kreds.domain.actor.LawfulBasis;
import java.util.List;

/**
 * Reads an uploaded actor file into the entries of {@link ImportActorsUseCase}. The web adapter does not
 * read CSV itself: whoever starts the server gives it the command line's reader (the app does), so one
 * file format has one reader.
 */
@FunctionalInterface
public interface ActorFileReader {

  /**
   * Reads the file.
   *
   * @param basis the lawful basis recorded for the contact persons read
   * @throws IllegalArgumentException when the file cannot be read at all (empty, no name column)
   */
  Parsed read(byte[] file, Messages messages, LawfulBasis basis);

  /**
   * What the file held.
   *
   * @param lines the line each entry starts on
   * @param problems each row that could not be read, as one readable line
   * @param complete false when the reading stopped before the end
   */
  record Parsed(List<ImportActorsUseCase.Entry> entries, List<Long> lines, List<String> problems, boolean complete) {
    public Parsed {
      entries = List.copyOf(entries);
      lines = List.copyOf(lines);
      problems = List.copyOf(problems);
    }
  }
}
