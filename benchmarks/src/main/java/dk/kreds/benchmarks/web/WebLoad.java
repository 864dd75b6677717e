package dk.kreds.benchmarks.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dk.kreds.adapter.jdbc.JdbcStorage;
import dk.kreds.adapter.web.FixedResponses;
import dk.kreds.adapter.web.WebServer;
import dk.kreds.adapter.web.WebSettings;
import dk.kreds.application.port.in.AddOrganiserUseCase;
import dk.kreds.application.port.in.CreateCircleUseCase;
import dk.kreds.application.port.in.InviteActorsUseCase;
import dk.kreds.application.port.in.IssueRsvpLinksUseCase;
import dk.kreds.application.port.in.PlanMeetingUseCase;
import dk.kreds.application.port.in.RegisterActorUseCase;
import dk.kreds.application.port.in.ShowMeetingUseCase;
import dk.kreds.application.port.in.UseCases;
import dk.kreds.application.service.ServiceFactory;
import dk.kreds.domain.account.Username;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.circle.CircleId;
import dk.kreds.domain.meeting.MeetingId;
import dk.kreds.domain.meeting.MeetingPlan;
import dk.kreds.domain.meeting.MeetingTime;
import dk.kreds.domain.meeting.Response;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.meeting.Venue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * The web app under {@code wrk} (issue 4). On a fresh SQLite file: a meeting with 200 invitations; then,
 * in one server and one run, {@code GET /api/v1/meetings/{id}} and the meeting page against the very same
 * bytes served from memory at {@code /bench/…} (the transport ceiling), 50 connections for 30 s each after
 * a 10 s warm-up; then 200 concurrent RSVP POSTs to 200 different invitations, checked to be recorded once
 * each. Prints a Markdown table for docs/benchmarks.md.
 *
 * <pre>{@code
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar dk.kreds.benchmarks.web.WebLoad [seconds] [connections]
 * }</pre>
 */
public final class WebLoad {

  private static final int INVITEES = 200;
  private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
  private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");
  private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
  private static final Pattern TIMEOUTS = Pattern.compile("timeout (\\d+)");
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private WebLoad() {}

  public static void main(String[] args) throws Exception {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int connections = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    Path folder = Files.createTempDirectory("kreds-webload-");
    try (JdbcStorage storage = JdbcStorage.open("jdbc:sqlite:" + folder.resolve("kreds.db"))) {
      UseCases useCases = ServiceFactory.create(storage.ports(), storage, Clock.system(ZONE));
      FixedResponses fixed = new FixedResponses();
      try (WebServer server = WebServer.start(useCases, new WebSettings("127.0.0.1", 0, URI.create("http://127.0.0.1")), fixed)) {
        String base = "http://127.0.0.1:" + server.port();
        MeetingId meeting = meetingWith200Invitations(useCases, ZonedDateTime.now(ZONE).plusMonths(1));
        String cookie = logIn(useCases, base);
        String api = "/api/v1/meetings/" + meeting.value();
        String page = "/meetings/" + meeting.value();
        fixed.put("api", "application/json; charset=utf-8", get(base + api, cookie).body().getBytes(StandardCharsets.UTF_8));
        fixed.put("page", "text/html; charset=utf-8", get(base + page, cookie).body().getBytes(StandardCharsets.UTF_8));

        System.out.printf("| endpoint | requests/s | p99 | share of its ceiling | non-2xx / timeouts |%n"
            + "|---|---:|---:|---:|---:|%n");
        Result apiCeiling = wrk(base + "/bench/api", cookie, seconds, connections);
        Result apiReal = wrk(base + api, cookie, seconds, connections);
        Result apiFresh = wrk(base + api, cookie, seconds, connections, "--script", FRESH.toString());
        Result pageCeiling = wrk(base + "/bench/page", cookie, seconds, connections);
        Result pageReal = wrk(base + page, cookie, seconds, connections);
        Result pageFresh = wrk(base + page, cookie, seconds, connections, "--script", FRESH.toString());
        row("GET /bench/api (same bytes from memory)", apiCeiling, apiCeiling);
        row("GET /api/v1/meetings/{id} (200 invitations)", apiReal, apiCeiling);
        row("… every answer made afresh (a new query each time, so never from the cache)", apiFresh, apiCeiling);
        row("GET /bench/page (same bytes from memory)", pageCeiling, pageCeiling);
        row("GET /meetings/{id} page (200 invitations)", pageReal, pageCeiling);
        row("… every answer made afresh (a new query each time, so never from the cache)", pageFresh, pageCeiling);

        rsvpRace(useCases, base, ZonedDateTime.now(ZONE).plusMonths(2));
      }
    }
  }

  /** What wrk measured; errors are non-2xx answers, timeouts requests unanswered after 2 s. */
  private record Result(double requestsPerSecond, double p99Millis, long errors, long timeouts) {}

  private static void row(String name, Result result, Result ceiling) {
    System.out.printf("| %s | %,.0f | %.1f ms | %.0f %% | %d / %d |%n", name, result.requestsPerSecond,
        result.p99Millis, 100 * result.requestsPerSecond / ceiling.requestsPerSecond, result.errors, result.timeouts);
  }

  /**
   * A wrk script that adds a query no request had before ({@code ?fresh=thread-n}): the server's response
   * cache keys on the query, so each answer is read and rendered anew.
   */
  private static final Path FRESH = freshScript();

  private static Path freshScript() {
    try {
      Path script = Files.createTempFile("kreds-fresh", ".lua");
      Files.writeString(script, """
          local threads = 0
          function setup(thread) threads = threads + 1; thread:set("id", threads) end
          function init(args) n = 0 end
          function request() n = n + 1; return wrk.format(nil, wrk.path .. "?fresh=" .. id .. "-" .. n) end
          """);
      script.toFile().deleteOnExit();
      return script;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code wrk} for a warm-up of 10 s, then {@code seconds} measured; {@code options} go before the URL. */
  private static Result wrk(String url, String cookie, int seconds, int connections, String... options)
      throws IOException, InterruptedException {
    List<String> common = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-H", "Cookie: " + cookie));
    common.addAll(List.of(options));
    List<String> warmUp = new ArrayList<>(common);
    warmUp.addAll(List.of("-d10s", url));
    run(warmUp);
    List<String> measured = new ArrayList<>(common);
    measured.addAll(List.of("-d" + seconds + "s", "--latency", url));
    String out = run(measured);
    Matcher errors = ERRORS.matcher(out);
    Matcher timeouts = TIMEOUTS.matcher(out);
    Matcher rate = REQUESTS.matcher(out);
    Matcher p99 = P99.matcher(out);
    if (!rate.find() || !p99.find()) {
      throw new IllegalStateException("cannot read wrk's output:\n" + out);
    }
    double value = Double.parseDouble(p99.group(1));
    double millis = switch (p99.group(2)) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
    return new Result(Double.parseDouble(rate.group(1)), millis, errors.find() ? Long.parseLong(errors.group(1)) : 0,
        timeouts.find() ? Long.parseLong(timeouts.group(1)) : 0);
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
    }
    return out;
  }

  private static MeetingId meetingWith200Invitations(UseCases useCases, ZonedDateTime start) {
    List<ActorId> actors = new ArrayList<>();
    for (int i = 1; i <= INVITEES; i++) {
      actors.add(useCases.registerActor().register(new RegisterActorUseCase.Command(
          ActorProfile.of("Aktør " + start.getMonthValue() + "-" + i + " æøå", ActorKind.values()[i % ActorKind.values().length]))));
    }
    CircleId circle = useCases.createCircle().create(new CreateCircleUseCase.Command("Kreds " + start.toLocalDate(),
        List.of(actors.get(0)), Optional.empty()));
    MeetingId meeting = useCases.planMeeting().plan(new PlanMeetingUseCase.Command(circle, new MeetingPlan(
        "Stormøde " + start.toLocalDate(), new MeetingTime(start, start.plusHours(3)), Venue.of("Kooperationen", "København"),
        Optional.of("Overblik over feltet"), List.of(actors.get(0)),
        List.of(new Round.Presentation(), new Round.Dialogue(3, Optional.empty()), new Round.Closing()), Optional.empty())));
    useCases.inviteActors().invite(new InviteActorsUseCase.Command(meeting, actors));
    return meeting;
  }

  private static String logIn(UseCases useCases, String base) throws Exception {
    useCases.addOrganiser().add(new AddOrganiserUseCase.Command(new Username("bench"), "benchmark password"));
    HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"bench\", \"password\": \"benchmark password\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private static HttpResponse<String> get(String url, String cookie) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** 200 invitees answer at once, each through their own link; every answer must be recorded, once. */
  private static void rsvpRace(UseCases useCases, String base, ZonedDateTime start) throws Exception {
    MeetingId meeting = meetingWith200Invitations(useCases, start);
    List<ActorId> invitees = useCases.showMeeting().show(new ShowMeetingUseCase.Command(meeting)).invitations().stream()
        .map(dk.kreds.domain.meeting.Invitation::actor).toList();
    Map<ActorId, String> tokens = useCases.issueRsvpLinks().issue(new IssueRsvpLinksUseCase.Command(meeting, invitees));
    ExecutorService clientThreads = Executors.newFixedThreadPool(16);
    HttpClient client = HttpClient.newBuilder().executor(clientThreads).build();
    List<HttpRequest> posts = new ArrayList<>();
    for (String token : tokens.values()) {
      String page = client.send(HttpRequest.newBuilder(URI.create(base + "/rsvp/" + token)).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      Matcher csrf = CSRF.matcher(page);
      if (!csrf.find()) {
        throw new IllegalStateException("no form on the RSVP page");
      }
      posts.add(HttpRequest.newBuilder(URI.create(base + "/rsvp/" + token))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
              + "&answer=ACCEPT")).build());
    }
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService senders = Executors.newFixedThreadPool(INVITEES);
    long began = System.nanoTime();
    List<CompletableFuture<Integer>> answers = posts.stream().map(post -> CompletableFuture.supplyAsync(() -> {
      try {
        go.await();
        return client.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
      } catch (IOException e) {
        return -1;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
    }, senders)).toList();
    go.countDown();
    long ok = answers.stream().map(CompletableFuture::join).filter(status -> status == 200).count();
    double millis = (System.nanoTime() - began) / 1e6;
    senders.shutdown();
    clientThreads.shutdown(); // else its threads keep the benchmark's JVM alive after the last row
    long accepted = useCases.showMeeting().show(new ShowMeetingUseCase.Command(meeting)).invitations().stream()
        .filter(invitation -> invitation.response() instanceof Response.Accepted).count();
    System.out.printf("%n| 200 concurrent RSVP POSTs | answered 200 OK | recorded as accepted | lost | wall time |%n"
        + "|---|---:|---:|---:|---:|%n| SQLite, one meeting, 200 invitations | %d | %d | %d | %.0f ms |%n",
        ok, accepted, INVITEES - accepted, millis);
    if (ok != INVITEES || accepted != INVITEES) {
      throw new IllegalStateException("RSVP answers lost: " + ok + " OK, " + accepted + " recorded");
    }
  }
}
