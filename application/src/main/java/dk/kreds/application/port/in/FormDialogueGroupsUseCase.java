package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.DialogueGroup;
import dk.kreds.domain.meeting.MeetingId;
import java.util.List;
import java.util.Optional;

/** Forms the groups of a dialogue round: as given, or a balanced split of the present actors. */
public interface FormDialogueGroupsUseCase {

  List<DialogueGroup> form(Command command);

  /** The meeting, the agenda position of its dialogue round, and the groups' members (empty: split evenly). */
  record Command(MeetingId meeting, int round, Optional<List<List<ActorId>>> members) {
    public Command {
      requireNonNull(meeting, "meeting");
      members = members.map(groups -> groups.stream().map(List::copyOf).toList());
    }
  }
}
