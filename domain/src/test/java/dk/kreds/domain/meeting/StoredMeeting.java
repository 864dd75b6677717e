package dk.kreds.domain.meeting;

import java.util.List;

/** A meeting's stored state with parts replaced, as a faulty or tampered store might hand it back. */
final class StoredMeeting {

  private StoredMeeting() {}

  static Meeting.State stored(
      Meeting.State s, int revision, List<Invitation> invitations, List<Contribution> contributions, List<DialogueGroup> groups) {
    return new Meeting.State(
        s.id(), s.version(), s.circle(), s.plan(), s.status(), revision, s.publishedOn(), invitations, contributions, groups,
        s.plenaryChallenges(), s.decisions(), s.actionItems(), s.followUp());
  }
}
