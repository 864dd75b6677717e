package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV and tables: what a spreadsheet and a reader get. */
class OutputTest {

  record Row(String name, List<String> tags, Integer count) {}

  @Test
  void givenCellsWithSeparatorsQuotesAndFormulas_whenWritingCsv_thenQuotedAndNeutralised() {
    StringWriter out = new StringWriter();

    Output.csv(new PrintWriter(out, true), Row.class, List.of(
        new Row("Æble, pære & co", List.of("a", "b"), 3),
        new Row("=HYPERLINK(\"x\")", List.of(), null),
        new Row("-2", List.of("@home"), 0),
        new Row(" space ", List.of("linje\nto"), 1)));

    assertThat(out.toString()).isEqualTo("name,tags,count\r\n"
        + "\"Æble, pære & co\",a; b,3\r\n"
        + "\"'=HYPERLINK(\"\"x\"\")\",,\r\n"
        + "'-2,'@home,0\r\n"
        + "\" space \",\"linje\nto\",1\r\n");
  }

  @Test
  void givenDanishLettersAndEmptyCells_whenPrintingATable_thenColumnsAlignAndNoLineEndsInSpaces() {
    StringWriter out = new StringWriter();

    new TextTable(List.of("Navn", "Område", "Note")).row("Øresund", "Århus", null).row("KBH+", "", "x").print(new PrintWriter(out, true));

    assertThat(out.toString().lines().toList()).containsExactly(
        "Navn     Område  Note",
        "Øresund  Århus",
        "KBH+             x");
  }
}
