package dk.kreds.adapter.cli;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.mixing.DialogueMixer;
import dk.kreds.domain.mixing.GroupShape;
import dk.kreds.domain.mixing.Mixing;
import dk.kreds.domain.mixing.MixingRequest;
import dk.kreds.domain.mixing.Participant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Mixes people 1..N into groups over several rounds, standalone: no database is opened. */
@Command(
    name = "solve",
    mixinStandardHelpOptions = true,
    description = {
      "Mix people numbered 1..N into groups for several rounds so that as few pairs as possible meet twice",
      "and, with --kinds, each group mixes the kinds of actor. No database is opened.",
      "Fordel personer nummereret 1..N i grupper over flere runder, så færrest mulige par mødes igen."
    },
    footer = {
      "%n--kinds FILE: one line per person, in order: an actor kind (e.g. NGO, FUND, EDUCATION), optionally",
      "followed by a comma and a region. Blank lines and lines starting with # are skipped.",
      "%nExamples:%n  kreds groups solve --people 32 --groups 8 --rounds 9",
      "  kreds groups solve --people 22 --sizes 8,7,7 --rounds 4 --kinds kinds.txt --json"
    })
final class GroupsSolveCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--people", required = true, paramLabel = "N", description = "How many people, numbered 1..N.")
  private int people;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Shape shape;

  @Option(names = "--rounds", defaultValue = "1", paramLabel = "R", description = "How many rounds (default: ${DEFAULT-VALUE}).")
  private int rounds;

  @Option(names = "--kinds", paramLabel = "FILE", description = "Each person's kind of actor, and region (see below).")
  private Path kinds;

  @Mixin
  private SearchOptions search;

  /** Either a number of groups or their sizes. */
  static final class Shape {
    @Option(names = "--groups", paramLabel = "G", description = "How many groups; sizes differ by at most one.")
    Integer groups;

    @Option(names = "--sizes", split = ",", paramLabel = "S", description = "The group sizes, e.g. 8,7,7.")
    List<Integer> sizes;

    GroupShape shape() {
      return groups != null ? new GroupShape.Count(groups) : new GroupShape.Sizes(sizes);
    }
  }

  @Override
  public Integer call() throws IOException {
    if (people < 1) {
      throw new IllegalArgumentException("--people: must be at least 1, was " + people);
    }
    List<Participant> room = room();
    MixingRequest request = MixingRequest.of(room, shape.shape(), rounds, LocalDate.EPOCH)
        .withSeed(search.seed)
        .withBudget(search.budget, Long.MAX_VALUE);
    Mixing mixing = DialogueMixer.mix(request, System::nanoTime);
    Map<ActorId, Integer> numbers = new HashMap<>();
    for (int i = 0; i < room.size(); i++) {
      numbers.put(room.get(i).actor(), i + 1);
    }
    GroupsOutput.print(spec, mixing, actor -> String.valueOf(numbers.get(actor)), numbers::get, search.json);
    return ExitCode.OK.code();
  }

  private List<Participant> room() throws IOException {
    List<Participant> room = new ArrayList<>();
    List<String[]> lines = kinds == null ? List.of() : kindLines();
    if (kinds != null && lines.size() != people) {
      throw new IllegalArgumentException("--kinds: " + kinds + " has " + lines.size() + " people, --people says " + people);
    }
    for (int i = 0; i < people; i++) {
      ActorId id = new ActorId(new UUID(0, i + 1));
      if (kinds == null) {
        room.add(Participant.of(id, ActorKind.OTHER));
      } else {
        String[] line = lines.get(i);
        Optional<String> region = line.length > 1 ? Optional.of(line[1].strip()) : Optional.empty();
        room.add(new Participant(id, kind(line[0], i + 1), region, Optional.empty()));
      }
    }
    return room;
  }

  private List<String[]> kindLines() throws IOException {
    return Files.readAllLines(kinds, StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(line -> line.split(",", 2))
        .toList();
  }

  private ActorKind kind(String text, int person) {
    try {
      return ActorKind.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--kinds: person " + person + " has the unknown kind '" + text.strip()
          + "'; one of " + List.of(ActorKind.values()), e);
    }
  }
}
