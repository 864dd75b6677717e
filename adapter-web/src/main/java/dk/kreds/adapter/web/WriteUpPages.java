package dk.kreds.adapter.web;

import dk.kreds.application.port.in.ProduceWriteUpUseCase;
import dk.kreds.application.port.in.PublishWriteUpUseCase;
import dk.kreds.application.port.in.ReviseWriteUpUseCase;
import dk.kreds.application.port.in.ShowWriteUpUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.render.WriteUpMarkdown;
import dk.kreds.domain.meeting.MeetingId;
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
        (writeUp, markdown) -> markdown));
    routes.get("/meetings/{meeting}/write-up.html", ctx -> download(ctx, "html", "text/html",
        (writeUp, markdown) -> WriteUpHtml.page(markdown, writeUp.title(), Languages.of(ctx))));

    routes.post("/meetings/{meeting}/revise", ctx -> MeetingPages.change(ctx, id ->
        useCases.reviseWriteUp().revise(new ReviseWriteUpUseCase.Command(id))));
  }

  private void writeUp(Context ctx) {
    MeetingId meeting = Routes.meeting(ctx);
    WriteUp writeUp = show(meeting);
    kit.render(ctx, "writeup", Map.of("page", kit.page(ctx, "page.write-up-title", writeUp.title()),
        "meeting", meeting.value().toString(), "markdown", markdown(ctx, writeUp)));
  }

  /** The write-up as it stands, as a file of {@code type}: the Markdown, or {@code format} made of it. */
  private void download(Context ctx, String extension, String type, BiFunction<WriteUp, String, String> format) {
    WriteUp writeUp = show(Routes.meeting(ctx));
    ctx.header("Content-Disposition", "attachment; filename=\"write-up-" + writeUp.start().toLocalDate() + "." + extension + "\"");
    ctx.contentType(type + "; charset=utf-8").result(format.apply(writeUp, markdown(ctx, writeUp)));
  }

  /** The write-up as it stands, read once per request, computed without changing the meeting. */
  private WriteUp show(MeetingId meeting) {
    return useCases.showWriteUp().show(new ShowWriteUpUseCase.Command(meeting));
  }

  private static String markdown(Context ctx, WriteUp writeUp) {
    return WriteUpMarkdown.render(writeUp, Languages.messages(ctx), List.of());
  }
}
