package dk.kreds.domain.actor;

import static dk.kreds.domain.shared.Rule.CVR_CHECKSUM;
import static dk.kreds.domain.testdata.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The modulus-11 check digit of CVR numbers, for every seven-digit prefix. */
class CvrPropertyTest {

  @Property
  void theCheckDigitCompletesAValidCvrThatParsesFromItsSpacedForm(@ForAll("prefixesWithCheckDigit") String prefix) {
    String digits = prefix + Cvr.checkDigit(prefix);

    Cvr cvr = new Cvr(digits);

    assertThat(cvr.digits()).isEqualTo(digits);
    assertThat(Cvr.parse("DK " + spacedInPairs(digits))).isEqualTo(cvr);
  }

  @Property
  void anyOtherLastDigitIsRefused(
      @ForAll("prefixesWithCheckDigit") String prefix, @ForAll @IntRange(min = 1, max = 9) int offset) {
    int wrong = (Cvr.checkDigit(prefix) + offset) % 10;

    assertRefused(CVR_CHECKSUM, () -> new Cvr(prefix + wrong));
  }

  @Property
  void aPrefixWithoutCheckDigitHasNoValidLastDigit(
      @ForAll("prefixesWithoutCheckDigit") String prefix, @ForAll @IntRange(max = 9) int last) {
    assertRefused(CVR_CHECKSUM, () -> new Cvr(prefix + last));
  }

  @Provide
  Arbitrary<String> prefixesWithCheckDigit() {
    return prefixes().filter(prefix -> Cvr.checkDigit(prefix) >= 0);
  }

  @Provide
  Arbitrary<String> prefixesWithoutCheckDigit() {
    return prefixes().filter(prefix -> Cvr.checkDigit(prefix) < 0);
  }

  private static Arbitrary<String> prefixes() {
    return Arbitraries.integers().between(1_000_000, 9_999_999).map(String::valueOf);
  }

  /** "25313763" → "25 31 37 63". */
  private static String spacedInPairs(String digits) {
    return digits.replaceAll("(\\d{2})(?=\\d)", "$1 ");
  }
}
