package dk.kreds.application.service;

import static dk.kreds.application.port.in.RecordResponseUseCase.Answer.ACCEPT;

import dk.kreds.application.port.in.AnswerRsvpUseCase;
import dk.kreds.application.port.in.IssueRsvpLinksUseCase;
import dk.kreds.application.port.in.ShowRsvpUseCase;
import dk.kreds.application.port.out.ActorRepository;
import dk.kreds.application.port.out.MeetingRepository;
import dk.kreds.application.port.out.Ports;
import dk.kreds.application.port.out.RsvpLink;
import dk.kreds.application.port.out.RsvpLinkRepository;
import dk.kreds.application.port.out.UnitOfWork;
import dk.kreds.domain.actor.ActorId;
import dk.kreds.domain.meeting.Contribution;
import dk.kreds.domain.meeting.ContributionForm;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.shared.Rule;
import dk.kreds.domain.shared.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * RSVP links: a random token of 256 bits per invitation, stored only as its SHA-256 (a token has too
 * much entropy to guess, so a fast hash suffices), good until the meeting starts.
 */
public final class RsvpService implements IssueRsvpLinksUseCase, ShowRsvpUseCase, AnswerRsvpUseCase {

  private static final int TOKEN_BYTES = 32;

  private final ActorRepository actors;
  private final MeetingRepository meetings;
  private final RsvpLinkRepository links;
  private final UnitOfWork unitOfWork;
  private final Supplier<SecureRandom> random;
  private final Clock clock;

  RsvpService(Ports ports, Supplier<SecureRandom> random, Clock clock) {
    this.actors = ports.actors();
    this.meetings = ports.meetings();
    this.links = ports.rsvpLinks();
    this.unitOfWork = ports.unitOfWork();
    this.random = random;
    this.clock = clock;
  }

  @Override
  public Map<ActorId, String> issue(IssueRsvpLinksUseCase.Command command) {
    return unitOfWork.inTransaction(() -> {
      Meeting meeting = meetings.get(command.meeting());
      Instant now = clock.instant();
      RuleViolation.require(!meeting.time().hasStartedAt(now), Rule.RESPONSE_AFTER_START, now);
      Map<ActorId, String> tokens = new LinkedHashMap<>();
      for (ActorId actor : command.actors()) {
        meeting.invitation(actor);
        String token = newToken();
        links.replace(new RsvpLink(hash(token), meeting.id(), actor));
        tokens.put(actor, token);
      }
      return tokens;
    });
  }

  @Override
  public Optional<RsvpInvitation> show(ShowRsvpUseCase.Command command) {
    return valid(command.token()).map(found -> new RsvpInvitation(actors.get(found.link.actor()).name(),
        found.meeting.plan(), found.meeting.invitation(found.link.actor()).response(),
        found.meeting.contribution(found.link.actor())));
  }

  @Override
  public boolean answer(AnswerRsvpUseCase.Command command) {
    Optional<Valid> found = valid(command.token());
    found.ifPresent(valid -> {
      Meeting meeting = valid.meeting;
      ActorId actor = valid.link.actor();
      Instant now = clock.instant();
      if (command.answer() == ACCEPT) {
        meeting.accept(actor, now);
      } else {
        meeting.decline(actor, now);
      }
      if (!command.selfPresentation().isBlank() || !command.challenges().isEmpty()) {
        meeting.contribute(new Contribution(actor, ContributionForm.WRITTEN, command.selfPresentation(),
            command.challenges(), List.of(), now));
      }
      meetings.save(meeting);
    });
    return found.isPresent();
  }

  /** The link and its meeting, while answers are taken. */
  private Optional<Valid> valid(String token) {
    Instant now = clock.instant();
    return links.findByHash(hash(token))
        .flatMap(link -> meetings.find(link.meeting()).map(meeting -> new Valid(link, meeting)))
        .filter(found -> found.meeting.status() == MeetingStatus.INVITATIONS_OUT
            && !found.meeting.time().hasStartedAt(now)
            && found.meeting.isInvited(found.link.actor()));
  }

  private String newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.get().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The lower-case hex SHA-256 of the token's UTF-8 text. */
  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  private record Valid(RsvpLink link, Meeting meeting) {}
}
