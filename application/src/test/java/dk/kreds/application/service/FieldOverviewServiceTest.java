package dk.kreds.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.field.CommonInterest;
import dk.kreds.domain.field.FieldOverview;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The overview of the field: counts by kind, region and activity, and the interests shared across kinds. */
class FieldOverviewServiceTest {

  private final TestWorld world = new TestWorld();
  private FieldOverview overview;

  @BeforeEach
  void givenSevenActiveActorsAndOneArchived() {
    register("Kooperationen", ActorKind.INTEREST_ORGANISATION, "København", true, "rådgivning", "interessevaretagelse");
    register("Åbne Værksteder", ActorKind.NGO, "Århus", false, "Rådgivning", "netværk");
    register("Ærø Fond", ActorKind.FUND, "Ærø", false, "finansiering", "rådgivning");
    register("Zealand", ActorKind.EDUCATION, null, false, "uddannelse");
    register("Bornholms Netværk", ActorKind.NETWORK, "København", true, "netværk");
    register("Øko-Netværket", ActorKind.NGO, "Østjylland", false, "netværk", "økologi");
    register("Andelsgården", ActorKind.NGO, "Aabenraa", false, "rådgivning", "økologi");
    world.archive(world.actor(ActorProfile.of("CABI", ActorKind.PUBLIC_BODY).withRegion("Aarhus").withRsv(true)
        .withActivities(List.of("rådgivning", "beskæftigelse"))));

    overview = world.use.showFieldOverview().show();
  }

  @Test
  void givenArchivedActor_whenShowingTheOverview_thenOnlyActiveActorsAndTheirRsvAreCounted() {
    assertThat(overview.actors()).isEqualTo(7);
    assertThat(overview.rsv()).isEqualTo(2);
  }

  @Test
  void givenSeveralActorsOfAKind_whenShowingTheOverview_thenKindsInTheirOrderAndNamesInDanishOrder() {
    assertThat(overview.byKind()).containsExactly(
        entry(ActorKind.EDUCATION, List.of("Zealand")),
        entry(ActorKind.INTEREST_ORGANISATION, List.of("Kooperationen")),
        entry(ActorKind.NGO, List.of("Andelsgården", "Øko-Netværket", "Åbne Værksteder")),
        entry(ActorKind.FUND, List.of("Ærø Fond")),
        entry(ActorKind.NETWORK, List.of("Bornholms Netværk")));
  }

  @Test
  void givenRegionsWithAeOeAaAndNone_whenShowingTheOverview_thenCountedInDanishOrderWithoutRegionFirst() {
    assertThat(overview.byRegion()).containsExactly(
        entry("", 1), entry("København", 2), entry("Ærø", 1), entry("Østjylland", 1), entry("Aabenraa", 1), entry("Århus", 1));
  }

  @Test
  void givenActivitiesInOtherCase_whenShowingTheOverview_thenCountedAsOneInDanishOrder() {
    assertThat(overview.byActivity()).containsExactly(
        entry("finansiering", 1), entry("interessevaretagelse", 1), entry("netværk", 3), entry("rådgivning", 4),
        entry("uddannelse", 1), entry("økologi", 2));
  }

  @Test
  void givenActivitiesSharedWithinAndAcrossKinds_whenShowingTheOverview_thenOnlyThoseAcrossTwoOrMoreKindsMostSharedFirst() {
    assertThat(overview.commonInterests()).containsExactly(
        new CommonInterest("rådgivning", List.of("Andelsgården", "Kooperationen", "Ærø Fond", "Åbne Værksteder"), 3),
        new CommonInterest("netværk", List.of("Bornholms Netværk", "Øko-Netværket", "Åbne Værksteder"), 2));
    assertThat(overview.commonInterests()).extracting(CommonInterest::activity).doesNotContain("økologi", "beskæftigelse");
  }

  private void register(String name, ActorKind kind, String region, boolean rsv, String... activities) {
    world.actor(ActorProfile.of(name, kind).withRegion(region).withRsv(rsv).withActivities(List.of(activities)));
  }
}
