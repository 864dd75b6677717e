package dk.kreds.domain.meeting;

import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import dk.kreds.domain.shared.Text;
import java.util.Optional;

/** One item of a meeting's agenda. */
public sealed interface Round {

  /** Each present actor presents itself and its activities (præsentationsrunde). */
  record Presentation() implements Round {}

  /**
   * The participants split into groups that discuss a topic (dialogrunde i grupper).
   *
   * @param groups how many groups, 1–50
   * @param topic what the groups discuss, e.g. the field's challenges
   */
  record Dialogue(int groups, Optional<String> topic) implements Round {
    public Dialogue {
      RuleViolation.require(groups >= 1 && groups <= 50, Rule.ROUND_GROUP_COUNT, groups);
      topic = Text.optional(topic.orElse(null), 500, Rule.ROUND_TOPIC_LENGTH);
    }
  }

  /** The closing round, where conclusions and decisions are drawn (afsluttende runde). */
  record Closing() implements Round {}

  /** Any other agenda item, by its title. */
  record Other(String title) implements Round {
    public Other {
      title = Text.require(title, 1, 200, Rule.ROUND_TITLE_LENGTH);
    }
  }
}
