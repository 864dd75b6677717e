package dk.kreds.adapter.web;

import dk.kreds.application.render.HtmlDocument;
import dk.kreds.application.render.Language;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The write-up as a standalone HTML page for download, rendered from its Markdown by commonmark-java as
 * the command line's export does (decision 0032): the Markdown escapes user data, the renderer any raw
 * HTML left.
 */
final class WriteUpHtml {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

  private WriteUpHtml() {}

  static String page(String markdown, String title, Language language) {
    return HtmlDocument.page(title, language, RENDERER.render(PARSER.parse(markdown)));
  }
}
