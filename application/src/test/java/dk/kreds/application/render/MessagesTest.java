package dk.kreds.application.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.meeting.Round;
import dk.kreds.domain.shared.NotFoundException;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Refusals, dates, lists and rounds as a Danish or English reader reads them. */
class MessagesTest {

  private static final Messages DANISH = Messages.in(Language.DA);
  private static final Messages ENGLISH = Messages.in(Language.EN);

  private final RuleViolation wrongCheckDigit = catchThrowableOfType(RuleViolation.class, () -> new Cvr("12345678"));

  @Test
  void givenOneOrMany_whenCountingInText_thenSingularAndPluralAreRight() {
    assertThat(ENGLISH.text("writeup.cadence", 1)).isEqualTo("the circle meets every month");
    assertThat(ENGLISH.text("writeup.cadence", 6)).isEqualTo("the circle meets every 6 months");
    assertThat(DANISH.text("writeup.cadence", 6)).isEqualTo("kredsen mødes hver 6. måned");
    assertThat(DANISH.text("writeup.carried-over", 1)).isEqualTo("1 aktør inviteres igen");
    assertThat(ENGLISH.text("writeup.carried-over", 22)).isEqualTo("22 actors invited again");
  }

  @Test
  void givenRuleWithoutValue_whenExplained_thenNoEmptyQuotes() {
    RuleViolation noConveners = new RuleViolation(Rule.MEETING_CONVENERS_EMPTY, "");

    assertThat(DANISH.error(noConveners)).isEqualTo("indkaldere: et møde skal have mindst én indkalder");
  }

  @Test
  void givenCvrWithAWrongCheckDigit_whenExplainedInDanish_thenFieldValueAndRuleAreNamed() {
    assertThat(DANISH.error(wrongCheckDigit))
        .isEqualTo("CVR-nummer '12345678': består ikke modulus 11-kontrollen (vægte 2,7,6,5,4,3,2,1)");
  }

  @Test
  void givenCvrWithAWrongCheckDigit_whenExplainedInEnglish_thenFieldValueAndRuleAreNamed() {
    assertThat(ENGLISH.error(wrongCheckDigit))
        .isEqualTo("CVR number '12345678': fails the modulus-11 check (weights 2,7,6,5,4,3,2,1)");
  }

  @Test
  void givenUnknownActor_whenExplained_thenTheEntityAndIdAreNamedInEachLanguage() {
    ActorId id = new ActorId(UUID.fromString("00000000-0000-0000-0000-000000000022"));
    NotFoundException notFound = new NotFoundException("actor", id);

    assertThat(DANISH.error(notFound)).isEqualTo("Aktør '" + id + "' findes ikke");
    assertThat(ENGLISH.error(notFound)).isEqualTo("Actor '" + id + "' not found");
  }

  @Test
  void givenDate_whenWritten_thenTheWayEachLanguageWritesIt() {
    assertThat(DANISH.date(LocalDate.of(2015, 5, 25))).isEqualTo("25. maj 2015");
    assertThat(ENGLISH.date(LocalDate.of(2015, 5, 25))).isEqualTo("25 May 2015");
  }

  /** The month names are the texts' own; they must say what the JDK's locale data says. */
  @Property
  void givenAnyDate_whenWritten_thenAsTheJdksLongDateInTheLanguage(@ForAll @IntRange(min = 1, max = 9999) int year,
      @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day,
      @ForAll Language language) {
    LocalDate date = LocalDate.of(year, month, day);

    assertThat(Messages.in(language).date(date))
        .isEqualTo(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date));
  }

  @Test
  void givenAZonedTime_whenWritten_thenItsDayWhereItIs() {
    assertThat(DANISH.date(ZonedDateTime.of(2014, 11, 25, 23, 30, 0, 0, ZoneId.of("Europe/Copenhagen"))))
        .isEqualTo("25. november 2014");
  }

  @Test
  void givenAKeyWithoutText_whenAskedFor_thenMissingResourceNamesTheKey() {
    assertThatThrownBy(() -> ENGLISH.text("no.such.key"))
        .isInstanceOf(MissingResourceException.class)
        .hasMessageContaining("'no.such.key'");
  }

  @Test
  void givenThreeNames_whenJoined_thenCommasAndTheLanguagesAnd() {
    List<String> names = List.of("Kooperationen", "KBH+", "CABI");

    assertThat(DANISH.join(names)).isEqualTo("Kooperationen, KBH+ og CABI");
    assertThat(ENGLISH.join(names)).isEqualTo("Kooperationen, KBH+ and CABI");
    assertThat(DANISH.join(List.of("Kooperationen"))).isEqualTo("Kooperationen");
  }

  @Test
  void givenDialogueRoundWithATopic_whenWritten_thenItsGroupsAndTopic() {
    Round dialogue = new Round.Dialogue(3, Optional.of("Udfordringerne"));

    assertThat(DANISH.round(dialogue)).isEqualTo("Dialogrunde i 3 grupper: Udfordringerne");
    assertThat(ENGLISH.round(dialogue)).isEqualTo("Dialogue round in 3 groups: Udfordringerne");
  }
}
