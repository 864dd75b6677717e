package dk.kreds.application.service;

import dk.kreds.application.port.in.ArchiveActorUseCase;
import dk.kreds.application.port.in.ImportActorsUseCase;
import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.ShowActorUseCase;
import dk.kreds.application.port.in.UpdateActorUseCase;
import dk.kreds.application.port.out.ActorRepository;
import dk.kreds.application.port.out.UnitOfWork;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.shared.DanishOrder;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Registers, imports, changes, archives and lists the actors of the field. */
public final class ActorService
    implements RegisterActorUseCase, ImportActorsUseCase, UpdateActorUseCase, ArchiveActorUseCase, ListActorsUseCase,
        ShowActorUseCase {

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
  public List<ActorId> importActors(ImportActorsUseCase.Command command) {
    requireDistinctWithinBatch(command.actors());
    return unitOfWork.inTransaction(() -> {
      List<ActorId> ids = new ArrayList<>(command.actors().size());
      for (ActorProfile profile : command.actors()) {
        Actor actor = Actor.register(actors.nextId(), profile);
        requireFitsTheField(actor);
        actors.save(actor);
        ids.add(actor.id());
      }
      return List.copyOf(ids);
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
    return actors.findAll().stream()
        .filter(a -> command.includeArchived() || !a.archived())
        .sorted(DanishOrder.by(Actor::name))
        .toList();
  }

  @Override
  public Actor show(ShowActorUseCase.Command command) {
    return actors.get(command.actor());
  }

  /** No two profiles of one batch share a name key or a CVR number; checked before storage is touched. */
  private static void requireDistinctWithinBatch(List<ActorProfile> batch) {
    Set<String> nameKeys = new HashSet<>();
    Set<Cvr> cvrs = new HashSet<>();
    for (ActorProfile profile : batch) {
      RuleViolation.require(nameKeys.add(profile.nameKey()), Rule.ACTOR_NAME_DUPLICATE, profile.name());
      profile.cvr().ifPresent(cvr -> RuleViolation.require(cvrs.add(cvr), Rule.ACTOR_CVR_DUPLICATE, cvr.digits()));
    }
  }

  /** Unique name key and CVR number; a parent that exists and is not the actor itself, however far up. */
  private void requireFitsTheField(Actor actor) {
    ActorProfile profile = actor.profile();
    actors.findByNameKeyOrCvr(profile.nameKey(), profile.cvr()).forEach(actor::requireDistinctFrom);
    Set<ActorId> seen = new HashSet<>(Set.of(actor.id()));
    Optional<ActorId> parent = profile.parent();
    while (parent.isPresent()) {
      RuleViolation.require(seen.add(parent.get()), Rule.ACTOR_PARENT_SELF, parent.get());
      parent = actors.get(parent.get()).profile().parent();
    }
  }
}
