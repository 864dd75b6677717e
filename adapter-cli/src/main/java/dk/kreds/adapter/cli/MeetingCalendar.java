package dk.kreds.adapter.cli;

import dk.kreds.application.render.Messages;
import dk.kreds.domain.meeting.FollowUp;
import dk.kreds.domain.meeting.Meeting;
import dk.kreds.domain.meeting.MeetingStatus;
import dk.kreds.domain.meeting.Venue;
import dk.kreds.domain.shared.DanishTime;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Meetings and their follow-ups as one iCalendar (RFC 5545) document, written by ical4j: each meeting an
 * event in Europe/Copenhagen time with its VTIMEZONE, each follow-up an all-day event on its date.
 * Lines are folded at 75 octets and end in CRLF, as the RFC asks.
 */
final class MeetingCalendar {


  private MeetingCalendar() {}

  /**
   * The calendar of {@code meetings}, in their order.
   *
   * @param stamp when the calendar is written (DTSTAMP)
   */
  static String write(List<Meeting> meetings, Messages messages, Instant stamp) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Kreds//Kreds 0.1//" + messages.language().name()));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(copenhagen());
    for (Meeting meeting : meetings) {
      calendar.add(event(meeting, stamp));
      meeting.followUp().ifPresent(followUp -> calendar.add(followUp(meeting, followUp, messages, stamp)));
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(true).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("the calendar breaks RFC 5545: " + e.getMessage(), e);
    }
    // ical4j folds at 75 characters; the RFC counts octets, and æ/ø/å take two: unfold, fold again.
    return fold(out.toString().replace("\r\n ", ""));
  }

  /**
   * The zone's VTIMEZONE under its own name. ical4j resolves Europe/Copenhagen to its tzdata link
   * Europe/Berlin (the same rules since 1980); a TZID the events do not name would leave clients
   * guessing, so the component is renamed and loses the Berlin-only URL and location.
   */
  private static VTimeZone copenhagen() {
    VTimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(DanishTime.ZONE.getId()).getVTimeZone().copy();
    zone.replace(new TzId(DanishTime.ZONE.getId()));
    zone.getProperty(Property.TZURL).ifPresent(zone::remove);
    zone.getProperty("X-LIC-LOCATION").ifPresent(zone::remove);
    return zone;
  }

  /** Folds each line longer than 75 octets (RFC 5545, 3.1): CRLF and a space, never inside a character. */
  static String fold(String unfolded) {
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 40);
    for (String line : unfolded.split("\r\n", -1)) {
      if (out.length() > 0) {
        out.append("\r\n");
      }
      int octets = 0;
      int limit = 75;
      for (int i = 0; i < line.length(); ) {
        int codePoint = line.codePointAt(i);
        int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
        if (octets + size > limit) {
          out.append("\r\n ");
          octets = 1;
        }
        out.appendCodePoint(codePoint);
        octets += size;
        i += Character.charCount(codePoint);
      }
    }
    return out.toString();
  }

  private static VEvent event(Meeting meeting, Instant stamp) {
    VEvent event = new VEvent(meeting.time().start().withZoneSameInstant(DanishTime.ZONE),
        meeting.time().end().withZoneSameInstant(DanishTime.ZONE),
        meeting.title());
    event.add(new Uid(meeting.id() + "@kreds"));
    event.replace(new DtStamp(stamp)); // replaces the one VEvent stamps with the system clock
    event.add(new Location(location(meeting.plan().venue())));
    meeting.plan().purpose().ifPresent(purpose -> event.add(new Description(purpose)));
    event.add(new Status(meeting.status() == MeetingStatus.CANCELLED ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
    return event;
  }

  private static VEvent followUp(Meeting meeting, FollowUp followUp, Messages messages, Instant stamp) {
    VEvent event = new VEvent(followUp.date(), messages.text("ical.follow-up", meeting.title()));
    event.add(new Uid(followUp.next() + "@kreds"));
    event.replace(new DtStamp(stamp)); // replaces the one VEvent stamps with the system clock
    return event;
  }

  private static String location(Venue venue) {
    return venue.name() + venue.city().map(city -> ", " + city).orElse("");
  }
}
