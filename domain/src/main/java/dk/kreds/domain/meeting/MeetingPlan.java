package dk.kreds.domain.meeting;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import dk.kreds.domain.shared.Text;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * What is decided when a meeting is planned.
 *
 * @param title e.g. "Stormøde for aktører i det socialøkonomiske felt", 1–200 characters
 * @param time when it starts and ends
 * @param venue where it is held
 * @param purpose why the conveners call it, at most 4,000 characters
 * @param conveners the actors who call the meeting (indkaldere), at least one
 * @param agenda the rounds, in order
 * @param writeUpDue the day the write-up (sammenskrivning) is promised by, not before the meeting
 */
public record MeetingPlan(
    String title,
    MeetingTime time,
    Venue venue,
    Optional<String> purpose,
    List<ActorId> conveners,
    List<Round> agenda,
    Optional<LocalDate> writeUpDue) {

  public MeetingPlan {
    title = Text.require(title, 1, 200, Rule.MEETING_TITLE_LENGTH);
    requireNonNull(time, "time");
    requireNonNull(venue, "venue");
    purpose = Text.optional(purpose.orElse(null), 4_000, Rule.MEETING_PURPOSE_LENGTH);
    conveners = List.copyOf(conveners);
    RuleViolation.require(!conveners.isEmpty(), Rule.MEETING_CONVENERS_EMPTY, "");
    RuleViolation.require(new HashSet<>(conveners).size() == conveners.size(), Rule.MEETING_CONVENER_DUPLICATE, conveners);
    agenda = List.copyOf(agenda);
    requireNonNull(writeUpDue, "writeUpDue");
    writeUpDue.ifPresent(due -> requireDueNotBefore(due, time));
  }

  static void requireDueNotBefore(LocalDate due, MeetingTime time) {
    RuleViolation.require(!due.isBefore(time.date()), Rule.WRITE_UP_DUE_BEFORE_MEETING, due);
  }

  MeetingPlan withWriteUpDue(LocalDate due) {
    return new MeetingPlan(title, time, venue, purpose, conveners, agenda, Optional.of(due));
  }
}
