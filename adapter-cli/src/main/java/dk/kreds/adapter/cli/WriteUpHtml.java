package dk.kreds.adapter.cli;

import dk.kreds.application.render.Language;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The write-up as a standalone HTML page, rendered from its Markdown ({@code WriteUpMarkdown}) by
 * commonmark-java, so that the two never say different things. User data is escaped twice over: the
 * Markdown backslash-escapes markup, and the renderer escapes any raw HTML left.
 */
final class WriteUpHtml {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

  private WriteUpHtml() {}

  /** A UTF-8 HTML document of {@code markdown}, titled {@code title}, in {@code language}. */
  static String render(String markdown, String title, Language language) {
    return "<!DOCTYPE html>\n<html lang=\"" + language.name().toLowerCase(java.util.Locale.ROOT) + "\">\n<head>\n"
        + "<meta charset=\"utf-8\">\n<title>" + escape(title) + "</title>\n</head>\n<body>\n"
        + RENDERER.render(PARSER.parse(markdown)) + "</body>\n</html>\n";
  }

  /** Text for an HTML element or attribute. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
