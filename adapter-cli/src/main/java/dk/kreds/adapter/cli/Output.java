package dk.kreds.adapter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * JSON and CSV for scripts, both from the same records: a list's CSV header is the record's component
 * names, its JSON the records themselves. Dates are ISO 8601; ids are whole; codes (kinds, statuses) are
 * the same in every language.
 */
final class Output {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  /** A cell a spreadsheet would run as a formula. */
  private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);

  private Output() {}

  static void json(PrintWriter out, Object value) {
    try {
      out.println(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code rows} as CSV: a header of {@code type}'s component names, then one line per row. A
   * list in a cell is joined with {@code "; "}. A cell that starts like a formula gets a leading
   * {@code '}, so a spreadsheet shows it as text.
   */
  static <R extends Record> void csv(PrintWriter out, Class<R> type, List<R> rows) {
    RecordComponent[] components = type.getRecordComponents();
    out.print(Stream.of(components).map(RecordComponent::getName).collect(Collectors.joining(",")) + "\r\n");
    for (R row : rows) {
      out.print(Stream.of(components).map(c -> cell(value(c, row))).collect(Collectors.joining(",")) + "\r\n");
    }
  }

  private static Object value(RecordComponent component, Record row) {
    try {
      return component.getAccessor().invoke(row);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
  }

  static String cell(Object value) {
    String text;
    if (value == null) {
      text = "";
    } else if (value instanceof Optional<?> optional) {
      return cell(optional.orElse(null));
    } else if (value instanceof Collection<?> list) {
      text = list.stream().map(String::valueOf).collect(Collectors.joining("; "));
    } else {
      text = value.toString();
    }
    if (FORMULA.matcher(text).matches()) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
        || !text.equals(text.strip())) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
