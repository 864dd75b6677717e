package dk.kreds.application.render;

import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.meeting.DecisionKind;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.shared.DomainException;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.RuleViolation;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.ResourceBundle;

/** The texts a person reads, in one {@link Language}: labels, kinds, dates and refusals. */
public final class Messages {

  private final Language language;
  private final ResourceBundle bundle;
  private final DateTimeFormatter dates;

  private Messages(Language language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle("dk.kreds.application.render.messages", language.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
  }

  public static Messages in(Language language) {
    return new Messages(language);
  }

  public Language language() {
    return language;
  }

  /** The text under {@code key}, with {@code {0}}-style arguments filled in. */
  public String text(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
  }

  /** A date the way a reader of the language writes it: "25. november 2014", "25 November 2014". */
  public String date(TemporalAccessor date) {
    return dates.format(date);
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
