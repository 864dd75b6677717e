package dk.kreds.adapter.cli;

import dk.kreds.application.render.HtmlDocument;
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
    return HtmlDocument.page(title, language, RENDERER.render(PARSER.parse(markdown)));
  }
}
