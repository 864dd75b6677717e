package dk.kreds.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.UpdateActorUseCase;
import dk.kreds.application.port.out.contract.StoredState;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** However actors are registered and renamed, no two end up with the same name key. */
class ActorNameKeyPropertyTest {

  /** Register a name, or rename the n-th registered actor (modulo how many there are). */
  record Step(boolean register, int target, String name) {}

  @Property(tries = 300)
  void givenAnySequenceOfRegistrationsAndRenames_whenApplied_thenNoTwoActorsShareANameKey(
      @ForAll("steps") @Size(max = 25) List<Step> steps) {
    TestWorld world = new TestWorld();
    List<ActorId> registered = new ArrayList<>();
    for (Step step : steps) {
      StoredState before = StoredState.of(world.ports);
      try {
        apply(world, registered, step);
      } catch (RuleViolation refused) {
        assertThat(refused.rule()).isIn(Rule.ACTOR_NAME_DUPLICATE, Rule.ACTOR_NAME_LENGTH);
        assertThat(StoredState.of(world.ports)).isEqualTo(before);
      }
    }

    List<String> keys = world.ports.actors().findAll().stream().map(a -> a.profile().nameKey()).toList();
    assertThat(keys).doesNotHaveDuplicates().hasSameSizeAs(registered);
  }

  private static void apply(TestWorld world, List<ActorId> registered, Step step) {
    ActorProfile profile = ActorProfile.of(step.name(), ActorKind.NGO);
    if (step.register() || registered.isEmpty()) {
      registered.add(world.actor(profile));
    } else {
      ActorId target = registered.get(step.target() % registered.size());
      world.use.updateActor().update(new UpdateActorUseCase.Command(target, profile));
    }
  }

  /** Short names over a few letters that collide often: case, spacing, and å typed as a + ring. */
  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<String> names = Arbitraries.strings().withChars('a', 'A', 'æ', 'Æ', 'å', 'Å', ' ', '\u030A')
        .ofMinLength(1).ofMaxLength(4);
    Arbitrary<Step> step = Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 30), names)
        .as(Step::new);
    return step.list();
  }

  @Property(tries = 100)
  void givenTwoSpellingsOfOneName_whenRegisteringBoth_thenTheSecondIsRefused(@ForAll("spellings") List<String> pair) {
    TestWorld world = new TestWorld();
    world.actor(pair.get(0));

    world.assertRefused(Rule.ACTOR_NAME_DUPLICATE, () -> world.actor(pair.get(1)));
    assertThat(world.ports.actors().findAll()).extracting(Actor::name).hasSize(1);
  }

  /** A name and the same name with other case, extra spaces around and within, or å written as a + ring. */
  @Provide
  Arbitrary<List<String>> spellings() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abcæøåABCÆØÅ").ofMinLength(1).ofMaxLength(8);
    return Combinators.combine(word, word).as((first, second) -> first + " " + second)
        .flatMap(name -> Arbitraries.of(
            List.of(name, "  " + name.toUpperCase(Locale.ROOT) + " "),
            List.of(name, name.replace(" ", "   ")),
            List.of(name, name.toLowerCase(Locale.ROOT).replace("å", "a\u030A"))));
  }
}
