package dk.kreds.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kreds.application.render.Language;
import dk.kreds.application.render.Messages;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.LawfulBasis;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The actor CSV file read for another front end (the web's import page): entries, their lines and the problems. */
class ActorCsvFileTest {

  private static final LawfulBasis BASIS = new LawfulBasis(LawfulBasis.Ground.CONSENT, Instant.parse("2014-09-01T00:00:00Z"));

  @Test
  void givenAFileWithAGoodAndABadRow_whenRead_thenOneEntryAndOneProblemLine() {
    byte[] file = "navn;type;cvr;kontaktperson;email\nKooperationen;NGO;;Anne Worning;anne@example.org\nBeta;NGO;12345678;;\n"
        .getBytes(StandardCharsets.UTF_8);

    ActorCsvFile.Read read = ActorCsvFile.read(file, Messages.in(Language.EN), BASIS);

    assertThat(read.entries()).singleElement().satisfies(entry -> {
      assertThat(entry.profile().kind()).isEqualTo(ActorKind.NGO);
      assertThat(entry.contacts()).singleElement().satisfies(contact -> assertThat(contact.basis()).isEqualTo(BASIS));
    });
    assertThat(read.lines()).containsExactly(2L);
    assertThat(read.problems()).singleElement().asString().startsWith("line 3, column cvr, value '12345678'")
        .endsWith("[actor.cvr.checksum]");
    assertThat(read.complete()).isTrue();
  }

  @Test
  void givenAFileWithoutANameColumn_whenRead_thenRefused() {
    assertThatThrownBy(() -> ActorCsvFile.read("cvr\n12345674\n".getBytes(StandardCharsets.UTF_8),
        Messages.in(Language.EN), BASIS)).isInstanceOf(IllegalArgumentException.class);
  }
}
