package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kreds serve} runs the web app on the database the other commands use. */
class ServeTest {

  private static final Pattern LISTENING = Pattern.compile("serves on http://127\\.0\\.0\\.1:(\\d+)");

  @TempDir
  Path home;

  @Test
  void givenTheDemoInADatabase_whenServing_thenTheWebAppAnswersFromThatDatabase() throws Exception {
    String db = "jdbc:sqlite:" + home.resolve("kreds.db");
    Map<String, String> environment = Map.of("KREDS_HOME", home.toString());
    assertThat(Main.run(new String[] {"--db", db, "demo"}, environment, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()))).isZero();

    CompletableFuture<Integer> port = new CompletableFuture<>();
    StringWriter err = new StringWriter();
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    Thread serving = new Thread(() -> exit.complete(Main.run(new String[] {"--db", db, "serve", "--port", "0"},
        environment, new PrintWriter(new PortWatcher(port), true), new PrintWriter(err, true))));
    serving.start();
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.get(30, TimeUnit.SECONDS) + "/api/v1/openapi.json"))
              .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"openapi\"");
    } finally {
      serving.interrupt();
    }
    assertThat(exit.get(30, TimeUnit.SECONDS)).as(err.toString()).isZero();
  }

  /** Completes {@code port} when the server says where it listens. */
  private static final class PortWatcher extends Writer {
    private final StringBuilder text = new StringBuilder();
    private final CompletableFuture<Integer> port;

    PortWatcher(CompletableFuture<Integer> port) {
      this.port = port;
    }

    @Override
    public synchronized void write(char[] buffer, int offset, int length) {
      text.append(buffer, offset, length);
      Matcher matcher = LISTENING.matcher(text);
      if (matcher.find()) {
        port.complete(Integer.parseInt(matcher.group(1)));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
