package dk.kreds.adapter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.kreds.application.render.Language;
import dk.kreds.application.render.Messages;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.mixing.Mixing;
import dk.kreds.domain.mixing.MixingQuality;
import dk.kreds.domain.mixing.StopReason;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/** Prints mixed groups: a table per round in the chosen language, or JSON for scripts. */
final class GroupsOutput {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private GroupsOutput() {}

  /** The JSON document: per round the groups, each a list of members; then the quality. */
  record Document<T>(List<List<List<T>>> rounds, Quality quality) {}

  /** The quality figures, in the order scripts read them. */
  record Quality(int repeats, int lowerBound, int maxPairMeetings, double diversity, StopReason stoppedBy, long millis) {
    static Quality of(MixingQuality q, StopReason stoppedBy, long millis) {
      return new Quality(q.repeats(), q.lowerBound(), q.maxPairMeetings(), q.diversity(), stoppedBy, millis);
    }
  }

  /**
   * Prints {@code mixing}: members by {@code name} in the table, by {@code json} in JSON.
   */
  static <T> void print(CommandSpec spec, Mixing mixing, Function<ActorId, String> name, Function<ActorId, T> json, boolean asJson) {
    PrintWriter out = spec.commandLine().getOut();
    if (asJson) {
      List<List<List<T>>> rounds = mixing.rounds().stream()
          .map(round -> round.stream().map(group -> group.stream().map(json).toList()).toList())
          .toList();
      out.println(json(new Document<>(rounds, Quality.of(mixing.quality(), mixing.stoppedBy(), mixing.millis()))));
    } else {
      Messages messages = Messages.in(language(spec));
      table(out, messages, mixing.rounds(), name);
      out.println(quality(messages, mixing.quality()));
      out.println(messages.text("groups.stopped." + mixing.stoppedBy().name(), mixing.millis()));
    }
    out.flush();
  }

  /** One block per round, one line per group: its number, its size and its members. */
  static void table(PrintWriter out, Messages messages, List<List<List<ActorId>>> rounds, Function<ActorId, String> name) {
    for (int r = 0; r < rounds.size(); r++) {
      out.println(messages.text("groups.round", r + 1));
      List<List<ActorId>> groups = rounds.get(r);
      for (int g = 0; g < groups.size(); g++) {
        List<String> members = groups.get(g).stream().map(name).toList();
        out.printf(Locale.ROOT, "  %-10s %3d  %s%n", messages.text("groups.group", g + 1), members.size(), String.join(", ", members));
      }
    }
  }

  static String quality(Messages messages, MixingQuality q) {
    return messages.text("groups.quality", q.repeats(), q.lowerBound(), q.maxPairMeetings(),
        String.format(Locale.ROOT, "%.3f", q.diversity()), q.earlierEncounters());
  }

  private static String json(Object document) {
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The --lang of the root command, or Danish when the command runs on its own. */
  static Language language(CommandSpec spec) {
    return spec.root().userObject() instanceof KredsCommand root ? root.language() : Language.DA;
  }
}
