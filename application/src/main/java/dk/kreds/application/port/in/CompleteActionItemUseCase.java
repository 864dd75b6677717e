package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.meeting.ActionItemId;
import dk.kreds.domain.meeting.MeetingId;

/** Marks an action item done today. */
public interface CompleteActionItemUseCase {

  void complete(Command command);

  /** What the use case needs. */
  record Command(MeetingId meeting, ActionItemId item) {
    public Command {
      requireNonNull(meeting, "meeting");
      requireNonNull(item, "item");
    }
  }
}
