package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs a main class in a child JVM on this test's class path, as a user's shell would run {@code kreds}. */
final class JavaProcess {

  /** What the child left behind; {@code out} is its stdout decoded strictly as UTF-8. */
  record Result(int exitCode, String out, String err) {}

  private JavaProcess() {}

  /**
   * Runs {@code mainClass} with {@code args}, {@code extraClassPath} in front of the test class path.
   * Native access is allowed, as the runnable jar's manifest allows it. The child gets no {@code KREDS_LANG} and an ISO-8859-1 platform encoding, so UTF-8 on stdout is
   * Kreds's own doing, and a fresh {@code KREDS_HOME} so it never touches the user's database. Fails the
   * test after 60 seconds.
   */
  static Result run(List<Path> extraClassPath, String mainClass, String... args) throws IOException, InterruptedException {
    List<String> classPath = new ArrayList<>();
    extraClassPath.forEach(path -> classPath.add(path.toString()));
    classPath.add(System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        java(), "-Dfile.encoding=ISO-8859-1", "--enable-native-access=ALL-UNNAMED", "-cp", String.join(System.getProperty("path.separator"), classPath), mainClass));
    command.addAll(List.of(args));

    Path out = Files.createTempFile("kreds-out", ".txt");
    Path err = Files.createTempFile("kreds-err", ".txt");
    Path home = Files.createTempDirectory("kreds-home");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().remove("KREDS_LANG");
      builder.environment().remove("KREDS_DB_URL");
      builder.environment().put("KREDS_HOME", home.toString());
      Process process = builder.start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("still running after 60 s: " + String.join(" ", command));
      }
      return new Result(process.exitValue(), strictUtf8(Files.readAllBytes(out)), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      try (Stream<Path> files = Files.walk(home)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static String java() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("stdout is not UTF-8", e);
    }
  }

  /** The checkout's root: surefire runs in the app module's directory. */
  static Path checkoutRoot() {
    Path root = Path.of("").toAbsolutePath().getParent();
    assertThat(root.resolve("pom.xml")).as("the checkout root holds the parent pom").isRegularFile();
    return root;
  }
}
