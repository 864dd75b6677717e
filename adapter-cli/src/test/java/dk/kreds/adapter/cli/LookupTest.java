package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

/** Naming actors by id, the start of an id, name or short name; exact names win over parts of names. */
class LookupTest {

  private final UseCases use = Cli.useCases();
  private final ActorId kbh = register(ActorProfile.of("KBH+", ActorKind.NETWORK));
  private final ActorId kbhPlus = register(ActorProfile.of("KBH+ Rådgivning", ActorKind.ENTERPRISE));
  private final ActorId cbs = register(ActorProfile.of("CBS Social Entrepreneurship", ActorKind.EDUCATION).withShortName("CBS"));
  private final Lookup lookup = new Lookup(use);

  private ActorId register(ActorProfile profile) {
    return use.registerActor().register(new RegisterActorUseCase.Command(profile));
  }

  @Test
  void givenAnExactName_whenItIsAlsoPartOfAnother_thenTheExactOneIsFound() {
    assertThat(lookup.actor("  kbh+ ")).isEqualTo(kbh);
    assertThat(lookup.actor("cbs")).isEqualTo(cbs);
    assertThat(lookup.actor("rådgivning")).isEqualTo(kbhPlus);
  }

  @Test
  void givenAnIdOrItsStart_whenLookingUp_thenThatActor() {
    assertThat(lookup.actor(cbs.toString())).isEqualTo(cbs);
    assertThat(lookup.actor(cbs.toString().substring(0, 8))).isEqualTo(cbs);
  }

  @Test
  void givenAPartOfTwoNames_whenLookingUp_thenAmbiguousWithBothAsCandidates() {
    assertThatThrownBy(() -> lookup.actor("kbh"))
        .isInstanceOfSatisfying(AmbiguousReferenceException.class, e -> {
          assertThat(e.entity()).isEqualTo("actor");
          assertThat(e.candidates()).containsExactly(
              Ids.shorten(kbh) + "  KBH+", Ids.shorten(kbhPlus) + "  KBH+ Rådgivning");
        });
  }

  @Test
  void givenNothingThatFits_whenLookingUp_thenNotFoundNamingWhatWasTyped() {
    assertThatThrownBy(() -> lookup.actor("Kooperationen"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.value()).isEqualTo("Kooperationen"));
    assertThatThrownBy(() -> lookup.circle("Kredsen")).isInstanceOf(NotFoundException.class);
  }
}
