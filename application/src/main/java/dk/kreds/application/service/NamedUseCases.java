package dk.kreds.application.service;

import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.port.out.UnitOfWork;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorListing;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs every call of a use case as one unit of work named for its interface, e.g.
 * {@code RegisterActorUseCase}, so that a store with an audit log knows which use case made each
 * change; a {@code ReadOnlyUseCase} in a read-only one. The services' own units of work join this one;
 * nothing else changes. A backup is left unwrapped: it copies the database outside any transaction; so
 * is a login, which changes nothing and spends its time hashing.
 *
 * <p>Written out rather than made by reflection: a JDK proxy per use case was generated anew by every
 * command-line run (JDK 17's class-data archive keeps lambdas, not proxies). {@code new UseCases(...)}
 * names every use case, so a new one does not compile until it is added here; {@code
 * NamedUseCasesTest} checks each name and kind.
 */
final class NamedUseCases {

  private final UnitOfWork unitOfWork;

  private NamedUseCases(UnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  /** {@code plain} with each use case wrapped. */
  static UseCases wrap(UseCases plain, UnitOfWork unitOfWork) {
    return new NamedUseCases(unitOfWork).around(plain);
  }

  private UseCases around(UseCases plain) {
    return new UseCases(
        command -> write("AddActionItemUseCase", () -> plain.addActionItem().add(command)),
        command -> write("AddCircleMembersUseCase", () -> plain.addCircleMembers().add(command)),
        command -> write("AddContactPersonUseCase", () -> plain.addContactPerson().add(command)),
        command -> write("AddOrganiserUseCase", () -> plain.addOrganiser().add(command)),
        command -> write("AnswerRsvpUseCase", () -> plain.answerRsvp().answer(command)),
        command -> write("ArchiveActorUseCase", () -> plain.archiveActor().archive(command)),
        plain.backupDatabase(), // copies the file outside any transaction; it changes nothing to audit
        command -> write("CancelMeetingUseCase", () -> plain.cancelMeeting().cancel(command)),
        command -> write("CompleteActionItemUseCase", () -> plain.completeActionItem().complete(command)),
        command -> write("CreateCircleUseCase", () -> plain.createCircle().create(command)),
        command -> write("EraseContactPersonUseCase", () -> plain.eraseContactPerson().erase(command)),
        () -> read("ExportDatabaseUseCase", () -> plain.exportDatabase().export()),
        command -> read("ExportPersonalDataUseCase", () -> plain.exportPersonalData().export(command)),
        command -> write("FormDialogueGroupsUseCase", () -> plain.formDialogueGroups().form(command)),
        command -> write("ImportActorsUseCase", () -> plain.importActors().importActors(command)),
        command -> write("ImportDatabaseUseCase", () -> plain.importDatabase().importDatabase(command)),
        command -> write("InviteActorsUseCase", () -> plain.inviteActors().invite(command)),
        command -> write("IssueRsvpLinksUseCase", () -> plain.issueRsvpLinks().issue(command)),
        new NamedListActorsService(plain.listActors()),
        () -> read("ListCirclesUseCase", () -> plain.listCircles().list()),
        command -> read("ListMeetingsUseCase", () -> plain.listMeetings().list(command)),
        () -> write("LoadReferenceScenarioUseCase", () -> plain.loadReferenceScenario().load()),
        plain.logIn(), // reads one row, then hashes for half a second: no transaction held meanwhile
        command -> write("MixDialogueGroupsUseCase", () -> plain.mixDialogueGroups().mix(command)),
        command -> write("MoveGroupMemberUseCase", () -> plain.moveGroupMember().move(command)),
        command -> write("PlanMeetingUseCase", () -> plain.planMeeting().plan(command)),
        command -> write("PostDiscussionThemeUseCase", () -> plain.postDiscussionTheme().post(command)),
        command -> write("ProduceWriteUpUseCase", () -> plain.produceWriteUp().produce(command)),
        command -> write("PublishWriteUpUseCase", () -> plain.publishWriteUp().publish(command)),
        command -> write("RecordAttendanceUseCase", () -> plain.recordAttendance().record(command)),
        command -> write("RecordChallengeUseCase", () -> plain.recordChallenge().record(command)),
        command -> write("RecordContributionUseCase", () -> plain.recordContribution().record(command)),
        command -> write("RecordDecisionUseCase", () -> plain.recordDecision().record(command)),
        command -> write("RecordResponseUseCase", () -> plain.recordResponse().record(command)),
        command -> write("RegisterActorUseCase", () -> plain.registerActor().register(command)),
        command -> write("ReviseWriteUpUseCase", () -> plain.reviseWriteUp().revise(command)),
        command -> write("ScheduleFollowUpUseCase", () -> plain.scheduleFollowUp().schedule(command)),
        command -> write("SetCadenceUseCase", () -> plain.setCadence().set(command)),
        command -> write("SetChannelUseCase", () -> plain.setChannel().set(command)),
        command -> write("SetWorkingGroupUseCase", () -> plain.setWorkingGroup().set(command)),
        command -> read("ShowActorUseCase", () -> plain.showActor().show(command)),
        command -> read("ShowCircleUseCase", () -> plain.showCircle().show(command)),
        () -> read("ShowFieldOverviewUseCase", () -> plain.showFieldOverview().show()),
        command -> read("ShowMeetingUseCase", () -> plain.showMeeting().show(command)),
        command -> read("ShowRsvpUseCase", () -> plain.showRsvp().show(command)),
        plain.storeRevision(), // asked on every cached read: a transaction would cost more than the answer
        command -> write("UpdateActorUseCase", () -> plain.updateActor().update(command)),
        command -> write("UpdateContactPersonUseCase", () -> plain.updateContactPerson().update(command)));
  }

  /** The one use case with two methods, so a class rather than a lambda. */
  private final class NamedListActorsService implements ListActorsUseCase {

    private final ListActorsUseCase plain;

    NamedListActorsService(ListActorsUseCase plain) {
      this.plain = plain;
    }

    @Override
    public List<Actor> list(Command command) {
      return read("ListActorsUseCase", () -> plain.list(command));
    }

    @Override
    public List<ActorListing> listings(Command command) {
      return read("ListActorsUseCase", () -> plain.listings(command));
    }

    @Override
    public Map<ActorId, String> names(Collection<ActorId> actors) {
      return read("ListActorsUseCase", () -> plain.names(actors));
    }
  }

  private <T> T write(String useCase, Supplier<T> work) {
    return unitOfWork.inTransaction(useCase, work);
  }

  private void write(String useCase, Runnable work) {
    write(useCase, () -> {
      work.run();
      return null;
    });
  }

  private <T> T read(String useCase, Supplier<T> work) {
    return unitOfWork.inReadOnlyTransaction(useCase, work);
  }
}
