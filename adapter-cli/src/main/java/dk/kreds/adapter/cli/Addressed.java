package dk.kreds.adapter.cli;

import picocli.CommandLine.Parameters;

/**
 * Commands whose first parameter names what they act on: an actor, a person, a circle or a meeting, by id,
 * the start of an id, or a name ({@link Lookup}). The parameter is declared once here; picocli reads it
 * from the superclass.
 */
final class Addressed {

  static final String ACTOR_HELP = "The actor: its id, the start of its id, its name or short name.";
  static final String PERSON_HELP = "The person: their id, the start of it, their name or e-mail address.";
  static final String CIRCLE_HELP = "The circle: its id, the start of its id, or its name.";
  static final String MEETING_HELP = "The meeting: its id, the start of its id, its title, or its day (2014-11-25).";

  private Addressed() {}

  /** A command on one actor. */
  abstract static class OnActor extends CliCommand {
    @Parameters(index = "0", paramLabel = "ACTOR", description = ACTOR_HELP)
    String actor;

    OnActor(Context context) {
      super(context);
    }
  }

  /** A command on one contact person. */
  abstract static class OnPerson extends CliCommand {
    @Parameters(index = "0", paramLabel = "PERSON", description = PERSON_HELP)
    String person;

    OnPerson(Context context) {
      super(context);
    }
  }

  /** A command on one circle. */
  abstract static class OnCircle extends CliCommand {
    @Parameters(index = "0", paramLabel = "CIRCLE", description = CIRCLE_HELP)
    String circle;

    OnCircle(Context context) {
      super(context);
    }
  }

  /** A command on one meeting. */
  abstract static class OnMeeting extends CliCommand {
    @Parameters(index = "0", paramLabel = "MEETING", description = MEETING_HELP)
    String meeting;

    OnMeeting(Context context) {
      super(context);
    }
  }
}
