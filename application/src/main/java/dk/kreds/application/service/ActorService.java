package dk.kreds.application.service;

import dk.kreds.application.port.in.ArchiveActorUseCase;
import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.ShowActorUseCase;
import dk.kreds.application.port.in.UpdateActorUseCase;
import dk.kreds.application.port.out.ActorRepository;
import dk.kreds.application.port.out.UnitOfWork;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorListing;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.shared.DanishOrder;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Registers, changes, archives and lists the actors of the field. */
public final class ActorService
    implements RegisterActorUseCase, UpdateActorUseCase, ArchiveActorUseCase, ListActorsUseCase, ShowActorUseCase {

  private final ActorRepository actors;
  private final UnitOfWork unitOfWork;
  private final Changes<ActorId, Actor> changes;

  public ActorService(ActorRepository actors, UnitOfWork unitOfWork) {
    this.actors = actors;
    this.unitOfWork = unitOfWork;
    this.changes = new Changes<>(unitOfWork, actors::get, actors::save);
  }

  @Override
  public ActorId register(RegisterActorUseCase.Command command) {
    return unitOfWork.inTransaction(() -> {
      Actor actor = Actor.register(actors.nextId(), command.profile());
      requireFitsTheField(actor);
      actors.save(actor);
      return actor.id();
    });
  }

  @Override
  public void update(UpdateActorUseCase.Command command) {
    changes.run(command.actor(), actor -> {
      actor.changeProfile(command.profile());
      requireFitsTheField(actor);
    });
  }

  @Override
  public void archive(ArchiveActorUseCase.Command command) {
    changes.run(command.actor(), Actor::archive);
  }

  @Override
  public List<Actor> list(ListActorsUseCase.Command command) {
    return DanishOrder.sort(
        actors.findAll().stream().filter(a -> command.includeArchived() || !a.archived()).toList(), Actor::name);
  }

  @Override
  public List<ActorListing> listings(ListActorsUseCase.Command command) {
    return actors.listings(command.includeArchived());
  }

  @Override
  public Map<ActorId, String> names(Collection<ActorId> ids) {
    return actors.namesOf(ids);
  }

  @Override
  public List<Actor> actors(Collection<ActorId> ids) {
    return actors.findAllById(ids);
  }

  @Override
  public Actor show(ShowActorUseCase.Command command) {
    return actors.get(command.actor());
  }

  /** Unique name key and CVR number; a parent that exists and is not the actor itself, however far up. */
  private void requireFitsTheField(Actor actor) {
    ActorProfile profile = actor.profile();
    actors.findByNameKeyOrCvr(profile.nameKey(), profile.cvr()).forEach(actor::requireDistinctFrom);
    requireParentChain(actor);
  }


  private void requireParentChain(Actor actor) {
    Set<ActorId> seen = new HashSet<>(Set.of(actor.id()));
    Optional<ActorId> parent = actor.profile().parent();
    while (parent.isPresent()) {
      RuleViolation.require(seen.add(parent.get()), Rule.ACTOR_PARENT_SELF, parent.get());
      parent = actors.get(parent.get()).profile().parent();
    }
  }
}
