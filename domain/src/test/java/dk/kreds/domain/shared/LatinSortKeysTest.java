package dk.kreds.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The table's keys are the Danish collator's keys, byte for byte: stored keys made either way must agree. */
class LatinSortKeysTest {

  private static final Collator COLLATOR = danish();
  private static final LatinSortKeys TABLE = new LatinSortKeys(COLLATOR);

  private static Collator danish() {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("da-DK"));
    collator.setStrength(Collator.TERTIARY);
    return collator;
  }

  private static byte[] collators(String text) {
    return COLLATOR.getCollationKey(text).toByteArray();
  }

  /** Every printable Latin-1 character: the ones the table covers. */
  private static List<Character> covered() {
    List<Character> covered = new ArrayList<>();
    for (char c = ' '; c <= '\u00FF'; c++) {
      if (c < '\u007F' || c >= '\u00A0') {
        covered.add(c);
      }
    }
    return covered;
  }

  @Example
  void everyCoveredCharacterAndEveryPairOfThemGetsTheCollatorsKey() {
    List<String> differing = new ArrayList<>();
    for (char first : covered()) {
      check(String.valueOf(first), differing);
      for (char second : covered()) {
        check("" + first + second, differing);
      }
    }

    assertThat(differing).isEmpty();
  }

  @Example
  void everyTextOfUpToFourCharactersAroundTheAaContractionGetsTheCollatorsKey() {
    String around = "aAåÅbæ -\u00AD";
    List<String> texts = new ArrayList<>(List.of(""));
    List<String> differing = new ArrayList<>();
    for (int length = 1; length <= 4; length++) {
      List<String> longer = new ArrayList<>();
      for (String text : texts) {
        for (char c : around.toCharArray()) {
          longer.add(text + c);
          check(text + c, differing);
        }
      }
      texts = longer;
    }

    assertThat(differing).isEmpty();
  }

  private static void check(String text, List<String> differing) {
    if (!Arrays.equals(TABLE.key(text), collators(text))) {
      differing.add(text);
    }
  }

  @Property
  void namesOfCoveredCharactersGetTheCollatorsKey(@ForAll("latinNames") String name) {
    assertThat(TABLE.key(name)).isEqualTo(collators(name));
  }

  @Example
  void givenDanishNames_whenKeyed_thenTheCollatorsKeys() {
    for (String name : List.of("Socialøkonomisk aktør nr. 17", "Aalborg Frivilligcenter", "AAKJÆR & SØN ApS",
        "Ærø Naturskole", "Åbenrå Kommune", "Café Ünal", "Haaber", "")) {
      assertThat(TABLE.key(name)).as(name).isEqualTo(collators(name));
    }
  }

  @Example
  void givenATextWithACharacterBeyondLatin1OrAControlCharacter_whenKeyed_thenNoKeySoTheCollatorMakesIt() {
    for (String name : List.of("Łódź Partners", "Cafe\u0301", "Tab\there", "Euro €", "\u0085")) {
      assertThat(TABLE.key(name)).as(name).isNull();
      assertThat(DanishOrder.sortKey(name)).as(name).isEqualTo(collators(name));
    }
  }

  /** Printable Latin-1, with the letters of the "aa" contraction and ignorable characters often. */
  @Provide
  Arbitrary<String> latinNames() {
    return Arbitraries.oneOf(Arbitraries.chars().range(' ', '~'), Arbitraries.chars().range('\u00A0', '\u00FF'),
        Arbitraries.chars().with('a', 'A', 'å', '-', ' ', '\u00AD')).list().ofMaxSize(40)
        .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
  }
}
