package dk.kreds.adapter.jdbc;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.circle.Cadence;
import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.circle.DiscussionChannel;
import dk.kreds.domain.circle.DiscussionTheme;
import dk.kreds.domain.circle.Membership;

/** A circle's document: its conveners and members, cadence, working group, channel and themes. */
final class CircleDocument extends DocumentFormat<Circle.State> {

  CircleDocument() {
    super("circle");
  }

  @Override
  void write(Circle.State circle, DocumentWriter document) {
    document.text("id", circle.id())
        .text("name", circle.name())
        .texts("conveners", circle.conveners())
        .objects("members", circle.members(), (member, fields) ->
            fields.text("actor", member.actor()).text("joined", member.joined()))
        .optionalObject("cadence", circle.cadence(), (cadence, fields) -> fields.number("months", cadence.months()))
        .objects("workingGroup", circle.workingGroup(), ActorDocument::writeContactRef)
        .optionalObject("channel", circle.channel(), (channel, fields) ->
            fields.text("name", channel.name()).optional("url", channel.url()))
        .objects("themes", circle.themes(), CircleDocument::writeTheme);
  }

  @Override
  Circle.State read(DocumentFields document, long version) {
    return new Circle.State(document.text("id", CircleId::parse), version,
        document.text("name"),
        document.texts("conveners", ActorId::parse),
        document.objects("members", fields ->
            new Membership(fields.text("actor", ActorId::parse), fields.text("joined", IsoTimes::date))),
        document.optionalObject("cadence", fields -> new Cadence(fields.integer("months"))),
        document.objects("workingGroup", ActorDocument::readContactRef),
        document.optionalObject("channel", fields -> new DiscussionChannel(fields.text("name"),
            fields.optionalText("url", ActorDocument::website))),
        document.objects("themes", CircleDocument::readTheme));
  }

  private static void writeTheme(DiscussionTheme theme, DocumentWriter fields) {
    fields.text("title", theme.title())
        .text("body", theme.body())
        .text("posted", theme.posted())
        .optionalObject("author", theme.author(), ActorDocument::writeContactRef);
  }

  private static DiscussionTheme readTheme(DocumentFields fields) {
    return new DiscussionTheme(fields.text("title"), fields.text("body"), fields.text("posted", IsoTimes::date),
        fields.optionalObject("author", ActorDocument::readContactRef));
  }
}
