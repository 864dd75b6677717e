package dk.kreds.adapter.jdbc;

import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactPersonId;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.LawfulBasis;
import dk.kreds.domain.actor.Phone;
import dk.kreds.domain.actor.Website;
import java.net.URI;

/** An actor's document: its profile, whether it is archived, and its contact persons. */
final class ActorDocument extends DocumentFormat<Actor.State> {

  ActorDocument() {
    super("actor");
  }

  @Override
  void write(Actor.State actor, DocumentWriter document) {
    document.text("id", actor.id())
        .object("profile", actor.profile(), ActorDocument::writeProfile)
        .flag("archived", actor.archived())
        .objects("contacts", actor.contacts(), ActorDocument::writeContact);
  }

  @Override
  Actor.State read(DocumentFields document, long version) {
    return new Actor.State(document.text("id", ActorId::parse), version,
        document.object("profile", ActorDocument::readProfile),
        document.flag("archived"),
        document.objects("contacts", ActorDocument::readContact));
  }

  /** A contact person of an actor, as a circle's working group and a meeting's action items name one. */
  static void writeContactRef(ContactRef ref, DocumentWriter fields) {
    fields.text("actor", ref.actor()).text("contact", ref.contact());
  }

  static ContactRef readContactRef(DocumentFields fields) {
    return new ContactRef(fields.text("actor", ActorId::parse), fields.text("contact", ContactPersonId::parse));
  }

  /** A website as stored, not as a person types it: {@link Website#parse} would add a missing scheme. */
  static Website website(String text) {
    return new Website(URI.create(text));
  }

  private static void writeProfile(ActorProfile profile, DocumentWriter fields) {
    fields.text("name", profile.name())
        .optional("shortName", profile.shortName())
        .constant("kind", profile.kind())
        .optional("cvr", profile.cvr())
        .optional("website", profile.website())
        .optional("region", profile.region())
        .optional("description", profile.description())
        .texts("activities", profile.activities())
        .optional("parent", profile.parent())
        .flag("rsv", profile.rsv());
  }

  private static ActorProfile readProfile(DocumentFields fields) {
    return new ActorProfile(fields.text("name"),
        fields.optionalText("shortName"),
        fields.constant("kind", ActorKind.class),
        fields.optionalText("cvr", Cvr::new),
        fields.optionalText("website", ActorDocument::website),
        fields.optionalText("region"),
        fields.optionalText("description"),
        fields.texts("activities"),
        fields.optionalText("parent", ActorId::parse),
        fields.flag("rsv"));
  }

  private static void writeContact(ContactPerson person, DocumentWriter fields) {
    fields.text("id", person.id())
        .text("name", person.name())
        .optional("role", person.role())
        .optional("email", person.email())
        .optional("phone", person.phone())
        .object("basis", person.basis(), (basis, basisFields) ->
            basisFields.constant("ground", basis.ground()).text("since", basis.since()));
  }

  private static ContactPerson readContact(DocumentFields fields) {
    return new ContactPerson(fields.text("id", ContactPersonId::parse),
        fields.text("name"),
        fields.optionalText("role"),
        fields.optionalText("email", Email::new),
        fields.optionalText("phone", Phone::new),
        fields.object("basis", basis ->
            new LawfulBasis(basis.constant("ground", LawfulBasis.Ground.class), basis.text("since", IsoTimes::instant))));
  }
}
