package dk.kreds.domain.field;

import static dk.kreds.domain.testdata.Actors.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ActorSummary;
import dk.kreds.domain.shared.DanishOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldOverviewTest {

  private static final Actor KOOPERATIONEN = actor(ActorProfile.of("Kooperationen", ActorKind.INTEREST_ORGANISATION)
      .withRegion("København").withActivities(List.of("rådgivning", "netværk")));
  private static final Actor SEID = actor(ActorProfile.of("Sociale Entreprenører i Danmark", ActorKind.NGO)
      .withRegion("København").withActivities(List.of("netværk", "Iværksætteri")).withRsv(true));
  private static final Actor FOND = actor(ActorProfile.of("Øko Fond", ActorKind.FUND)
      .withRegion("Aarhus").withActivities(List.of("finansiering", "Rådgivning")));
  private static final Actor ANDELSBO = actor(ActorProfile.of("Andelsbo", ActorKind.HOUSING_ASSOCIATION)
      .withActivities(List.of("netværk")));

  private static FieldOverview overview() {
    List<Actor> active = List.of(FOND, SEID, KOOPERATIONEN, ANDELSBO);
    return FieldOverview.of(DanishOrder.sort(active, Actor::name).stream().map(ActorSummary::of).toList());
  }

  @Test
  void givenActiveActors_whenOverviewing_thenEachCountsOnceAndRsvOnesAsSuch() {
    FieldOverview overview = overview();

    assertThat(overview.actors()).isEqualTo(4);
    assertThat(overview.rsv()).isEqualTo(1);
  }

  @Test
  void givenActors_whenOverviewingByKind_thenKindsInOrderAndNamesInDanishOrder() {
    assertThat(overview().byKind()).containsExactly(
        entry(ActorKind.INTEREST_ORGANISATION, List.of("Kooperationen")),
        entry(ActorKind.NGO, List.of("Sociale Entreprenører i Danmark")),
        entry(ActorKind.FUND, List.of("Øko Fond")),
        entry(ActorKind.HOUSING_ASSOCIATION, List.of("Andelsbo")));
  }

  @Test
  void givenActors_whenOverviewingByRegionAndActivity_thenCountedInDanishOrder() {
    FieldOverview overview = overview();

    assertThat(overview.byRegion()).containsExactly(entry("", 1), entry("København", 2), entry("Aarhus", 1));
    assertThat(overview.byActivity()).containsExactly(
        entry("finansiering", 1), entry("Iværksætteri", 1), entry("netværk", 3), entry("rådgivning", 2));
  }

  @Test
  void givenActivitiesSharedAcrossKinds_whenOverviewing_thenCommonInterestsMostWidelySharedFirst() {
    assertThat(overview().commonInterests()).containsExactly(
        new CommonInterest("netværk", List.of("Andelsbo", "Kooperationen", "Sociale Entreprenører i Danmark"), 3),
        new CommonInterest("rådgivning", List.of("Kooperationen", "Øko Fond"), 2));
  }
}
