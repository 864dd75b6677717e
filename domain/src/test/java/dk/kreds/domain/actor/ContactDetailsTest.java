package dk.kreds.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a CVR number, an e-mail address, a phone number and a website are read from what people type. */
class ContactDetailsTest {

  private static final Map<String, Function<String, String>> READ = Map.of(
      "cvr", typed -> Cvr.parse(typed).digits(),
      "email", typed -> new Email(typed).value(),
      "phone", typed -> Phone.parse(typed).e164(),
      "website", typed -> Website.parse(typed).toString());

  @ParameterizedTest(name = "{0}: ''{1}'' → {2}")
  @CsvSource({
      "cvr,     25313763,                  25313763",
      "cvr,     DK25313763,                25313763",
      "cvr,     DK 25 31 37 63,            25313763",
      "cvr,     'dk 2531 3763 ',           25313763",
      "email,   Per@Timebank.DK,           Per@timebank.dk",
      "email,   ' aw@kooperationen.dk ',   aw@kooperationen.dk",
      "email,   info@socialøkonomi.dk,     info@socialøkonomi.dk",
      "phone,   33 12 34 56,               +4533123456",
      "phone,   +45 33-12-34-56,           +4533123456",
      "phone,   (+45) 33.12.34.56,         +4533123456",
      "phone,   0046 70 123 45 67,         +46701234567",
      "phone,   +44 20 7946 0958,          +442079460958",
      "website, kooperationen.dk,          https://kooperationen.dk",
      "website, http://www.seid.dk,        http://www.seid.dk",
      "website, ' https://kbhplus.dk/om ', https://kbhplus.dk/om"})
  void givenDetailAsTyped_whenReading_thenKeptInItsOneForm(String detail, String typed, String kept) {
    assertThat(READ.get(detail).apply(typed)).isEqualTo(kept);
  }
}
