package dk.kreds.application.port.in;

import dk.kreds.domain.meeting.Meeting;
import java.util.List;

/** Lists every meeting, earliest first: the organisers' dashboard. */
public interface ListMeetingsUseCase {

  /**
   * Every meeting of every circle, cancelled ones included, by start time.
   *
   * @return the meetings; changing them changes nothing stored
   */
  List<Meeting> listMeetings();
}
