package dk.kreds.domain.meeting;

/**
 * Where a meeting is in its life: planned → invitations out → held → written up → published, or
 * cancelled before it is held. A published write-up goes back to written up only as a new revision.
 */
public enum MeetingStatus {
  PLANNED,
  INVITATIONS_OUT,
  HELD,
  WRITTEN_UP,
  PUBLISHED,
  CANCELLED
}
