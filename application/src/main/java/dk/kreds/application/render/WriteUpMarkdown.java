package dk.kreds.application.render;

import dk.kreds.domain.writeup.WriteUp;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Renders a {@link WriteUp} as Markdown in one language. Data from users is escaped, so a name or a
 * contribution can never turn into markup.
 */
public final class WriteUpMarkdown {

  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

  private final Messages messages;
  private final StringBuilder out = new StringBuilder();

  private WriteUpMarkdown(Messages messages) {
    this.messages = messages;
  }

  /**
   * The write-up as Markdown.
   *
   * @param illustrative message keys (under {@code illustrative.}) of what is invented, shown in a
   *     closing section; empty for real meetings
   */
  public static String render(WriteUp writeUp, Messages messages, List<String> illustrative) {
    WriteUpMarkdown markdown = new WriteUpMarkdown(messages);
    markdown.header(writeUp);
    markdown.attendance(writeUp);
    markdown.agenda(writeUp);
    markdown.groups(writeUp);
    markdown.contributions(writeUp);
    markdown.outcomes(writeUp);
    markdown.followUp(writeUp);
    markdown.circle(writeUp);
    markdown.illustrative(illustrative);
    return markdown.out.toString();
  }

  private void header(WriteUp w) {
    line("# " + escape(messages.text("writeup.title", w.title())));
    line("");
    field("writeup.date", messages.date(w.start()) + ", " + HOURS.format(w.start()) + "–" + HOURS.format(w.end()));
    field("writeup.venue", escape(w.venue().name() + w.venue().city().map(city -> ", " + city).orElse("")));
    field("writeup.conveners", escape(messages.join(w.conveners())));
    String status = messages.status(w.status()) + (w.revision() > 0 ? " (" + messages.text("writeup.revision", w.revision()) + ")" : "");
    field("writeup.status", status);
    w.purpose().ifPresent(purpose -> section("writeup.purpose").line(escape(purpose)));
  }

  private void attendance(WriteUp w) {
    section("writeup.attendance");
    line("| " + messages.text("writeup.invited") + " | " + messages.text("writeup.present") + " | "
        + messages.text("writeup.absent") + " | " + messages.text("writeup.written") + " |");
    line("|---:|---:|---:|---:|");
    WriteUp.Figures f = w.figures();
    line("| " + f.invited() + " | " + f.present() + " | " + f.absent() + " | " + f.writtenContributions() + " |");
    line("");
    line("**" + messages.text("writeup.present-actors") + ":**");
    line("");
    bullets(w.present());
  }

  private void agenda(WriteUp w) {
    section("writeup.agenda");
    for (int i = 0; i < w.rounds().size(); i++) {
      line((i + 1) + ". " + escape(messages.round(w.rounds().get(i))));
    }
  }

  private void groups(WriteUp w) {
    if (w.groups().isEmpty()) {
      return;
    }
    section("writeup.groups");
    for (WriteUp.Group group : w.groups()) {
      line("### " + messages.text("writeup.group", group.number()));
      line("");
      line("**" + messages.text("writeup.members") + ":** " + escape(messages.join(group.members())));
      line("");
      group.notes().ifPresent(notes -> line("**" + messages.text("writeup.notes") + ":** " + escape(notes)).line(""));
      challenges(group.challenges());
    }
  }

  private void contributions(WriteUp w) {
    if (w.writtenContributions().isEmpty()) {
      return;
    }
    section("writeup.written");
    for (WriteUp.WrittenContribution contribution : w.writtenContributions()) {
      line("### " + escape(contribution.actor()));
      line("");
      if (!contribution.selfPresentation().isEmpty()) {
        line(escape(contribution.selfPresentation()));
        line("");
      }
      challenges(contribution.challenges());
    }
  }

  private void outcomes(WriteUp w) {
    if (!w.plenaryChallenges().isEmpty()) {
      section("writeup.plenary-challenges");
      bullets(w.plenaryChallenges());
    }
    if (!w.decisions().isEmpty()) {
      section("writeup.decisions");
      w.decisions().forEach(d -> line("- **" + messages.decisionKind(d.kind()) + ":** " + escape(d.text())));
    }
    if (!w.actionItems().isEmpty()) {
      section("writeup.actions");
      line("| " + messages.text("writeup.action.what") + " | " + messages.text("writeup.action.who") + " | "
          + messages.text("writeup.action.due") + " |");
      line("|---|---|---|");
      w.actionItems().forEach(a -> line("| " + escape(a.description()) + " | "
          + escape(a.owner().orElse(messages.text("writeup.nobody"))) + " | " + messages.date(a.due()) + " |"));
    }
  }

  private void followUp(WriteUp w) {
    w.followUp().ifPresent(next -> {
      section("writeup.follow-up");
      String cadence = next.cadenceMonths().map(m -> " (" + messages.text("writeup.cadence", m) + ")").orElse("");
      line("- " + messages.text("writeup.next-meeting", messages.date(next.date())) + cadence);
      line("- " + messages.text("writeup.carried-over", next.carriedOver()));
      if (!next.suggested().isEmpty()) {
        line("- " + messages.text("writeup.suggested") + ": " + escape(messages.join(next.suggested())));
      }
    });
  }

  private void circle(WriteUp w) {
    if (!w.workingGroup().isEmpty()) {
      section("writeup.working-group");
      w.workingGroup().forEach(p -> line("- " + escape(p.name() + ", " + p.actor()
          + p.email().map(email -> ", " + email.value()).orElse(""))));
    }
    w.channel().ifPresent(channel -> section("writeup.channel")
        .line(escape(messages.text("writeup.channel.text", channel.name()))
            + channel.url().map(url -> " <" + url + ">").orElse("")));
    w.due().ifPresent(due -> line("").line(messages.text("writeup.due", messages.date(due))));
    w.publishedOn().ifPresent(on -> line("").line(messages.text("writeup.published", messages.date(on))));
  }

  private void illustrative(List<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    section("writeup.illustrative");
    line("_" + messages.text("writeup.illustrative.intro") + "_");
    line("");
    keys.forEach(key -> line("- " + escape(messages.text("illustrative." + key))));
  }

  private void challenges(List<String> challenges) {
    if (challenges.isEmpty()) {
      return;
    }
    line("**" + messages.text("writeup.challenges") + ":**");
    line("");
    bullets(challenges);
  }

  private void bullets(List<String> items) {
    items.forEach(item -> line("- " + escape(item)));
    line("");
  }

  private void field(String key, String value) {
    line("**" + messages.text(key) + ":** " + value + "  ");
  }

  private WriteUpMarkdown section(String key) {
    if (!out.toString().endsWith("\n\n")) {
      line("");
    }
    line("## " + messages.text(key));
    line("");
    return this;
  }

  private WriteUpMarkdown line(String text) {
    out.append(text).append('\n');
    return this;
  }

  /**
   * Backslash-escapes what Markdown (and inline HTML) could read as markup: emphasis, code, links,
   * tags, entities, table pipes, and a block marker at the start. Line breaks become spaces.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      if ("\\`*_[]<>|&~".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return escaped.toString().replaceFirst("^([#+-])", "\\\\$1").replaceFirst("^([0-9]+)([.)])", "$1\\\\$2");
  }
}
