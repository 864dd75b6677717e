package dk.kreds.application.port.in;

import dk.kreds.domain.shared.RuleViolation;

/**
 * Builds the reference scenario, the Stormøde of 25 November 2014, through the use cases: 22 actors
 * invited, 15 present, 7 written contributions, three dialogue groups, the decision to meet every half
 * year, the follow-up, the working group and the channel. Where the source is silent the data is
 * illustrative, and {@link ReferenceScenario#illustrative()} says what.
 */
public interface LoadReferenceScenarioUseCase {

  /**
   * Loads the scenario into the store in one transaction, on a clock that walks from October 2014
   * to the published write-up in December.
   *
   * When the store holds the scenario already (its circle and the meeting of 25 November 2014), that
   * one is returned and nothing is written, so the demo can run again on the same database.
   *
   * @return the circle and the meeting loaded or found, and what is illustrative
   * @throws RuleViolation {@code actor.name.duplicate} when the store holds some of the scenario's
   *     actors but not the scenario itself; nothing is loaded then
   */
  ReferenceScenario load();
}
