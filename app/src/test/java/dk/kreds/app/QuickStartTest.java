package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.render.Language;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void givenTheLanguageOption_whenGuessingTheLanguage_thenItWinsInEitherSpelling() {
    assertThat(QuickStart.languageOf(new String[] {"--lang", "en", "actor", "list"})).isEqualTo(Language.EN);
    assertThat(QuickStart.languageOf(new String[] {"actor", "list", "--lang=en"})).isEqualTo(Language.EN);
    assertThat(QuickStart.languageOf(new String[] {"--lang", "da", "actor", "list"})).isEqualTo(Language.DA);
  }

  @Test
  void givenAnUnknownLanguage_whenGuessing_thenDanishAndPicocliRefusesItLater() {
    assertThat(QuickStart.languageOf(new String[] {"--lang", "fr", "demo"})).isEqualTo(Language.DA);
  }

  @Test
  void givenHelpOrNothing_whenAskedWhetherTheStorageMayOpen_thenNo() {
    assertThat(QuickStart.mayOpenStorage(new String[] {})).isFalse();
    assertThat(QuickStart.mayOpenStorage(new String[] {"--help"})).isFalse();
    assertThat(QuickStart.mayOpenStorage(new String[] {"meeting", "show", "-h"})).isFalse();
    assertThat(QuickStart.mayOpenStorage(new String[] {"completion", "bash"})).isFalse();
    assertThat(QuickStart.mayOpenStorage(new String[] {"meeting", "show", "Stormøde"})).isTrue();
  }
}
