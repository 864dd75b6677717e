package dk.kreds.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.domain.account.AccountRulesTest;
import dk.kreds.domain.actor.ActorRulesTest;
import dk.kreds.domain.circle.CircleRulesTest;
import dk.kreds.domain.meeting.DialogueGroupRulesTest;
import dk.kreds.domain.meeting.InvitationRulesTest;
import dk.kreds.domain.meeting.MeetingPlanRulesTest;
import dk.kreds.domain.meeting.MeetingRestoreTest;
import dk.kreds.domain.meeting.OutcomeRulesTest;
import dk.kreds.domain.mixing.MixingRulesTest;
import dk.kreds.domain.shared.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Guards the rule book: every {@link Rule} has at least one {@link RuleCase} that breaks it through the
 * public API. The cases run in their packages' {@code *RulesTest} classes; a new rule fails this test
 * until a case breaks it. A rule that nothing can break is dead and should go.
 */
class RuleCatalogueTest {

  private static final List<List<RuleCase>> RULE_BOOKS = List.of(
      ActorRulesTest.cases(),
      CircleRulesTest.cases(),
      MeetingPlanRulesTest.cases(),
      InvitationRulesTest.cases(),
      DialogueGroupRulesTest.cases(),
      OutcomeRulesTest.cases(),
      MeetingRestoreTest.cases(),
      MixingRulesTest.cases(),
      AccountRulesTest.cases());

  @Test
  void everyRuleHasACaseThatBreaksIt() {
    EnumSet<Rule> broken = RULE_BOOKS.stream().flatMap(List::stream).map(RuleCase::rule)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));

    assertThat(EnumSet.complementOf(broken)).as("rules no case breaks").isEmpty();
  }

  @Test
  void everyScenarioIsNamedOnceAsGivenWhenThen() {
    List<String> scenarios = RULE_BOOKS.stream().flatMap(List::stream).map(RuleCase::scenario).toList();

    assertThat(scenarios).doesNotHaveDuplicates().allMatch(name -> name.matches("given[A-Z0-9]\\w*_when[A-Z]\\w*_then[A-Z]\\w*"));
  }
}
