package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class TextTableTest {

  @Property
  void givenAnyText_whenMadeOneLine_thenAsTheRegexWouldMakeIt(
      @ForAll @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', 'a', 'æ', '-'}) String text) {
    assertThat(TextTable.oneLine(text)).isEqualTo(text.replaceAll("\\s+", " "));
  }

  @Test
  void givenACellWithLineBreaks_whenPrinted_thenItStaysOnItsRowAndTheColumnsAlign() {
    StringWriter out = new StringWriter();
    new TextTable(List.of("Navn", "Region")).row("Café\n  Æblehaven", "Fyn").row("KBH+", null)
        .print(new PrintWriter(out, true));

    assertThat(out.toString().split(System.lineSeparator()))
        .containsExactly("Navn            Region", "Café Æblehaven  Fyn", "KBH+");
  }
}
