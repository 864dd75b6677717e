package dk.kreds.adapter.cli;

import dk.kreds.application.render.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One thing shown to people: a label per line, values aligned; empty values are left out. */
final class Details {

  private final Messages messages;
  private final List<String[]> lines = new ArrayList<>();

  Details(Messages messages) {
    this.messages = messages;
  }

  /** Adds the value under the label {@code key}; an empty {@link Optional} or text adds nothing. */
  Details line(String key, Object value) {
    Object shown = value instanceof Optional<?> optional ? optional.orElse(null) : value;
    if (shown != null && !shown.toString().isBlank()) {
      lines.add(new String[] {messages.text(key) + ":", shown.toString()});
    }
    return this;
  }

  void print(PrintWriter out) {
    int width = lines.stream().mapToInt(line -> line[0].codePointCount(0, line[0].length())).max().orElse(0);
    for (String[] line : lines) {
      out.println(line[0] + " ".repeat(width - line[0].codePointCount(0, line[0].length()) + 1) + line[1]);
    }
  }
}
