package dk.kreds.adapter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.kreds.application.render.Messages;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.writeup.WriteUp;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The write-up as JSON for scripts; labels in the chosen language, dates in ISO 8601. */
final class WriteUpJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private WriteUpJson() {}

  record Document(
      MeetingJson meeting,
      WriteUp.Figures attendance,
      List<String> present,
      List<String> rounds,
      List<GroupJson> groups,
      List<ContributionJson> writtenContributions,
      List<String> plenaryChallenges,
      List<String> decisions,
      List<ActionJson> actionItems,
      FollowUpJson followUp,
      List<PersonJson> workingGroup,
      ChannelJson channel,
      String writeUpDue,
      String status,
      int revision,
      String publishedOn,
      List<String> illustrative) {}

  record MeetingJson(String title, String date, String start, String end, String venue, List<String> conveners, String purpose) {}

  record GroupJson(String name, int round, List<String> members, String notes, List<String> challenges) {}

  record ContributionJson(String actor, String selfPresentation, List<String> challenges) {}

  record ActionJson(String description, String owner, String due) {}

  record FollowUpJson(Integer cadenceMonths, String nextMeeting, int carriedOver, List<String> suggested) {}

  record PersonJson(String name, String actor, String email) {}

  record ChannelJson(String name, String url) {}

  static String render(WriteUp w, Messages messages, List<String> illustrative) {
    Document document = new Document(
        new MeetingJson(w.title(), w.start().toLocalDate().toString(), w.start().toOffsetDateTime().toString(),
            w.end().toOffsetDateTime().toString(), w.venue().name() + w.venue().city().map(c -> ", " + c).orElse(""), w.conveners(),
            w.purpose().orElse(null)),
        w.figures(),
        w.present(),
        w.rounds().stream().map(messages::round).toList(),
        w.groups().stream()
            .map(g -> new GroupJson(messages.text("writeup.group", g.number()), g.round(), g.members(), g.notes().orElse(null), g.challenges()))
            .toList(),
        w.writtenContributions().stream()
            .map(c -> new ContributionJson(c.actor(), c.selfPresentation(), c.challenges()))
            .toList(),
        w.plenaryChallenges(),
        w.decisions().stream().map(WriteUp.DecisionLine::text).toList(),
        w.actionItems().stream()
            .map(a -> new ActionJson(a.description(), a.owner().orElse(null), a.due().toString()))
            .toList(),
        w.followUp()
            .map(f -> new FollowUpJson(f.cadenceMonths().orElse(null), f.date().toString(), f.carriedOver(), f.suggested()))
            .orElse(null),
        w.workingGroup().stream()
            .map(p -> new PersonJson(p.name(), p.actor(), p.email().map(Email::value).orElse(null)))
            .toList(),
        w.channel().map(c -> new ChannelJson(c.name(), c.url().map(Object::toString).orElse(null))).orElse(null),
        iso(w.due()),
        w.status().name(),
        w.revision(),
        iso(w.publishedOn()),
        illustrative.stream().map(key -> messages.text("illustrative." + key)).toList());
    try {
      return MAPPER.writeValueAsString(document) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String iso(Optional<?> date) {
    return date.map(Object::toString).orElse(null);
  }
}
