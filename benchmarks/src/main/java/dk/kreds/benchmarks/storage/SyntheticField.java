package dk.kreds.benchmarks.storage;

import dk.kreds.application.port.in.ContactDetails;
import dk.kreds.application.port.in.ImportActorsUseCase;
import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.actor.ActorProfile;
import dk.kreds.domain.actor.Cvr;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.LawfulBasis;
import dk.kreds.domain.actor.Phone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A seeded, synthetic social-economy field: actors with Danish names, kinds, regions, activities, CVR
 * numbers and one or two contact persons each. The same seed gives the same field.
 */
final class SyntheticField {

  private static final String[] WORDS = {
    "Ærø", "Øresund", "Århus", "Fælles", "Grøn", "Social", "Kooperativ", "Lokal", "Nørre", "Sønder",
    "Vækst", "Fremtid", "Håb", "Bæredygtig", "Møde", "Værksted", "Café", "Netværk", "Fond", "Forening"};
  private static final String[] FORMS = {"Forening", "Fond", "ApS", "Netværk", "Center", "Kooperativ", "Institut"};
  private static final String[] REGIONS = {
    "Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland"};
  private static final String[] ACTIVITIES = {
    "beskæftigelse", "rådgivning", "uddannelse", "forskning", "finansiering", "netværk", "genbrug", "fødevarer",
    "kultur", "integration", "sundhed", "boliger", "turisme", "landbrug", "energi", "transport", "it",
    "socialt entreprenørskab", "frivillighed", "udsatte unge", "psykisk sårbare", "handicap", "ældre", "børn",
    "miljø", "klima", "design", "byggeri", "rengøring", "catering", "café-drift", "butik", "tøj", "cykler",
    "træ", "tekstil", "musik", "teater", "sport", "lobbyarbejde"};
  private static final String[] FIRST = {"Søren", "Åse", "Mette", "Jørgen", "Ida", "Bjørn", "Karen", "Mads", "Æsa", "Ole"};
  private static final String[] LAST = {"Ærø", "Østergaard", "Hansen", "Nørgaard", "Mølgaard", "Sørensen", "Bæk", "Ålund"};
  private static final Instant SINCE = Instant.parse("2014-10-01T08:00:00Z");

  private SyntheticField() {}

  /** {@code count} actors, each with one or two contact persons; about 60 % have a CVR number. */
  static List<ImportActorsUseCase.Entry> actors(int count, long seed) {
    Random random = new Random(seed);
    List<ImportActorsUseCase.Entry> entries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String name = pick(random, WORDS) + " " + pick(random, FORMS) + " " + (i + 1);
      ActorProfile profile = ActorProfile.of(name, ActorKind.values()[random.nextInt(ActorKind.values().length)])
          .withRegion(pick(random, REGIONS))
          .withActivities(activities(random))
          .withRsv(random.nextInt(10) == 0);
      Optional<Cvr> cvr = random.nextInt(10) < 6 ? cvr(i) : Optional.empty();
      if (cvr.isPresent()) {
        profile = profile.withCvr(cvr.get());
      }
      List<ContactDetails> contacts = new ArrayList<>();
      for (int c = 0, n = 1 + random.nextInt(2); c < n; c++) {
        contacts.add(new ContactDetails(
            pick(random, FIRST) + " " + pick(random, LAST),
            Optional.of("kontaktperson"),
            Optional.of(new Email("kontakt" + c + "@aktoer" + (i + 1) + ".dk")),
            Optional.of(new Phone("+45" + (20000000 + random.nextInt(9999999)))),
            new LawfulBasis(LawfulBasis.Ground.LEGITIMATE_INTEREST, SINCE)));
      }
      entries.add(new ImportActorsUseCase.Entry(profile, contacts));
    }
    return entries;
  }

  /** A valid, distinct CVR number for actor {@code i}, or none when its check digit would be 10. */
  private static Optional<Cvr> cvr(int i) {
    String first = Integer.toString(1_000_000 + i);
    int[] weights = {2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int d = 0; d < 7; d++) {
      sum += (first.charAt(d) - '0') * weights[d];
    }
    int check = (11 - sum % 11) % 11;
    return check == 10 ? Optional.empty() : Optional.of(new Cvr(first + check));
  }

  private static List<String> activities(Random random) {
    Set<String> chosen = new LinkedHashSet<>();
    for (int a = 0, n = 1 + random.nextInt(4); a < n; a++) {
      chosen.add(pick(random, ACTIVITIES));
    }
    return List.copyOf(chosen);
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
