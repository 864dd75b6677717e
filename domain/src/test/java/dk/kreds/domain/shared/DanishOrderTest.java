package dk.kreds.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Danish collation: æ, ø, å after z, in that order; "Aa" with "Å". */
class DanishOrderTest {

  /** The Danish alphabet, in order. */
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzæøå";

  @Example
  void givenPlaceNames_whenSorting_thenDanishLettersAfterZAndAaSortedAsAring() {
    List<String> names = new ArrayList<>(List.of("Øresund", "Århus", "Zealand", "Æbeltoft", "Aalborg", "Odense", "Åbenrå"));

    names.sort(DanishOrder.texts());

    assertThat(names).containsExactly("Odense", "Zealand", "Æbeltoft", "Øresund", "Åbenrå", "Aalborg", "Århus");
  }

  @Example
  void givenPlaceNames_whenSortingOnTheirSortKeys_thenTheSameDanishOrder() {
    List<String> names = new ArrayList<>(List.of("Øresund", "Århus", "Zealand", "Æbeltoft", "Aalborg", "Odense", "Åbenrå"));

    names.sort(Comparator.comparing(DanishOrder::sortKey, Arrays::compareUnsigned));

    assertThat(names).containsExactly("Odense", "Zealand", "Æbeltoft", "Øresund", "Åbenrå", "Aalborg", "Århus");
  }

  @Example
  void givenThings_whenSortingByName_thenDanishOrderOfTheirNames() {
    record Named(String name) {}
    List<Named> things = new ArrayList<>(List.of(new Named("å"), new Named("z"), new Named("ø")));

    things.sort(DanishOrder.by(Named::name));

    assertThat(things).extracting(Named::name).containsExactly("z", "ø", "å");
  }

  @Property
  void wordsFromTheSameStemSortByTheLetterAfterIt(
      @ForAll("words") String stem, @ForAll("words") String z, @ForAll("words") String ae,
      @ForAll("words") String oe, @ForAll("words") String aa) {
    List<String> expected = List.of(stem + "z" + z, stem + "æ" + ae, stem + "ø" + oe, stem + "å" + aa);
    List<String> sorted = new ArrayList<>(expected);
    Collections.reverse(sorted);

    sorted.sort(DanishOrder.texts());

    assertThat(sorted).containsExactlyElementsOf(expected);
  }

  @Property
  void lowerCaseWordsSortAsTheDanishAlphabetSaysLetterByLetter(@ForAll("wordLists") List<String> words) {
    List<String> sorted = new ArrayList<>(words);

    sorted.sort(DanishOrder.texts());

    assertThat(sorted).isSortedAccordingTo(Comparator.comparing(DanishOrderTest::letterPositions, Arrays::compare));
  }

  @Property
  void sortingOnceCollatedKeysGivesTheOrderOfTheComparator(@ForAll("names") List<String> names) {
    List<String> compared = new ArrayList<>(names);
    compared.sort(DanishOrder.texts());

    assertThat(DanishOrder.sort(names, name -> name)).containsExactlyElementsOf(compared);
  }

  @Property
  void sortKeyBytesCompareUnsignedAsTheTextsCompare(@ForAll("name") String a, @ForAll("name") String b) {
    int bytes = Arrays.compareUnsigned(DanishOrder.sortKey(a), DanishOrder.sortKey(b));

    assertThat(Integer.signum(bytes)).isEqualTo(Integer.signum(DanishOrder.texts().compare(a, b)));
  }

  @Example
  void givenEqualNames_whenSortingOnce_thenTheirOrderIsKept() {
    record Named(String name, int position) {}
    List<Named> things = List.of(new Named("Ærø", 1), new Named("Aalborg", 2), new Named("Ærø", 3));

    assertThat(DanishOrder.sort(things, Named::name)).extracting(Named::position).containsExactly(1, 3, 2);
  }

  /** Names as people write them: both cases, Danish and other accented letters, "aa", digits and spaces. */
  @Provide
  Arbitrary<String> name() {
    return Arbitraries.strings().withChars("aAbBzZæÆøØåÅéüöä 0-.").ofMaxLength(10);
  }

  @Provide
  Arbitrary<List<String>> names() {
    return name().list().ofMaxSize(30);
  }

  /** Words of the Danish alphabet, without "aa" (which Danish reads as "å"). */
  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withChars(ALPHABET).ofMaxLength(8).filter(word -> !word.contains("aa"));
  }

  @Provide
  Arbitrary<List<String>> wordLists() {
    return words().list().ofMaxSize(20);
  }

  private static int[] letterPositions(String word) {
    return word.chars().map(ALPHABET::indexOf).toArray();
  }
}
