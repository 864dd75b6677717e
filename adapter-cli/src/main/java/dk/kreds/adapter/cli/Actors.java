package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every actor by id, archived ones too, for commands that show names next to ids. */
final class Actors {

  private Actors() {}

  static Map<ActorId, Actor> byId(UseCases use) {
    Map<ActorId, Actor> byId = new LinkedHashMap<>();
    use.listActors().list(new ListActorsUseCase.Command(true)).forEach(actor -> byId.put(actor.id(), actor));
    return byId;
  }
}
