package dk.kreds.domain.meeting;

/** Whether an invited actor came on the day (fremmøde). */
public enum Attendance {
  /** Not recorded yet. */
  UNRECORDED,
  PRESENT,
  ABSENT
}
