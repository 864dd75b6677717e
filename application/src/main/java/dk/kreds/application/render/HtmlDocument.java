package dk.kreds.application.render;

import java.util.Locale;

/**
 * A standalone UTF-8 HTML page around a body already rendered as HTML, e.g. a write-up's Markdown rendered
 * by an adapter: the command line's export and the web's download give the same page.
 */
public final class HtmlDocument {

  private HtmlDocument() {}

  /** The page titled {@code title} (escaped here), in {@code language}, around {@code body}. */
  public static String page(String title, Language language, String body) {
    return "<!DOCTYPE html>\n<html lang=\"" + language.name().toLowerCase(Locale.ROOT) + "\">\n<head>\n"
        + "<meta charset=\"utf-8\">\n<title>" + escape(title) + "</title>\n</head>\n<body>\n"
        + body + "</body>\n</html>\n";
  }

  /** Text for an HTML element or attribute. */
  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
