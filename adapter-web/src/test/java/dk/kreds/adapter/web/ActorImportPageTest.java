package dk.kreds.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.application.port.in.ImportActorsUseCase;
import dk.kreds.application.port.in.ListActorsUseCase;
import dk.kreds.application.testing.TestWorld;
import dk.kreds.domain.actor.Actor;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The actors page's import over HTTP: an uploaded file checked (a dry run) and imported through
 * {@link ImportActorsUseCase}, bad rows reported. The file format belongs to the reader the server is given
 * (the app gives the command line's CSV reader); here a reader of {@code name;KIND} lines stands in.
 */
class ActorImportPageTest {

  /** {@code name;KIND} a line; a line with an unknown kind is a problem. */
  private static final ActorFileReader LINES = (file, messages, basis) -> {
    List<ImportActorsUseCase.Entry> entries = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> rows = new String(file, StandardCharsets.UTF_8).lines().toList();
    for (int i = 0; i < rows.size(); i++) {
      String[] cells = rows.get(i).split(";");
      if (Arrays.stream(ActorKind.values()).anyMatch(kind -> kind.name().equals(cells[1]))) {
        entries.add(new ImportActorsUseCase.Entry(ActorProfile.of(cells[0], ActorKind.valueOf(cells[1])), List.of()));
        lines.add(i + 1L);
      } else {
        problems.add("line " + (i + 1) + ": kind '" + cells[1] + "'");
      }
    }
    return new ActorFileReader.Parsed(entries, lines, problems, true);
  };

  @RegisterExtension
  final WorldServed served = new WorldServed(Optional.of(LINES));
  private final TestWorld world = served.world;
  private Http organiser;

  @BeforeEach
  void start() {
    organiser = served.organiser;
  }

  @Test
  void givenAFile_whenChecked_thenAPreviewAndNothingStored() {
    HttpResponse<String> preview = upload("Kooperationen;NGO\nVækstfonden;FUND", "check", false);

    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    assertThat(preview.body()).contains("Kooperationen", "Vækstfonden", "ny aktør", "intet er gemt");
    assertThat(actors()).isEmpty();
  }

  @Test
  void givenAFile_whenImportedTwice_thenStoredOnceAndTheSecondMatches() {
    HttpResponse<String> imported = upload("Kooperationen;NGO\nVækstfonden;FUND", "import", false);

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(303);
    assertThat(imported.headers().firstValue("Location")).hasValue("/actors?imported=2&matched=0");
    assertThat(actors()).extracting(Actor::name).containsExactly("Kooperationen", "Vækstfonden");
    assertThat(organiser.get("/actors?imported=2&matched=0").body()).contains("2 nye aktører er importeret");
    assertThat(upload("Kooperationen;NGO\nVækstfonden;FUND", "import", false).headers().firstValue("Location"))
        .hasValue("/actors?imported=0&matched=2");
  }

  @Test
  void givenABadRow_whenImporting_thenNothingStoredUnlessTheGoodRowsAreAskedFor() {
    HttpResponse<String> refused = upload("Kooperationen;NGO\nPiraterne;PIRATE", "import", false);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("line 2: kind 'PIRATE'", "Intet er importeret");
    assertThat(actors()).isEmpty();

    HttpResponse<String> skipped = upload("Kooperationen;NGO\nPiraterne;PIRATE", "import", true);
    assertThat(skipped.headers().firstValue("Location")).hasValue("/actors?imported=1&matched=0");
  }

  @Test
  void givenAnUploadWithoutTheToken_whenPosted_then403() {
    HttpResponse<String> refused = organiser.upload("/actors/import", "file",
        "Kooperationen;NGO".getBytes(StandardCharsets.UTF_8), "basis", "CONSENT", "action", "import");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(actors()).isEmpty();
  }

  @Test
  void givenAFileOverTheCap_whenUploaded_then413() {
    byte[] large = new byte[WebSettings.MAX_BODY_BYTES + 1];
    Arrays.fill(large, (byte) 'a');

    HttpResponse<String> refused = organiser.upload("/actors/import", "file", large,
        "csrf", WebTesting.token(organiser.get("/actors")), "basis", "CONSENT", "action", "import");

    assertThat(refused.statusCode()).isEqualTo(413);
  }

  @Test
  void givenAServerWithoutAReader_whenOpeningTheActors_thenNoImport() {
    try (WebServer plain = WebTesting.start(world.use)) {
      Http http = WebTesting.pageOrganiser(plain);
      assertThat(http.get("/actors").body()).doesNotContain("/actors/import");
      assertThat(http.upload("/actors/import", "file", new byte[1], "csrf", WebTesting.token(http.get("/actors")))
          .statusCode()).isEqualTo(404);
    }
  }

  private HttpResponse<String> upload(String file, String action, boolean skip) {
    List<String> fields = new ArrayList<>(List.of("csrf", WebTesting.token(organiser.get("/actors")),
        "basis", "LEGITIMATE_INTEREST", "action", action));
    if (skip) {
      fields.addAll(List.of("skip", "true"));
    }
    return organiser.upload("/actors/import", "file", file.getBytes(StandardCharsets.UTF_8), fields.toArray(String[]::new));
  }

  private List<Actor> actors() {
    return world.use.listActors().list(new ListActorsUseCase.Command(true));
  }
}
