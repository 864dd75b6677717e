package dk.kreds.domain.mixing;

import dk.kreds.domain.actor.ActorId;
import java.util.List;

/**
 * The dialogue groups of every round, with their quality and how the search ended.
 *
 * @param rounds per round, the groups in order, each a list of actors
 * @param quality the recounted quality
 * @param stoppedBy whether the search proved the allocation optimal or ran out of budget
 * @param millis how long the search took
 */
public record Mixing(List<List<List<ActorId>>> rounds, MixingQuality quality, StopReason stoppedBy, long millis) {

  public Mixing {
    rounds = rounds.stream().map(groups -> groups.stream().map(List::copyOf).toList()).toList();
  }
}
