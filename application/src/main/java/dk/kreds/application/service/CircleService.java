package dk.kreds.application.service;

import dk.kreds.application.port.in.AddCircleMembersUseCase;
import dk.kreds.application.port.in.CreateCircleUseCase;
import dk.kreds.application.port.in.ListCirclesUseCase;
import dk.kreds.application.port.in.PostDiscussionThemeUseCase;
import dk.kreds.application.port.in.SetCadenceUseCase;
import dk.kreds.application.port.in.SetChannelUseCase;
import dk.kreds.application.port.in.SetWorkingGroupUseCase;
import dk.kreds.application.port.in.ShowCircleUseCase;
import dk.kreds.application.port.out.ActorRepository;
import dk.kreds.application.port.out.CircleRepository;
import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.UnitOfWork;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.shared.DanishOrder;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.circle.DiscussionTheme;
import dk.kreds.domain.shared.DanishOrder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Creates circles and keeps their members, cadence, working group and channel. */
public final class CircleService
    implements CreateCircleUseCase, AddCircleMembersUseCase, SetCadenceUseCase, SetWorkingGroupUseCase,
        SetChannelUseCase, PostDiscussionThemeUseCase, ShowCircleUseCase, ListCirclesUseCase {

  private final ActorRepository actors;
  private final CircleRepository circles;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final Changes<CircleId, Circle> changes;

  public CircleService(Ports ports, Clock clock) {
    this.actors = ports.actors();
    this.circles = ports.circles();
    this.unitOfWork = ports.unitOfWork();
    this.clock = clock;
    this.changes = new Changes<>(ports.unitOfWork(), circles::get, circles::save);
  }

  @Override
  public CircleId create(CreateCircleUseCase.Command command) {
    return unitOfWork.inTransaction(() -> {
      requireActive(command.conveners());
      Circle circle = Circle.create(circles.nextId(), command.name(), command.conveners(), LocalDate.now(clock));
      command.cadence().ifPresent(circle::setCadence);
      circles.save(circle);
      return circle.id();
    });
  }

  @Override
  public void add(AddCircleMembersUseCase.Command command) {
    changes.run(command.circle(), circle -> {
      requireActive(command.actors());
      command.actors().stream()
          .distinct()
          .filter(actor -> !circle.isMember(actor))
          .forEach(actor -> circle.addMember(actor, LocalDate.now(clock)));
    });
  }

  @Override
  public void set(SetCadenceUseCase.Command command) {
    changes.run(command.circle(), circle -> circle.setCadence(command.cadence()));
  }

  @Override
  public void set(SetWorkingGroupUseCase.Command command) {
    changes.run(command.circle(), circle -> {
      command.persons().forEach(actors::get);
      circle.setWorkingGroup(command.persons());
    });
  }

  @Override
  public void set(SetChannelUseCase.Command command) {
    changes.run(command.circle(), circle -> circle.setChannel(command.channel()));
  }

  @Override
  public void post(PostDiscussionThemeUseCase.Command command) {
    changes.run(command.circle(), circle -> {
      actors.get(command.author());
      circle.postTheme(new DiscussionTheme(command.title(), command.body(), LocalDate.now(clock), command.author()));
    });
  }

  @Override
  public Circle show(ShowCircleUseCase.Command command) {
    return circles.get(command.circle());
  }

  private void requireActive(List<ActorId> ids) {
    ids.forEach(id -> actors.get(id).requireActive());
  }

  @Override
  public List<Circle> list() {
    return circles.findAll().stream().sorted(DanishOrder.by(Circle::name)).toList();
  }
}
