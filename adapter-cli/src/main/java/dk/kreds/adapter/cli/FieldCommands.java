package dk.kreds.adapter.cli;

import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.field.CommonInterest;
import dk.kreds.domain.field.FieldOverview;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kreds field}: the field as a whole. */
@Command(
    name = "field",
    mixinStandardHelpOptions = true,
    description = "Look at the field (feltet) as a whole.",
    footer = {"%nExample:%n  kreds field overview --lang en"})
final class FieldCommands {

  /** The verbs, in the order --help lists them; made only when a run names this noun (KredsCommand). */
  static final List<Class<?>> VERBS = List.of(
      Overview.class);

  /** The overview, for scripts: kinds as codes. */
  record OverviewView(int actors, int rsv, Map<String, List<String>> byKind, Map<String, Integer> byRegion,
      Map<String, Integer> byActivity, List<CommonInterest> commonInterests) {}

  @Command(name = "overview", mixinStandardHelpOptions = true,
      description = {
        "Summarise the field from its active actors.",
        "How many there are, by kind, region and activity, and the common interests: activities shared across",
        "kinds, most widely shared first."
      },
      footer = {"%nExamples:%n  kreds field overview%n  kreds field overview --json | jq '.commonInterests[0]'"})
  static final class Overview extends CliCommand {
    @Mixin
    Formats.ShowFormat format;

    Overview(Context context) {
      super(context);
    }

    @Override
    void run() {
      FieldOverview overview = use().showFieldOverview().show();
      Map<String, List<String>> byKind = new LinkedHashMap<>();
      overview.byKind().forEach((kind, names) -> byKind.put(Inputs.code(kind), names));
      show(format, new OverviewView(overview.actors(), overview.rsv(), byKind, overview.byRegion(), overview.byActivity(),
          overview.commonInterests()), () -> print(overview));
    }

    private void print(FieldOverview overview) {
      out().println(messages().text("cli.field.actors", overview.actors(), overview.rsv()));
      out().println();
      TextTable kinds = new TextTable(List.of(messages().text("cli.col.kind"), messages().text("cli.col.count"),
          messages().text("cli.col.actors")));
      for (Map.Entry<ActorKind, List<String>> kind : overview.byKind().entrySet()) {
        kinds.row(messages().kind(kind.getKey()), kind.getValue().size(), String.join(", ", kind.getValue()));
      }
      kinds.print(out());
      out().println();
      TextTable regions = new TextTable(List.of(messages().text("cli.col.region"), messages().text("cli.col.count")));
      overview.byRegion().forEach((region, count) -> regions.row(region.isEmpty() ? "—" : region, count));
      regions.print(out());
      out().println();
      out().println(messages().text("cli.heading.common-interests"));
      TextTable common = new TextTable(List.of(messages().text("cli.col.activity"), messages().text("cli.col.kinds"),
          messages().text("cli.col.actors")));
      overview.commonInterests().forEach(ci -> common.row(ci.activity(), ci.kinds(), String.join(", ", ci.actors())));
      common.print(out());
    }
  }
}
