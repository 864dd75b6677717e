package dk.kreds.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

  @Test
  void givenNothing_whenCleaning_thenEmpty() {
    assertThat(Text.clean(null)).isEmpty();
  }

  @Test
  void givenTextOfDecomposedLetters_whenCheckingLength_thenCountedComposed() {
    assertThat(Text.require("a\u030A".repeat(3), 1, 3, Rule.ACTOR_NAME_LENGTH)).isEqualTo("ååå");
  }

  @ParameterizedTest(name = "''{0}'' ~ ''{1}''")
  @CsvSource({
      "Æble, ' æble'",
      "Sociale Entreprenører i Danmark, ' sociale  entreprenører   i danmark '",
      "KBH+, kbh+"})
  void givenNamesDifferingInCaseAndSpacing_whenKeyed_thenSameKey(String one, String other) {
    assertThat(Text.key(one)).isEqualTo(Text.key(other));
  }

  @Test
  void givenNamesDifferingInLetters_whenKeyed_thenDifferentKeys() {
    assertThat(Text.key("Aarhus")).isNotEqualTo(Text.key("Århus"));
  }

  @Test
  void givenTagWithLineBreakAndTabs_whenMadeOneLine_thenOneSpaceForEachRun() {
    assertThat(Text.oneLine(" social\r\n\tøkonomi ")).isEqualTo("social økonomi");
  }

  @Property
  void givenAnyText_whenMadeOneLine_thenEveryRunOfWhiteSpaceIsOneSpace(
      @ForAll @Chars({' ', '\t', '\n', '\r', '\f', 'a', 'Æ', 'ø', '\u030A', '-'}) @StringLength(max = 12) String raw) {
    String expected = Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");

    assertThat(Text.oneLine(raw)).isEqualTo(expected);
  }

  @Test
  void givenDecomposedText_whenCleaned_thenComposed() {
    assertThat(Text.clean(" A\u030Arhus ")).isEqualTo("Århus");
  }
}
