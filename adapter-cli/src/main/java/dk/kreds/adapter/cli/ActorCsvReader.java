package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.ContactDetails;
import dk.kreds.application.port.in.ImportActorsUseCase.Entry;
import dk.kreds.application.render.Language;
import dk.kreds.application.render.Messages;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.LawfulBasis;
import dk.kreds.domain.actor.Phone;
import dk.kreds.domain.actor.Website;
import dk.kreds.domain.shared.DomainException;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an actor CSV file (see {@link ActorColumn}) into import entries, and a problem for each row
 * that cannot become one. Consecutive rows with the same actor name are one actor with several contact
 * persons.
 */
final class ActorCsvReader {

  /** The replacement character a lenient decoder puts where the bytes were not UTF-8. */
  private static final char NOT_UTF8 = '\uFFFD';

  /**
   * What a file held besides its entries.
   *
   * @param lines the line each entry starts on, in the order of the entries, for reporting the use case's refusals
   * @param problems each row that could not be read, in file order
   * @param ignoredHeaders headers that name no column
   * @param complete false when broken quoting stopped the reading before the end
   */
  record Read(List<Long> lines, List<CsvProblem> problems, List<String> ignoredHeaders, boolean complete) {}

  private final Messages messages;
  private final LawfulBasis basis;
  private final Map<ActorColumn, String> overrides;
  private final Map<String, ActorKind> kinds = kinds();

  /**
   * @param basis the lawful basis recorded for every contact person read
   * @param overrides headers that name a column, beyond the English and Danish ones
   */
  ActorCsvReader(Messages messages, LawfulBasis basis, Map<ActorColumn, String> overrides) {
    this.messages = messages;
    this.basis = basis;
    this.overrides = overrides;
  }

  /**
   * Decodes UTF-8 without the byte-order mark a file may start with; bytes that are not UTF-8 become
   * the replacement character. Dropping the mark from the bytes, not the text, keeps a Danish file's text
   * at one byte a character (the mark is not Latin-1, and a string holding it takes two a character).
   */
  static String decode(byte[] bytes) {
    int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    return new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
  }

  /** The separator of the header line: whichever of {@code ;} and {@code ,} it holds more of, outside quotes. */
  static char detectSeparator(String text) {
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length() && text.charAt(i) != '\n'; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    return commas > semicolons ? ',' : ';';
  }

  /**
   * Opens {@code text} (the file's content, {@linkplain #decode decoded}) with {@code separator}: reads its header.
   *
   * @throws IllegalArgumentException when the file has no header or no name column
   */
  Opened open(String text, char separator) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).get();
    try {
      CSVParser parser = CSVParser.parse(text, format);
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new IllegalArgumentException(messages.text("csv.empty"));
      }
      return new Opened(parser, records, header(records.next()), text.length());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file whose header has been read; {@link #read} reads the rest. */
  final class Opened {
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Header header;
    private final int length;

    private Opened(CSVParser parser, Iterator<CSVRecord> records, Header header, int length) {
      this.parser = parser;
      this.records = records;
      this.header = header;
      this.length = length;
    }

    /**
     * Reads the rows, handing each actor to {@code entries} as soon as its last row has been read, so
     * that no more than one actor's rows are held at a time.
     *
     * @param progress told the share read so far, in thousandths
     */
    Read read(LongConsumer progress, Consumer<Entry> entries) {
      List<CsvProblem> problems = new ArrayList<>();
      Grouping grouping = new Grouping(entries, problems);
      boolean complete = true;
      try (CSVParser closing = parser) {
        long line = parser.getCurrentLineNumber() + 1;
        while (true) {
          CSVRecord record;
          try {
            if (!records.hasNext()) {
              break;
            }
            record = records.next();
          } catch (RuntimeException broken) { // Commons CSV reports broken quoting as an unchecked exception
            problems.add(CsvProblem.format(line, "", "", "csv.quoting", messages));
            complete = false;
            break;
          }
          grouping.add(parseRow(line, record, header, problems));
          line = parser.getCurrentLineNumber() + 1;
          progress.accept(length == 0 ? 1000 : record.getCharacterPosition() * 1000 / length);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      grouping.end();
      problems.sort((a, b) -> Long.compare(a.line(), b.line()));
      return new Read(grouping.lines, problems, header.ignored(), complete);
    }
  }

  /** Which column each position of the file holds, and the headers that name none. */
  private record Header(List<Optional<ActorColumn>> columns, List<String> names, List<String> ignored) {}

  private Header header(CSVRecord record) {
    Map<String, ActorColumn> byOverride = new HashMap<>();
    overrides.forEach((column, name) -> byOverride.put(ActorColumn.normalise(name), column));
    List<Optional<ActorColumn>> columns = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    for (String name : record) {
      Optional<ActorColumn> column = Optional.ofNullable(byOverride.get(ActorColumn.normalise(name)))
          .or(() -> ActorColumn.forHeader(name))
          .filter(c -> !columns.contains(Optional.of(c)));
      columns.add(column);
      names.add(name.strip());
      if (column.isEmpty()) {
        ignored.add(name.strip());
      }
    }
    if (!columns.contains(Optional.of(ActorColumn.NAME))) {
      throw new IllegalArgumentException(messages.text("csv.no-name-column", String.join(", ", names)));
    }
    return new Header(columns, names, ignored);
  }

  /**
   * One row: where it starts, the key of the name it holds, its cells by column, and the actor and
   * person they make, when the row could be read.
   */
  private record Row(long line, String nameKey, Map<ActorColumn, String> cells, Optional<ActorProfile> profile,
      Optional<ContactDetails> contact) {}

  private Row parseRow(long line, CSVRecord record, Header header, List<CsvProblem> problems) {
    int nameIndex = header.columns().indexOf(Optional.of(ActorColumn.NAME));
    String nameKey = nameIndex < record.size() ? Text.key(record.get(nameIndex)) : "";
    if (record.size() != header.columns().size()) {
      problems.add(CsvProblem.format(line, "", String.valueOf(record.size()), "csv.columns", messages, header.columns().size()));
      return new Row(line, nameKey, Map.of(), Optional.empty(), Optional.empty());
    }
    Map<ActorColumn, String> cells = new EnumMap<>(ActorColumn.class);
    for (int i = 0; i < record.size(); i++) {
      int index = i;
      header.columns().get(i).ifPresent(column -> cells.put(column, unguard(record.get(index))));
    }
    Cells row = new Cells(line, cells, header, problems);
    String name = row.get(ActorColumn.NAME, value -> Text.require(value, 1, 200, Rule.ACTOR_NAME_LENGTH));
    Optional<String> shortName = row.optional(ActorColumn.SHORT_NAME, value -> value);
    ActorKind kind = row.optional(ActorColumn.KIND, this::kind).orElse(ActorKind.OTHER);
    Optional<Cvr> cvr = row.optional(ActorColumn.CVR, Cvr::parse);
    Optional<Website> website = row.optional(ActorColumn.WEBSITE, Website::parse);
    Optional<String> region = row.optional(ActorColumn.REGION, value -> value);
    Optional<String> description = row.optional(ActorColumn.DESCRIPTION, value -> value);
    List<String> activities = row.optional(ActorColumn.ACTIVITIES,
        value -> Arrays.stream(value.split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList()).orElse(List.of());
    boolean rsv = row.optional(ActorColumn.RSV, this::yesNo).orElse(false);
    ActorProfile profile = row.build(ActorColumn.NAME, () -> new ActorProfile(
        name, shortName, kind, cvr, website, region, description, activities, Optional.empty(), rsv));
    Optional<ContactDetails> contact = contact(row);
    return row.failed
        ? new Row(line, nameKey, cells, Optional.empty(), Optional.empty())
        : new Row(line, nameKey, cells, Optional.of(profile), contact);
  }

  private Optional<ContactDetails> contact(Cells row) {
    boolean any = row.cells.entrySet().stream().anyMatch(e -> e.getKey().isContact() && !e.getValue().isBlank());
    if (!any) {
      return Optional.empty();
    }
    String name = row.get(ActorColumn.CONTACT_NAME, value -> Text.require(value, 1, 200, Rule.CONTACT_NAME_LENGTH));
    Optional<String> role = row.optional(ActorColumn.CONTACT_ROLE, value -> Text.require(value, 1, 200, Rule.CONTACT_ROLE_LENGTH));
    Optional<Email> email = row.optional(ActorColumn.CONTACT_EMAIL, Email::new);
    Optional<Phone> phone = row.optional(ActorColumn.CONTACT_PHONE, Phone::parse);
    return row.failed ? Optional.empty() : Optional.of(new ContactDetails(name, role, email, phone, basis));
  }

  /**
   * The cells of one row, each read by a function that may refuse it; a refusal becomes a problem
   * naming the cell's column, and the row is marked failed.
   */
  private final class Cells {
    private final long line;
    private final Map<ActorColumn, String> cells;
    private final Header header;
    private final List<CsvProblem> problems;
    private boolean failed;

    Cells(long line, Map<ActorColumn, String> cells, Header header, List<CsvProblem> problems) {
      this.line = line;
      this.cells = cells;
      this.header = header;
      this.problems = problems;
    }

    /** A required cell: a blank one is read too, so that it breaks the column's rule. */
    <T> T get(ActorColumn column, Function<String, T> read) {
      return attempt(column, cells.getOrDefault(column, ""), read).orElse(null);
    }

    <T> Optional<T> optional(ActorColumn column, Function<String, T> read) {
      String value = cells.getOrDefault(column, "");
      return value.isBlank() ? Optional.empty() : attempt(column, value, read);
    }

    /** Builds from cells read before; a refusal is put on {@code column}. Nothing is built after a failed cell. */
    <T> T build(ActorColumn column, Supplier<T> build) {
      return failed ? null : attempt(column, cells.getOrDefault(column, ""), value -> build.get()).orElse(null);
    }

    private <T> Optional<T> attempt(ActorColumn column, String value, Function<String, T> read) {
      CsvProblem problem;
      if (value.indexOf(NOT_UTF8) >= 0) {
        problem = CsvProblem.format(line, headerOf(column), value, "csv.encoding", messages);
      } else {
        try {
          return Optional.of(read.apply(value));
        } catch (DomainException e) {
          problem = CsvProblem.of(line, headerOf(column), e, messages);
        } catch (CsvValueException e) {
          problem = CsvProblem.format(line, headerOf(column), value, e.code, messages, e.arguments);
        }
      }
      failed = true;
      problems.add(problem);
      return Optional.empty();
    }

    private String headerOf(ActorColumn column) {
      int index = header.columns().indexOf(Optional.of(column));
      return index < 0 ? column.code() : header.names().get(index);
    }
  }

  /** A cell that is not a value the column takes, by a rule of the file format rather than of the model. */
  private static final class CsvValueException extends RuntimeException {
    private final String code;
    private final Object[] arguments;

    CsvValueException(String code, Object... arguments) {
      super(code, null, false, false);
      this.code = code;
      this.arguments = arguments;
    }
  }

  private ActorKind kind(String value) {
    ActorKind kind = kinds.get(ActorColumn.normalise(value));
    if (kind == null) {
      throw new CsvValueException("csv.kind", ActorCsvWriter.kindCodes());
    }
    return kind;
  }

  /** Each kind by its code and its Danish and English names. */
  private static Map<String, ActorKind> kinds() {
    Map<String, ActorKind> kinds = new HashMap<>();
    for (ActorKind kind : ActorKind.values()) {
      kinds.put(ActorColumn.normalise(kind.name()), kind);
      for (Language language : Language.values()) {
        kinds.put(ActorColumn.normalise(Messages.in(language).kind(kind)), kind);
      }
    }
    return Map.copyOf(kinds);
  }

  private boolean yesNo(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "ja", "yes", "true", "1", "x" -> true;
      case "nej", "no", "false", "0" -> false;
      default -> throw new CsvValueException("csv.yes-no");
    };
  }

  /** Undoes the export's guard against formulas: a quote before =, +, -, @, tab or CR. */
  static String unguard(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && ActorCsvWriter.isDangerous(cell.charAt(1)) ? cell.substring(1) : cell;
  }

  /**
   * Joins consecutive rows of the same actor into one entry. A following row must repeat the actor's
   * cells or leave them empty; one that differs is refused as a second actor of the same name. A bad
   * row (reported already) still counts as a row of the actor it names.
   */
  private final class Grouping {
    private final Consumer<Entry> entries;
    private final List<CsvProblem> problems;
    private final List<Long> lines = new ArrayList<>();
    private Row first;
    private String currentKey;
    private List<ContactDetails> contacts = new ArrayList<>();

    Grouping(Consumer<Entry> entries, List<CsvProblem> problems) {
      this.entries = entries;
      this.problems = problems;
    }

    void add(Row row) {
      if (row.nameKey().equals(currentKey)) {
        if (first != null && row.profile().isPresent()) {
          if (sameActor(first, row)) {
            row.contact().ifPresent(contacts::add);
          } else {
            problems.add(new CsvProblem(row.line(), ActorColumn.NAME.code(), row.profile().get().name(),
                Rule.ACTOR_NAME_DUPLICATE.code(), messages.text("rule." + Rule.ACTOR_NAME_DUPLICATE.code())));
          }
        }
        return;
      }
      end();
      currentKey = row.nameKey();
      first = row.profile().isPresent() ? row : null;
      contacts = new ArrayList<>();
      row.contact().ifPresent(contacts::add);
    }

    /** Hands on the actor of the rows so far, if it could be read. */
    void end() {
      if (first != null) {
        lines.add(first.line());
        entries.accept(new Entry(first.profile().orElseThrow(), contacts));
        first = null;
      }
    }
  }

  private static boolean sameActor(Row first, Row next) {
    return next.cells().entrySet().stream()
        .filter(e -> !e.getKey().isContact() && e.getKey() != ActorColumn.NAME && !e.getValue().isBlank())
        .allMatch(e -> e.getValue().strip().equals(first.cells().getOrDefault(e.getKey(), "").strip()));
  }
}
