package dk.kreds.application.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.meeting.DecisionKind;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.shared.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The Danish and English texts cover the same keys, every rule, every field and every named value. */
class MessageBundlesTest {

  private static final Properties DA = load("da");
  private static final Properties EN = load("en");

  @Test
  void givenBothBundles_whenComparingKeys_thenExactlyTheSame() {
    assertThat(DA.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(EN.stringPropertyNames());
  }

  @Test
  void givenBothBundles_whenReadingEveryText_thenNoneIsBlank() {
    Stream.of(DA, EN).forEach(bundle -> assertThat(bundle.stringPropertyNames())
        .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank()));
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void givenRule_whenLookingUpItsTextAndItsFieldsName_thenBothLanguagesHaveThem(Rule rule) {
    Stream.of(DA, EN).forEach(bundle -> assertThat(bundle).containsKeys("rule." + rule.code(), "field." + rule.field()));
  }

  @ParameterizedTest
  @MethodSource("namedValues")
  void givenNamedValue_whenLookingUpItsText_thenBothLanguagesHaveOne(String key) {
    Stream.of(DA, EN).forEach(bundle -> assertThat(bundle).containsKey(key));
  }

  static Stream<String> namedValues() {
    Stream<String> kinds = Arrays.stream(ActorKind.values()).map(k -> "kind." + k.name());
    Stream<String> statuses = Arrays.stream(MeetingStatus.values()).map(s -> "status." + s.name());
    Stream<String> decisions = Arrays.stream(DecisionKind.values()).map(d -> "decision." + d.name());
    Stream<String> entities = List.of("actor", "contact", "circle", "meeting", "group", "action", "contribution").stream()
        .map(entity -> "entity." + entity);
    return Stream.of(kinds, statuses, decisions, entities).flatMap(s -> s);
  }

  @Test
  void givenTextsWithArguments_whenFormatted_thenNoApostropheIsSwallowed() {
    Stream.of(DA, EN).forEach(bundle -> assertThat(bundle.stringPropertyNames())
        .filteredOn(key -> bundle.getProperty(key).contains("{0}"))
        .allSatisfy(key -> assertThat(bundle.getProperty(key).replace("''", "")).as(key).doesNotContain("'")));
  }

  private static Properties load(String language) {
    String path = "/dk/kreds/application/render/messages_" + language + ".properties";
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
