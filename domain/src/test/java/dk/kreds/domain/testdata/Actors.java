package dk.kreds.domain.testdata;

import static java.nio.charset.StandardCharsets.UTF_8;

import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactPersonId;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.LawfulBasis;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/** Actors and contact persons with ids derived from their names, so a test can name them again. */
public final class Actors {

  public static final ActorId KOOPERATIONEN = id("Kooperationen");
  public static final ActorId SOCIALE_ENTREPRENOERER = id("Sociale Entreprenører i Danmark");
  /** A valid CVR number (its modulus-11 sum is 110). */
  public static final String VALID_CVR = "25313763";

  private Actors() {}

  /** The id of the actor called {@code name}: the same name gives the same id. */
  public static ActorId id(String name) {
    return new ActorId(uuid("actor:" + name));
  }

  /** The ids of {@code count} actors called "Aktør 1", "Aktør 2" … */
  public static List<ActorId> ids(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> id("Aktør " + i)).toList();
  }

  /** A registered actor with only a name and a kind. */
  public static Actor actor(String name, ActorKind kind) {
    return actor(ActorProfile.of(name, kind));
  }

  /** A registered actor with this profile, its id derived from the profile's name. */
  public static Actor actor(ActorProfile profile) {
    return Actor.register(id(profile.name()), profile);
  }

  /** A contact person with an e-mail address, kept on the ground of legitimate interest. */
  public static ContactPerson contact(String name, String email) {
    return new ContactPerson(
        contactId(name), name, Optional.empty(), Optional.of(new Email(email)), Optional.empty(),
        new LawfulBasis(LawfulBasis.Ground.LEGITIMATE_INTEREST, Instants.daysBefore(30)));
  }

  /** The id of the contact person called {@code name}. */
  public static ContactPersonId contactId(String name) {
    return new ContactPersonId(uuid("contact:" + name));
  }

  private static UUID uuid(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(UTF_8));
  }
}
