package dk.kreds.adapter.cli;

import dk.kreds.application.render.Messages;
import dk.kreds.domain.shared.DomainException;
import dk.kreds.domain.shared.NotFoundException;

/**
 * What is wrong with one row of a CSV file: where, the value as it stood, and the rule it breaks.
 *
 * @param line the line of the file the row starts on, counting the header as line 1
 * @param column the column's header as the file spells it
 * @param value the offending value
 * @param code the rule's code, e.g. {@code actor.cvr.checksum} or {@code csv.columns}
 * @param rule what the rule asks, in the reader's language
 */
record CsvProblem(long line, String column, String value, String code, String rule) {

  /** A broken rule of the model, in {@code messages}' language. */
  static CsvProblem of(long line, String column, DomainException e, Messages messages) {
    String rule = e instanceof NotFoundException
        ? messages.text("error.not-found", messages.text("entity." + e.field()), e.value())
        : messages.text("rule." + e.code());
    return new CsvProblem(line, column, e.value(), e.code(), rule);
  }

  /** A rule of the file format ({@code csv.…}), in {@code messages}' language. */
  static CsvProblem format(long line, String column, String value, String code, Messages messages, Object... arguments) {
    return new CsvProblem(line, column, value, code, messages.text("rule." + code, arguments));
  }

  /** One line of the report, e.g. {@code line 7, column cvr, value '12345678': … [actor.cvr.checksum]}. */
  String describe(Messages messages) {
    return messages.text("csv.problem", line, column, value, rule, code);
  }
}
