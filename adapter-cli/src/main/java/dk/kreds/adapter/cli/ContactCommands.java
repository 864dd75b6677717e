package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.AddContactPersonUseCase;
import dk.kreds.application.port.in.ContactDetails;
import dk.kreds.application.port.in.EraseContactPersonUseCase;
import dk.kreds.application.port.in.ShowActorUseCase;
import dk.kreds.application.port.in.UpdateContactPersonUseCase;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.ContactRef;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.LawfulBasis;
import dk.kreds.domain.actor.Phone;
import dk.kreds.domain.shared.DanishTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code kreds contact}: the persons at an actor whom the circle contacts. */
@Command(
    name = "contact",
    mixinStandardHelpOptions = true,
    description = {
      "Add, change and erase the contact persons of actors.",
      "Only what is needed to reach a person is kept, with the lawful basis for keeping it (GDPR art. 6).",
      "A person is named by id, name or e-mail address; see them with `kreds actor show ACTOR`."
    },
    footer = {"%nExamples:%n  kreds contact add Kooperationen --name \"Anne Worning\" --email aw@kooperationen.dk --basis legitimate-interest"
        + "%n  kreds contact edit \"Anne Worning\" --phone \"33 12 34 56\"%n  kreds contact erase aw@kooperationen.dk"})
final class ContactCommands {

  /**
   * The verbs, in the order --help lists them; made only when a run names this noun (KredsCommand).
   * {@code contact export} (CSV) and the GDPR access export come from their own classes, added here.
   */
  static final List<Class<?>> VERBS = List.of(
      Add.class, Edit.class, Erase.class, ContactExportCommand.class);

  /** Reads the lawful basis as typed: {@code consent} or {@code legitimate-interest}. */
  static final class GroundConverter implements ITypeConverter<LawfulBasis.Ground> {
    @Override
    public LawfulBasis.Ground convert(String value) {
      try {
        return LawfulBasis.Ground.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not a lawful basis; consent or legitimate-interest");
      }
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a contact person to an actor.",
      footer = {"%nExamples:%n  kreds contact add \"Sociale Entreprenører i Danmark\" --name \"Per Bach\" --email per@timebank.dk "
          + "--basis legitimate-interest%n  kreds contact add KBH+ --name \"Mette Holm\" --role projektleder --phone 12345678 "
          + "--basis consent --since 2014-10-01"})
  static final class Add extends Addressed.OnActor {
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The person's name, 1–200 characters.")
    String name;

    @Option(names = "--role", paramLabel = "TEXT", description = "Their role at the actor, e.g. projektleder.")
    String role;

    @Option(names = "--email", paramLabel = "ADDRESS", description = "How to write to them.")
    String email;

    @Option(names = "--phone", paramLabel = "NUMBER", description = "How to call them: 8 digits (Danish) or +CC… .")
    String phone;

    @Option(names = "--basis", required = true, paramLabel = "GROUND", converter = GroundConverter.class,
        description = "Why Kreds may keep this: consent or legitimate-interest.")
    LawfulBasis.Ground basis;

    @Option(names = "--since", paramLabel = "DATE", converter = Inputs.DateConverter.class,
        description = "Since when the basis holds (default: now).")
    LocalDate since;

    private final Clock clock;

    Add(Context context) {
      super(context);
      this.clock = context.clock();
    }

    @Override
    void run() {
      Instant from = since == null ? clock.instant() : since.atStartOfDay(DanishTime.ZONE).toInstant();
      ContactDetails details = new ContactDetails(name, Inputs.optional(role),
          Inputs.optional(email).map(Email::new), Inputs.optional(phone).map(Phone::parse), new LawfulBasis(basis, from));
      ContactRef person = use().addContactPerson().add(new AddContactPersonUseCase.Command(lookup().actor(actor), details));
      done("cli.contact.added", details.name(), person.contact());
    }
  }

  @Command(name = "edit", mixinStandardHelpOptions = true,
      description = "Change a contact person's details; what you leave out stays as it is, \"\" clears it.",
      footer = {"%nExamples:%n  kreds contact edit \"Per Bach\" --role formand%n  kreds contact edit per@timebank.dk --phone \"\""})
  static final class Edit extends Addressed.OnPerson {
    @Option(names = "--name", paramLabel = "NAME", description = "A new name.")
    String name;

    @Option(names = "--role", paramLabel = "TEXT", description = "A new role.")
    String role;

    @Option(names = "--email", paramLabel = "ADDRESS", description = "A new e-mail address.")
    String email;

    @Option(names = "--phone", paramLabel = "NUMBER", description = "A new phone number.")
    String phone;

    @Option(names = "--basis", paramLabel = "GROUND", converter = GroundConverter.class,
        description = "A new lawful basis, from now: consent or legitimate-interest.")
    LawfulBasis.Ground basis;

    private final Clock clock;

    Edit(Context context) {
      super(context);
      this.clock = context.clock();
    }

    @Override
    void run() {
      ContactRef ref = lookup().person(person);
      ContactPerson current = contact(ref);
      ContactDetails details = new ContactDetails(
          name == null ? current.name() : name,
          role == null ? current.role() : Inputs.optional(role),
          email == null ? current.email() : Inputs.optional(email).map(Email::new),
          phone == null ? current.phone() : Inputs.optional(phone).map(Phone::parse),
          basis == null ? current.basis() : new LawfulBasis(basis, clock.instant()));
      use().updateContactPerson().update(new UpdateContactPersonUseCase.Command(ref, details));
      done("cli.contact.updated", details.name());
    }

    private ContactPerson contact(ContactRef ref) {
      return use().showActor().show(new ShowActorUseCase.Command(ref.actor())).contact(ref.contact());
    }
  }

  @Command(name = "erase", mixinStandardHelpOptions = true,
      description = {
        "Erase a contact person on request (GDPR art. 17): from the actor, working groups, invitations and action items.",
        "Action items they owned and themes they posted stay, without them. This cannot be undone."
      },
      footer = {"%nExample:%n  kreds contact erase per@timebank.dk"})
  static final class Erase extends Addressed.OnPerson {
    Erase(Context context) {
      super(context);
    }

    @Override
    void run() {
      ContactRef ref = lookup().person(person);
      use().eraseContactPerson().erase(new EraseContactPersonUseCase.Command(ref));
      done("cli.contact.erased", ref.contact());
    }
  }
}
