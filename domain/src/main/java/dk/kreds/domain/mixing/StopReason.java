package dk.kreds.domain.mixing;

/** Why the search stopped. */
public enum StopReason {
  /** It reached the lower bound of the objective: no allocation can be better. */
  OPTIMAL,
  /** The time or iteration budget ran out; the best allocation found is returned. */
  BUDGET
}
