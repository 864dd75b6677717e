package dk.kreds.adapter.cli;

import dk.kreds.application.render.Language;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The columns of the actor CSV file (docs/guide.md, "CSV import and export"): one row per contact
 * person, the actor's columns repeated on each, or one row with empty contact columns for an actor
 * without any. Headers are recognised in English and Danish, ignoring case, spaces, dashes and
 * underscores.
 */
enum ActorColumn {
  NAME("name", "navn", "organisation", "aktør", "organisationsnavn"),
  SHORT_NAME("short_name", "kortnavn", "forkortelse", "short name"),
  KIND("kind", "type", "art"),
  CVR("cvr", "cvr", "cvr-nummer", "cvr nr"),
  WEBSITE("website", "hjemmeside", "web", "url"),
  REGION("region", "region", "kommune", "by"),
  DESCRIPTION("description", "beskrivelse"),
  ACTIVITIES("activities", "aktiviteter"),
  RSV("rsv", "rsv"),
  CONTACT_NAME("contact_name", "kontaktperson", "contact", "kontakt"),
  CONTACT_ROLE("contact_role", "rolle", "role", "stilling"),
  CONTACT_EMAIL("contact_email", "email", "e-mail", "mail"),
  CONTACT_PHONE("contact_phone", "telefon", "phone", "tlf");

  /** Between the activities of one cell. */
  static final String ACTIVITY_SEPARATOR = " | ";

  private final String english;
  private final String danish;
  private final List<String> aliases;

  ActorColumn(String english, String danish, String... more) {
    this.english = english;
    this.danish = danish;
    this.aliases = Stream.concat(Stream.of(english, danish), Stream.of(more)).map(ActorColumn::normalise).toList();
  }

  /** The header this column is written under in {@code language}. */
  String header(Language language) {
    return language == Language.DA ? danish : english;
  }

  /** The English header, which also names the column in {@code --column} overrides. */
  String code() {
    return english;
  }

  boolean isContact() {
    return this == CONTACT_NAME || this == CONTACT_ROLE || this == CONTACT_EMAIL || this == CONTACT_PHONE;
  }

  /** The column a file's header names, if any. */
  static Optional<ActorColumn> forHeader(String header) {
    String key = normalise(header);
    return Stream.of(values()).filter(c -> c.aliases.contains(key)).findFirst();
  }

  /** The column named by its code in an override. */
  static Optional<ActorColumn> forCode(String code) {
    return Stream.of(values()).filter(c -> c.english.equalsIgnoreCase(code.strip())).findFirst();
  }

  static String normalise(String header) {
    return Separators.PATTERN.matcher(header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /** Outside the enum, which builds its constants (and calls normalise) before its own static fields. */
  private static final class Separators {
    static final Pattern PATTERN = Pattern.compile("[\\s_.\\-]+");
  }
}
