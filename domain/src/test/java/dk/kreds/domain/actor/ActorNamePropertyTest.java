package dk.kreds.domain.actor;

import static dk.kreds.domain.shared.Rule.ACTOR_NAME_DUPLICATE;
import static dk.kreds.domain.testdata.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.domain.testdata.Actors;
import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Names with æ, ø and å are kept in NFC form and compared ignoring case, spacing and normalisation. */
class ActorNamePropertyTest {

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ";

  @Property
  void aDecomposedNameIsKeptComposed(@ForAll("names") String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);

    assertThat(ActorProfile.of(decomposed, ActorKind.NGO).name()).isEqualTo(name);
  }

  @Property
  void theNameKeyIgnoresCaseSpacingAndNormalisation(
      @ForAll("names") String name,
      @ForAll @IntRange(min = 1, max = 3) int spaces,
      @ForAll boolean upperCase,
      @ForAll boolean decomposed) {
    String typed = typedAs(name, spaces, upperCase, decomposed);

    assertThat(ActorProfile.of(typed, ActorKind.NGO).nameKey()).isEqualTo(ActorProfile.of(name, ActorKind.NGO).nameKey());
    Actor registered = Actor.register(Actors.id("registered"), ActorProfile.of(name, ActorKind.FUND));
    Actor newcomer = Actor.register(Actors.id("newcomer"), ActorProfile.of(typed, ActorKind.NGO));
    assertRefused(ACTOR_NAME_DUPLICATE, () -> newcomer.requireDistinctFrom(registered));
  }

  @Example
  void givenDecomposedRing_whenNaming_thenOneComposedLetter() {
    ActorProfile profile = ActorProfile.of("Socialøkonomi Nordjylland i A\u030Arhus", ActorKind.NETWORK);

    assertThat(profile.name()).isEqualTo("Socialøkonomi Nordjylland i Århus");
  }

  @Example
  void givenDecomposedNameOf200Letters_whenNaming_thenWithinTheLimitOfItsComposedForm() {
    String decomposed = "a\u030A".repeat(200);

    assertThat(ActorProfile.of(decomposed, ActorKind.NGO).name()).isEqualTo("å".repeat(200));
  }

  /** {@code name} as someone might type it: padded, words {@code spaces} apart (the widest with a tab), in one case. */
  private static String typedAs(String name, int spaces, boolean upperCase, boolean decomposed) {
    String gap = spaces == 3 ? " \t " : " ".repeat(spaces);
    String padded = " " + name.replace(" ", gap) + "  ";
    String cased = upperCase ? padded.toUpperCase(Locale.ROOT) : padded.toLowerCase(Locale.ROOT);
    return Normalizer.normalize(cased, decomposed ? Normalizer.Form.NFD : Normalizer.Form.NFC);
  }

  /** One to four words of Danish letters, single-spaced: a name as it is kept. */
  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(12)
        .list().ofMinSize(1).ofMaxSize(4)
        .map(words -> String.join(" ", words));
  }
}
