package dk.kreds.application.service;

import dk.kreds.application.port.in.AddContactPersonUseCase;
import dk.kreds.application.port.in.EraseContactPersonUseCase;
import dk.kreds.application.port.in.ExportPersonalDataUseCase;
import dk.kreds.application.port.in.PersonalData;
import dk.kreds.application.port.in.UpdateContactPersonUseCase;
import dk.kreds.application.port.out.ActorRepository;
import dk.kreds.application.port.out.CircleRepository;
import dk.kreds.application.port.out.MeetingRepository;
import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.UnitOfWork;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.DiscussionTheme;
import dk.kreds.domain.meeting.ActionItem;
import dk.kreds.domain.meeting.Meeting;
import java.util.List;
import java.util.Optional;

/** Keeps contact persons minimal, exportable and erasable. */
public final class ContactPersonService
    implements AddContactPersonUseCase, UpdateContactPersonUseCase, EraseContactPersonUseCase, ExportPersonalDataUseCase {

  private final ActorRepository actors;
  private final CircleRepository circles;
  private final MeetingRepository meetings;
  private final UnitOfWork unitOfWork;
  private final Changes<ActorId, Actor> changes;

  public ContactPersonService(Ports ports) {
    this.actors = ports.actors();
    this.circles = ports.circles();
    this.meetings = ports.meetings();
    this.unitOfWork = ports.unitOfWork();
    this.changes = new Changes<>(ports.unitOfWork(), actors::get, actors::save);
  }

  @Override
  public ContactRef add(AddContactPersonUseCase.Command command) {
    return changes.apply(command.actor(), actor -> {
      ContactPerson person = command.details().person(actors.nextContactId());
      actor.addContact(person);
      return new ContactRef(actor.id(), person.id());
    });
  }

  @Override
  public void update(UpdateContactPersonUseCase.Command command) {
    ContactRef ref = command.person();
    changes.run(ref.actor(), actor -> actor.updateContact(command.details().person(ref.contact())));
  }

  @Override
  public void erase(EraseContactPersonUseCase.Command command) {
    ContactRef ref = command.person();
    unitOfWork.run(() -> {
      changes.run(ref.actor(), actor -> actor.eraseContact(ref.contact()));
      for (Circle circle : circles.findAll()) {
        Circle.State before = circle.state();
        circle.forgetPerson(ref);
        if (!circle.state().equals(before)) {
          circles.save(circle);
        }
      }
      for (Meeting meeting : meetings.findAll()) {
        Meeting.State before = meeting.state();
        meeting.forgetContact(ref);
        if (!meeting.state().equals(before)) {
          meetings.save(meeting);
        }
      }
    });
  }

  @Override
  public PersonalData export(ExportPersonalDataUseCase.Command command) {
    ContactRef ref = command.person();
    return unitOfWork.inTransaction(() -> {
      Actor actor = actors.get(ref.actor());
      ContactPerson person = actor.contact(ref.contact());
      List<Circle> memberOf = circles.findByMember(ref.actor());
      List<Meeting> invitedTo = meetings.findByInvitee(ref.actor());
      return new PersonalData(
          person,
          actor.name(),
          memberOf.stream().filter(c -> c.workingGroup().contains(ref)).map(Circle::name).toList(),
          invitedTo.stream()
              .filter(m -> m.invitation(ref.actor()).representatives().contains(ref.contact()))
              .map(m -> new PersonalData.Representation(m.title(), m.time().date()))
              .toList(),
          meetings.findAll().stream()
              .flatMap(m -> m.actionItems().stream())
              .filter(a -> a.owner().equals(Optional.of(ref)))
              .map(ActionItem::description)
              .toList(),
          circles.findAll().stream()
              .flatMap(c -> c.themes().stream())
              .filter(t -> t.author().equals(Optional.of(ref)))
              .map(DiscussionTheme::title)
              .toList());
    });
  }
}
