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
    requireDistinctWithinBatch(command.actors().stream().map(ImportActorsUseCase.Entry::profile).toList());
    return unitOfWork.inTransaction(() -> {
      List<Actor> batch = new ArrayList<>(command.actors().size());
      for (ImportActorsUseCase.Entry entry : command.actors()) {
        Actor actor = Actor.register(actors.nextId(), entry.profile());
        entry.contacts().forEach(details -> actor.addContact(details.toContact(actors.nextContactId())));
        batch.add(actor);
      }
      requireDistinctFromTheField(batch);
      batch.forEach(this::requireParentChain);
      actors.saveAll(batch);
      return batch.stream().map(Actor::id).toList();
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
    requireParentChain(actor);
  }

  /** No stored actor shares a name key or CVR number with one of the batch: one query for the whole batch. */
  private void requireDistinctFromTheField(List<Actor> batch) {
    List<Actor> stored = actors.findByNameKeysOrCvrs(
        batch.stream().map(a -> a.profile().nameKey()).toList(),
        batch.stream().flatMap(a -> a.profile().cvr().stream()).toList());
    if (stored.isEmpty()) {
      return;
    }
    for (Actor actor : batch) {
      stored.forEach(actor::requireDistinctFrom);
    }
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
