package dk.kreds.app.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Embedders read the Javadoc of the domain and of the application's ports: every public type there
 * has a doc comment. Checked on the sources, since javadoc's own "missing" lint also flags accessors.
 */
class JavadocCoverageTest {

  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^( *)public (?:(?:static|final|abstract|sealed|non-sealed) )*(?:class|interface|record|enum) (\\w+)", Pattern.MULTILINE);

  @Test
  void everyPublicTypeOfTheDomainAndThePortsHasJavadoc() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<String> undocumented = new ArrayList<>();
    undocumented.addAll(undocumentedIn(root.resolve("domain/src/main/java/dk/kreds/domain")));
    undocumented.addAll(undocumentedIn(root.resolve("application/src/main/java/dk/kreds/application/port")));
    assertThat(undocumented).isEmpty();
  }

  @Test
  void theCheckFindsATypeWithoutJavadoc() {
    String source = "package x;\n\n/** Documented. */\npublic final class A {\n  public record B(int c) {}\n}\n";
    assertThat(undocumented("A.java", source)).containsExactly("A.java: B");
  }

  private static List<String> undocumentedIn(Path dir) throws IOException {
    assertThat(dir).isDirectory();
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        found.addAll(undocumented(dir.relativize(file).toString(), Files.readString(file)));
      }
    }
    return found;
  }

  private static List<String> undocumented(String name, String source) {
    List<String> found = new ArrayList<>();
    Matcher type = PUBLIC_TYPE.matcher(source);
    while (type.find()) {
      String before = source.substring(0, type.start()).stripTrailing();
      while (before.endsWith(")") || before.matches("(?s).*\\n *@\\w+$")) {
        before = before.substring(0, before.lastIndexOf('\n')).stripTrailing();
      }
      if (!before.endsWith("*/")) {
        found.add(name + ": " + type.group(2));
      }
    }
    return found;
  }
}
