package dk.kreds.domain.actor;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import dk.kreds.domain.shared.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an actor is and does: everything about an organisation except its contact persons.
 *
 * @param name the organisation's name, 1–200 characters after trimming and NFC normalisation
 * @param shortName an abbreviation people use, e.g. {@code CBS} (at most 40 characters)
 * @param kind the kind of organisation
 * @param cvr the Danish company number, if it has one
 * @param website its web address
 * @param region the region or municipality it works in, e.g. {@code København}
 * @param description what it is, in a few sentences (at most 4,000 characters)
 * @param activities what it does, as short tags; duplicates (ignoring case) are dropped
 * @param parent the actor it is part of, e.g. the institute hosting a network
 * @param rsv whether it is a registered social-economy enterprise (registreret socialøkonomisk virksomhed)
 */
public record ActorProfile(
    String name,
    Optional<String> shortName,
    ActorKind kind,
    Optional<Cvr> cvr,
    Optional<Website> website,
    Optional<String> region,
    Optional<String> description,
    List<String> activities,
    Optional<ActorId> parent,
    boolean rsv) {

  public ActorProfile {
    name = Text.require(name, 1, 200, Rule.ACTOR_NAME_LENGTH);
    shortName = Text.optional(shortName.orElse(null), 40, Rule.ACTOR_SHORT_NAME_LENGTH);
    requireNonNull(kind, "kind");
    requireNonNull(cvr, "cvr");
    requireNonNull(website, "website");
    region = Text.optional(region.map(Text::oneLine).orElse(null), 100, Rule.ACTOR_REGION_LENGTH); // a label, like the activities
    description = Text.optional(description.orElse(null), 4000, Rule.ACTOR_DESCRIPTION_LENGTH);
    activities = distinctActivities(activities);
    requireNonNull(parent, "parent");
  }

  /** A profile with only the required parts. */
  public static ActorProfile of(String name, ActorKind kind) {
    return new ActorProfile(
        name, Optional.empty(), kind, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), Optional.empty(), false);
  }

  /** The key that makes two names the same actor: "Æble" and " æble" are one actor. */
  public String nameKey() {
    return Text.key(name);
  }

  public ActorProfile withShortName(String value) {
    return new ActorProfile(name, Optional.ofNullable(value), kind, cvr, website, region, description, activities, parent, rsv);
  }

  public ActorProfile withCvr(Cvr value) {
    return new ActorProfile(name, shortName, kind, Optional.ofNullable(value), website, region, description, activities, parent, rsv);
  }

  public ActorProfile withWebsite(Website value) {
    return new ActorProfile(name, shortName, kind, cvr, Optional.ofNullable(value), region, description, activities, parent, rsv);
  }

  public ActorProfile withRegion(String value) {
    return new ActorProfile(name, shortName, kind, cvr, website, Optional.ofNullable(value), description, activities, parent, rsv);
  }

  public ActorProfile withDescription(String value) {
    return new ActorProfile(name, shortName, kind, cvr, website, region, Optional.ofNullable(value), activities, parent, rsv);
  }

  public ActorProfile withActivities(List<String> value) {
    return new ActorProfile(name, shortName, kind, cvr, website, region, description, value, parent, rsv);
  }

  public ActorProfile withParent(ActorId value) {
    return new ActorProfile(name, shortName, kind, cvr, website, region, description, activities, Optional.ofNullable(value), rsv);
  }

  public ActorProfile withRsv(boolean value) {
    return new ActorProfile(name, shortName, kind, cvr, website, region, description, activities, parent, value);
  }

  private static List<String> distinctActivities(List<String> raw) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String activity : raw) {
      String clean = Text.require(Text.oneLine(activity), 1, 100, Rule.ACTOR_ACTIVITY_LENGTH);
      byKey.putIfAbsent(Text.key(clean), clean);
    }
    RuleViolation.require(byKey.size() <= 50, Rule.ACTOR_ACTIVITY_COUNT, byKey.size());
    return List.copyOf(new ArrayList<>(byKey.values()));
  }
}
