package dk.kreds.adapter.web;

import dk.kreds.application.port.in.ProduceWriteUpUseCase;
import dk.kreds.application.port.in.PublishWriteUpUseCase;
import dk.kreds.application.port.in.ReviseWriteUpUseCase;
import dk.kreds.application.port.in.ShowWriteUpUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.WriteUpMarkdown;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.writeup.WriteUp;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The write-up: produced, published and reopened from the meeting page; previewed, and downloaded as Markdown or HTML. */
final class WriteUpPages {

  private final UseCases useCases;
  private final PageKit kit;

  WriteUpPages(UseCases useCases, PageKit kit) {
    this.useCases = useCases;
    this.kit = kit;
  }

  void register(RoutesConfig routes) {
    routes.post("/meetings/{meeting}/write-up", ctx -> MeetingPages.change(ctx, "/write-up",
        id -> useCases.produceWriteUp().produce(new ProduceWriteUpUseCase.Command(id))));
    routes.post("/meetings/{meeting}/publish", ctx -> MeetingPages.change(ctx, "/write-up",
        id -> useCases.publishWriteUp().publish(new PublishWriteUpUseCase.Command(id))));
    routes.get("/meetings/{meeting}/write-up", this::writeUp);
    routes.get("/meetings/{meeting}/write-up.md", ctx -> download(ctx, "md", "text/markdown",
        (meeting, markdown) -> markdown));
    routes.get("/meetings/{meeting}/write-up.html", ctx -> download(ctx, "html", "text/html",
        (meeting, markdown) -> WriteUpHtml.page(markdown, meeting.title(), Languages.of(ctx))));

    routes.post("/meetings/{meeting}/revise", ctx -> MeetingPages.change(ctx, id ->
        useCases.reviseWriteUp().revise(new ReviseWriteUpUseCase.Command(id))));
  }

  private void writeUp(Context ctx) {
    Meeting meeting = MeetingPages.show(useCases, ctx);
    kit.render(ctx, "writeup", Map.of("page", kit.page(ctx, "page.write-up-title", meeting.title()),
        "meeting", meeting.id().value().toString(), "markdown", markdown(ctx, meeting)));
  }

  /** The write-up as it stands, as a file of {@code type}: the Markdown, or {@code format} made of it. */
  private void download(Context ctx, String extension, String type, BiFunction<Meeting, String, String> format) {
    Meeting meeting = MeetingPages.show(useCases, ctx);
    ctx.header("Content-Disposition", "attachment; filename=\"write-up-" + meeting.time().date() + "." + extension + "\"");
    ctx.contentType(type + "; charset=utf-8").result(format.apply(meeting, markdown(ctx, meeting)));
  }

  /** The write-up as it stands, computed without changing the meeting. */
  private String markdown(Context ctx, Meeting meeting) {
    WriteUp writeUp = useCases.showWriteUp().show(new ShowWriteUpUseCase.Command(meeting.id()));
    return WriteUpMarkdown.render(writeUp, Languages.messages(ctx), List.of());
  }
}
