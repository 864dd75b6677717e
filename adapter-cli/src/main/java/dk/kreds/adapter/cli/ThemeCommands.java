package dk.kreds.adapter.cli;

import dk.kreds.application.port.in.PostDiscussionThemeUseCase;
import dk.kreds.domain.circle.DiscussionTheme;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kreds theme}: discussion themes and summaries posted to a circle's channel. */
@Command(
    name = "theme",
    mixinStandardHelpOptions = true,
    description = "Post discussion themes (diskussionstemaer) and summaries to a circle's channel, and list them.",
    footer = {"%nExamples:%n  kreds theme post \"Den socialøkonomiske kreds\" --title \"Opsamling\" --author \"Anne Worning\""
        + "%n  kreds theme list \"Den socialøkonomiske kreds\""})
final class ThemeCommands {

  /** The verbs, in the order --help lists them; made only when a run names this noun (KredsCommand). */
  static final List<Class<?>> VERBS = List.of(
      Post.class, ListThemes.class);

  @Command(name = "post", mixinStandardHelpOptions = true,
      description = "Post a theme to the circle's channel, dated today; the circle needs a channel (`kreds circle channel`).",
      footer = {"%nExample:%n  kreds theme post \"Den socialøkonomiske kreds\" --title \"Opsamling fra Stormødet\" "
          + "--body \"Hvilke fælles tiltag skal vi tage op først?\" --author aw@kooperationen.dk"})
  static final class Post extends Addressed.OnCircle {
    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "1–200 characters.")
    String title;

    @Option(names = "--body", paramLabel = "TEXT", defaultValue = "", description = "At most 20,000 characters.")
    String body;

    @Option(names = "--author", required = true, paramLabel = "PERSON", description = Addressed.PERSON_HELP)
    String author;

    Post(Context context) {
      super(context);
    }

    @Override
    void run() {
      Lookup lookup = lookup();
      use().postDiscussionTheme().post(new PostDiscussionThemeUseCase.Command(lookup.circle(circle), title, body,
          lookup.person(author)));
      done("cli.theme.posted", title.strip());
    }
  }

  /** A theme, for scripts; the author is empty once their data is erased. */
  record ThemeRow(LocalDate posted, String title, String author, String body) {}

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List a circle's themes in the order they were posted.",
      footer = {"%nExamples:%n  kreds theme list \"Den socialøkonomiske kreds\"%n  kreds theme list 3f2a --json"})
  static final class ListThemes extends Addressed.OnCircle {
    @Mixin
    Formats.ListFormat format;

    ListThemes(Context context) {
      super(context);
    }

    @Override
    void run() {
      CircleCommands.Loaded loaded = CircleCommands.Loaded.of(this, circle);
      List<ThemeRow> rows = loaded.circle().themes().stream().map(t -> row(t, loaded)).toList();
      list(format, ThemeRow.class, rows, () -> {
        TextTable table = new TextTable(List.of(messages().text("cli.col.date"), messages().text("cli.col.title"),
            messages().text("cli.col.author")));
        rows.forEach(t -> table.row(messages().date(t.posted()), t.title(), t.author()));
        return table;
      });
    }

    private static ThemeRow row(DiscussionTheme theme, CircleCommands.Loaded loaded) {
      String author = theme.author()
          .flatMap(ref -> loaded.actors().get(ref.actor()).findContact(ref.contact()))
          .map(person -> person.name()).orElse(null);
      return new ThemeRow(theme.posted(), theme.title(), author, theme.body());
    }
  }
}
