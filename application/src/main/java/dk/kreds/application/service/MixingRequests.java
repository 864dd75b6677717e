package dk.kreds.application.service;

import dk.kreds.application.port.out.ActorRepository;
import dk.kreds.application.port.out.MeetingRepository;
import dk.kreds.application.port.out.Ports;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.DialogueGroup;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.mixing.Encounter;
import dk.kreds.domain.mixing.GroupShape;
import dk.kreds.domain.mixing.MixingRequest;
import dk.kreds.domain.mixing.Participant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds what the dialogue mixer needs from a meeting: its present actors with their kinds and regions,
 * and who sat together in the dialogue groups of the circle's earlier meetings, and when.
 */
final class MixingRequests {

  /** Forming one round's groups without members stops after so many search steps: the same groups every time. */
  static final long FORM_STEPS = 2_000;

  private final ActorRepository actors;
  private final MeetingRepository meetings;

  MixingRequests(Ports ports) {
    this.actors = ports.actors();
    this.meetings = ports.meetings();
  }

  /** The present actors of {@code meeting} in groups of this shape for so many rounds, with the circle's history. */
  MixingRequest request(Meeting meeting, GroupShape shape, int rounds) {
    List<ActorId> present = meeting.presentActors();
    Map<ActorId, Actor> known = actors.findAllById(present).stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    List<Participant> participants = present.stream()
        .map(id -> new Participant(id, known.get(id).kind(), known.get(id).profile().region(), Optional.empty()))
        .toList();
    LocalDate day = meeting.time().date();
    return MixingRequest.of(participants, shape, rounds, day).withHistory(history(meeting, day));
  }

  /** Groups 1, 2, 3 … of the dialogue round at agenda position {@code round}, with these members. */
  static List<DialogueGroup> numbered(int round, List<List<ActorId>> members) {
    List<DialogueGroup> groups = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      groups.add(new DialogueGroup(round, i + 1, members.get(i), Optional.empty(), List.of()));
    }
    return groups;
  }

  /** Every pair who shared a dialogue group at an earlier meeting of the same circle. */
  private List<Encounter> history(Meeting meeting, LocalDate day) {
    List<Encounter> encounters = new ArrayList<>();
    for (Meeting earlier : meetings.findByCircle(meeting.circle())) {
      LocalDate on = earlier.time().date();
      if (earlier.id().equals(meeting.id()) || !on.isBefore(day)) {
        continue;
      }
      for (DialogueGroup group : earlier.groups()) {
        List<ActorId> members = group.members();
        for (int a = 0; a < members.size(); a++) {
          for (int b = a + 1; b < members.size(); b++) {
            encounters.add(new Encounter(members.get(a), members.get(b), on));
          }
        }
      }
    }
    return encounters;
  }
}
