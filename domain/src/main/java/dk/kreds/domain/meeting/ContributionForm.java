package dk.kreds.domain.meeting;

/** How a contribution reached the meeting. */
public enum ContributionForm {
  /** Sent in writing, typically by an invitee who could not come (skriftligt bidrag). */
  WRITTEN,
  /** Given in the room, e.g. in the presentation round. */
  ORAL
}
