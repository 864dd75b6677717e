package dk.kreds.adapter.web;

import java.util.List;
import java.util.stream.Collectors;

/** CSV for spreadsheets (RFC 4180): every cell quoted, and a cell a spreadsheet would run as a formula kept as text. */
final class Csv {

  private Csv() {}

  /** One row, ended by CRLF. */
  static String row(List<String> cells) {
    return cells.stream().map(Csv::cell).collect(Collectors.joining(",", "", "\r\n"));
  }

  private static String cell(String value) {
    String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
