package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.ShowMeetingUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.port.out.StaleWriteException;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.meeting.MeetingId;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** A test-only subcommand that fails in the way it is told, through the real use cases where it can. */
@Command(name = "fail")
final class FailCommand implements Callable<Integer> {

  static final UUID MISSING_MEETING = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

  private final UseCases useCases;

  @Parameters(index = "0", paramLabel = "rule|missing|stale|argument|internal")
  private String how;

  FailCommand(UseCases useCases) {
    this.useCases = useCases;
  }

  @Override
  public Integer call() {
    switch (how) {
      case "rule" -> {
        register("Kooperationen");
        register("  KOOPERATIONEN ");
      }
      case "missing" -> useCases.showMeeting().show(new ShowMeetingUseCase.Command(new MeetingId(MISSING_MEETING)));
      case "stale" -> throw new StaleWriteException("meeting", "m-1", 3);
      case "argument" -> throw new IllegalArgumentException("actors: at least one");
      case "internal" -> throw new IllegalStateException("the disk is on fire");
      default -> throw new AssertionError("no way to fail called " + how);
    }
    return 0;
  }

  private void register(String name) {
    useCases.registerActor().register(new RegisterActorUseCase.Command(ActorProfile.of(name, ActorKind.NGO)));
  }
}
