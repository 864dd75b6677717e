package dk.kreds.application.render;

import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.meeting.DecisionKind;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.shared.DomainException;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts a person reads, in one {@link Language}: labels, kinds, dates and refusals. They live in
 * {@code messages_da.properties} and {@code messages_en.properties} (UTF-8), each read once per
 * process: a plain {@link Properties} file, without {@code ResourceBundle}'s search through candidate
 * bundles, which a command-line run paid 15 ms for (docs/decisions/0021-cli-start-up.md).
 */
public final class Messages {

  private static final Map<Language, Properties> TEXTS = new ConcurrentHashMap<>();

  private final Language language;
  private final Properties texts;

  private Messages(Language language) {
    this.language = language;
    this.texts = TEXTS.computeIfAbsent(language, Messages::read);
  }

  private static Properties read(Language language) {
    String file = "messages_" + language.locale().getLanguage() + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new MissingResourceException("no " + file, Messages.class.getName(), file);
      }
      Properties texts = new Properties();
      // Decoded whole by String, not by a Reader's decoder: a start-up pays for the decoder's loop.
      texts.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Messages in(Language language) {
    return new Messages(language);
  }

  public Language language() {
    return language;
  }

  /** The text under {@code key}, with {@code {0}}-style arguments filled in. */
  public String text(String key, Object... arguments) {
    String pattern = texts.getProperty(key);
    if (pattern == null) {
      throw new MissingResourceException("no text '" + key + "' in " + language, Messages.class.getName(), key);
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
  }

  /**
   * A date the way a reader of the language writes it: "25. november 2014", "25 November 2014". The
   * month names are the texts' own, the same as the JDK's long date for the language
   * ({@code MessagesTest} holds them equal): its locale data took a command-line run 15 ms to load.
   */
  public String date(TemporalAccessor date) {
    LocalDate day = LocalDate.from(date);
    return text("date.long", String.valueOf(day.getDayOfMonth()), text("month." + day.getMonthValue()),
        String.valueOf(day.getYear()));
  }

  public String kind(ActorKind kind) {
    return text("kind." + kind.name());
  }

  public String status(MeetingStatus status) {
    return text("status." + status.name());
  }

  public String decisionKind(DecisionKind kind) {
    return text("decision." + kind.name());
  }

  /** A round as an agenda line, e.g. "Dialogrunde i 3 grupper: Udfordringerne …". */
  public String round(Round round) {
    if (round instanceof Round.Dialogue dialogue) {
      String line = text("round.dialogue", dialogue.groups());
      return dialogue.topic().map(topic -> line + ": " + topic).orElse(line);
    }
    if (round instanceof Round.Other other) {
      return other.title();
    }
    return text(round instanceof Round.Presentation ? "round.presentation" : "round.closing");
  }

  /** "A og B", "A, B og C" — a list the way the language joins it. */
  public String join(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + text("and") + " " + items.get(items.size() - 1);
  }

  /**
   * One readable line for a refusal, naming the field, the value and the rule, e.g.
   * {@code CVR-nummer '12345678': består ikke modulus 11-kontrollen …}.
   */
  public String error(DomainException e) {
    if (e instanceof NotFoundException) {
      return text("error.not-found", text("entity." + e.field()), e.value());
    }
    RuleViolation violation = (RuleViolation) e;
    String field = text("field." + violation.field());
    String rule = text("rule." + e.code());
    return e.value().isEmpty() ? text("error.rule.no-value", field, rule) : text("error.rule", field, e.value(), rule);
  }
}
