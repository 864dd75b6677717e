package dk.kreds.domain.meeting;

/** How a decision was reached. */
public enum DecisionKind {
  /** Everyone agreed (enighed). */
  CONSENSUS,
  /** Most agreed. */
  MAJORITY,
  /** Noted without a decision. */
  NOTED
}
