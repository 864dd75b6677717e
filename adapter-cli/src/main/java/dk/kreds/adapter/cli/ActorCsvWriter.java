package dk.kreds.adapter.cli;

import dk.kreds.application.render.Language;
import dk.kreds.application.render.Messages;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.Phone;
import dk.kreds.domain.actor.Website;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes actors and their contact persons as the CSV file {@link ActorCsvReader} reads: UTF-8 with a
 * byte order mark and CRLF line ends, so that Excel opens it as UTF-8; one row per contact person. A
 * cell that a spreadsheet would run as a formula gets a leading quote.
 */
final class ActorCsvWriter {

  private ActorCsvWriter() {}

  /** The kinds as the file may name them, for error messages. */
  static String kindCodes() {
    return Stream.of(ActorKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }

  /** Whether a cell starting with {@code c} may be read as a formula by a spreadsheet. */
  static boolean isDangerous(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** {@code cell} made inert for a spreadsheet: a leading quote before a formula character. */
  static String guard(String cell) {
    return !cell.isEmpty() && isDangerous(cell.charAt(0)) ? "'" + cell : cell;
  }

  /** The file, byte order mark first, for {@code actors} in the order given. */
  static String write(List<Actor> actors, char separator, Language language) {
    Messages messages = Messages.in(language);
    StringBuilder out = new StringBuilder("\uFEFF");
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setRecordSeparator("\r\n").get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      printer.printRecord(Stream.of(ActorColumn.values()).map(c -> c.header(language)));
      for (Actor actor : actors) {
        List<String> cells = actorCells(actor.profile(), messages);
        if (actor.contacts().isEmpty()) {
          printer.printRecord(row(cells, List.of("", "", "", "")));
        }
        for (ContactPerson person : actor.contacts()) {
          printer.printRecord(row(cells, List.of(person.name(), person.role().orElse(""),
              person.email().map(Email::value).orElse(""), person.phone().map(Phone::e164).orElse(""))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static List<String> actorCells(ActorProfile p, Messages messages) {
    return List.of(p.name(), p.shortName().orElse(""), messages.kind(p.kind()), p.cvr().map(Cvr::digits).orElse(""),
        p.website().map(Website::toString).orElse(""), p.region().orElse(""), p.description().orElse(""),
        String.join(ActorColumn.ACTIVITY_SEPARATOR, p.activities()), messages.text(p.rsv() ? "csv.yes" : "csv.no"));
  }

  private static List<String> row(List<String> actorCells, List<String> contactCells) {
    List<String> row = new ArrayList<>(actorCells);
    row.addAll(contactCells);
    return row.stream().map(ActorCsvWriter::guard).toList();
  }
}
