package dk.kreds.application.port.in;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.actor.ContactPerson;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything Kreds keeps about one contact person, for an access request.
 *
 * @param person the person's own data
 * @param actor the name of the actor they are a contact of
 * @param workingGroups the circles whose working group they are in
 * @param representations the meetings they were named to represent their actor at
 * @param actionItems the action items they own
 * @param themes the discussion themes they posted
 */
public record PersonalData(
    ContactPerson person,
    String actor,
    List<String> workingGroups,
    List<Representation> representations,
    List<String> actionItems,
    List<String> themes) {

  public PersonalData {
    requireNonNull(person, "person");
    requireNonNull(actor, "actor");
    workingGroups = List.copyOf(workingGroups);
    representations = List.copyOf(representations);
    actionItems = List.copyOf(actionItems);
    themes = List.copyOf(themes);
  }

  /**
   * A meeting the person was named to represent their actor at.
   *
   * @param meeting the meeting's title
   * @param date the day it starts
   */
  public record Representation(String meeting, LocalDate date) {}
}
