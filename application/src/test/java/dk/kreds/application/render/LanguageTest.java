package dk.kreds.application.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which language tags Kreds understands. */
class LanguageTest {

  @ParameterizedTest
  @CsvSource({"da, DA", "DA, DA", "da-DK, DA", "en, EN", "en-GB, EN", "EN_us, EN", "' en ', EN"})
  void givenDanishOrEnglishTagInAnyCase_whenParsing_thenThatLanguage(String tag, Language expected) {
    assertThat(Language.parse(tag)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "de-DE", "", "dansk"})
  void givenOtherLanguage_whenParsing_thenRefusedNamingTheTag(String tag) {
    assertThatIllegalArgumentException().isThrownBy(() -> Language.parse(tag)).withMessageContaining("'" + tag + "'");
  }
}
