package dk.kreds.application.port.in;

/**
 * Builds the reference scenario, the Stormøde of 25 November 2014, through the use cases: 22 actors
 * invited, 15 present, 7 written contributions, three dialogue groups, the decision to meet every half
 * year, the follow-up, the working group and the channel. Where the source is silent the data is
 * illustrative, and {@link ReferenceScenario#illustrative()} says what.
 */
public interface LoadReferenceScenarioUseCase {

  ReferenceScenario load();
}
