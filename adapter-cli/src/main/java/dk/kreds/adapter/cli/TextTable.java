package dk.kreds.adapter.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A table for people: columns aligned by the characters a reader sees, two spaces apart, a header line. */
final class TextTable {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<String> headers) {
    this.headers = List.copyOf(headers);
  }

  /** Adds a row; {@code null} prints as nothing. */
  TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + headers.size() + " columns");
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(cell == null ? "" : cell.toString().replaceAll("\\s+", " "));
    }
    rows.add(row);
    return this;
  }

  void print(PrintWriter out) {
    int[] widths = new int[headers.size()];
    for (List<String> row : allRows()) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], length(row.get(i)));
      }
    }
    for (List<String> row : allRows()) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(row.get(i));
        if (i < row.size() - 1) {
          line.append(" ".repeat(widths[i] - length(row.get(i)) + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private List<List<String>> allRows() {
    List<List<String>> all = new ArrayList<>();
    all.add(headers);
    all.addAll(rows);
    return all;
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
