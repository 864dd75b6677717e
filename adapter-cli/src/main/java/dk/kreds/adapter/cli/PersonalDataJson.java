package dk.kreds.adapter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.kreds.application.port.in.PersonalData;
import dk.kreds.domain.actor.ContactPerson;
import dk.kreds.domain.actor.Email;
import dk.kreds.domain.actor.Phone;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A person's data as JSON for an access request (GDPR art. 15): everything Kreds keeps about them and
 * where they appear. The CLI's own shape, independent of how storage keeps it.
 */
final class PersonalDataJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PersonalDataJson() {}

  record Document(PersonJson person, String actor, List<String> workingGroups, List<RepresentationJson> representations,
      List<String> actionItems, List<String> themes) {}

  record PersonJson(String id, String name, String role, String email, String phone, BasisJson lawfulBasis) {}

  record BasisJson(String ground, String since) {}

  record RepresentationJson(String meeting, String date) {}

  static String render(PersonalData data) {
    ContactPerson p = data.person();
    Document document = new Document(
        new PersonJson(p.id().toString(), p.name(), p.role().orElse(null), p.email().map(Email::value).orElse(null),
            p.phone().map(Phone::e164).orElse(null), new BasisJson(p.basis().ground().name(), p.basis().since().toString())),
        data.actor(),
        data.workingGroups(),
        data.representations().stream().map(r -> new RepresentationJson(r.meeting(), r.date().toString())).toList(),
        data.actionItems(),
        data.themes());
    try {
      return MAPPER.writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
