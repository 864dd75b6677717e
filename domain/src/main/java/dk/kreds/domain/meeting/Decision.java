package dk.kreds.domain.meeting;

import static java.util.Objects.requireNonNull;

import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.Text;

/** What the meeting decided, e.g. consensus to meet again every half year. */
public record Decision(String text, DecisionKind kind) {

  public Decision {
    text = Text.require(text, 1, 2_000, Rule.DECISION_TEXT_LENGTH);
    requireNonNull(kind, "kind");
  }
}
