package dk.kreds.application.service;

import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.port.out.Backup;
import dk.kreds.application.port.out.Ports;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Supplier;

/** Wires every use case to its service over the given out-ports and clock. */
public final class ServiceFactory {

  private ServiceFactory() {}

  /**
   * Every use case, each one transaction on {@code ports} named for the use case (for the audit log),
   * with time from {@code clock}; the store cannot be backed up to a file.
   */
  public static UseCases create(Ports ports, Clock clock) {
    return create(ports, Backup.UNSUPPORTED, clock);
  }

  /**
   * Every use case, each one transaction on {@code ports} named for the use case (for the audit log),
   * with time from {@code clock}; {@code backup} copies the store to a file.
   */
  public static UseCases create(Ports ports, Backup backup, Clock clock) {
    return NamedTransactionService.wrap(plain(ports, backup, clock), ports.unitOfWork());
  }

  /**
   * The source of salts and RSVP tokens, made when first drawn from: seeding it reads the JDK's
   * security providers, which a command that draws nothing need not pay for.
   */
  private static final class Secrets {
    static final SecureRandom RANDOM = new SecureRandom();
  }

  private static UseCases plain(Ports ports, Backup backup, Clock clock) {
    var database = new DatabaseService(ports, backup);
    var actors = new ActorService(ports.actors(), ports.unitOfWork());
    var contacts = new ContactPersonService(ports);
    var circles = new CircleService(ports, clock);
    var planning = new MeetingPlanningService(ports, clock);
    var outcomes = new MeetingOutcomeService(ports, clock);
    var groups = new DialogueGroupsService(ports, System::nanoTime);
    var followUps = new FollowUpService(ports, clock);
    var writeUps = new WriteUpService(ports, clock);
    Supplier<SecureRandom> random = () -> Secrets.RANDOM;
    var accounts = new AccountService(ports, new PasswordHashing(random, PasswordHashing.ITERATIONS), clock);
    var rsvp = new RsvpService(ports, random, clock);
    return new UseCases(
        outcomes, // addActionItem
        circles, // addCircleMembers
        contacts, // addContactPerson
        accounts, // addOrganiser
        rsvp, // answerRsvp
        actors, // archiveActor
        database, // backupDatabase
        planning, // cancelMeeting
        outcomes, // completeActionItem
        circles, // createCircle
        contacts, // eraseContactPerson
        database, // exportDatabase
        contacts, // exportPersonalData
        outcomes, // formDialogueGroups
        new ActorImportService(ports.actors(), ports.unitOfWork()),
        database, // importDatabase
        planning, // inviteActors
        rsvp, // issueRsvpLinks
        actors, // listActors
        circles, // listCircles
        planning, // listMeetings
        new ReferenceScenarioService(ports),
        accounts, // logIn
        groups, // mixDialogueGroups
        groups, // moveGroupMember
        planning, // planMeeting
        circles, // postDiscussionTheme
        writeUps, // produceWriteUp
        writeUps, // publishWriteUp
        outcomes, // recordAttendance
        outcomes, // recordChallenge
        outcomes, // recordContribution
        outcomes, // recordDecision
        planning, // recordResponse
        actors, // registerActor
        writeUps, // reviseWriteUp
        followUps, // scheduleFollowUp
        circles, // setCadence
        circles, // setChannel
        circles, // setWorkingGroup
        actors, // showActor
        circles, // showCircle
        new FieldOverviewService(ports.actors()),
        planning, // showMeeting
        rsvp, // showRsvp
        writeUps, // showWriteUp
        ports.unitOfWork()::revision, // storeRevision
        actors, // updateActor
        contacts); // updateContactPerson
  }
}
