package dk.kreds.adapter.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** Renders the precompiled JTE templates (HTML-escaped by content type) as a response. */
final class Html {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  void render(Context ctx, int status, String template, Map<String, Object> parameters) {
    StringOutput output = new StringOutput();
    engine.render(template + ".jte", parameters, output);
    ctx.status(status).contentType("text/html; charset=utf-8").result(output.toString());
  }
}
