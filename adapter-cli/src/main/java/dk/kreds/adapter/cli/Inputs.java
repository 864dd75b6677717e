package dk.kreds.adapter.cli;

import dk.kreds.domain.actor.ActorKind;
import dk.kreds.domain.shared.DanishTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What people type for dates, times and codes, read the same way by every command. */
final class Inputs {

  private Inputs() {}

  /** A day and time in Copenhagen, {@code 2014-11-25T13:00} or {@code 2014-11-25 13:00}. */
  static ZonedDateTime dateTime(String option, String value) {
    try {
      return LocalDateTime.parse(value.strip().replace(' ', 'T')).atZone(DanishTime.ZONE);
    } catch (DateTimeParseException e) {
      throw new BadInputException("cli.bad-date-time", option, value);
    }
  }

  /** The end of a meeting: a time on its first day ({@code 16:00}) or a day and time. */
  static ZonedDateTime end(ZonedDateTime start, String value) {
    try {
      return start.with(LocalTime.parse(value.strip()));
    } catch (DateTimeParseException e) {
      return dateTime("--end", value);
    }
  }

  /** An optional text: a blank one means none. */
  static Optional<String> optional(String value) {
    return Optional.ofNullable(value).filter(text -> !text.isBlank());
  }

  /** Reads ISO days, {@code 2014-12-15}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date like 2014-12-15");
      }
    }
  }

  /** Reads a kind as its code, case and dashes as the reader likes: {@code interest-organisation}. */
  static final class KindConverter implements ITypeConverter<ActorKind> {
    @Override
    public ActorKind convert(String value) {
      try {
        return ActorKind.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not a kind; one of " + Inputs.kinds());
      }
    }
  }

  /** The kinds as typed: {@code education, interest-organisation, …}. */
  static String kinds() {
    StringBuilder list = new StringBuilder();
    for (ActorKind kind : ActorKind.values()) {
      list.append(list.length() == 0 ? "" : ", ").append(code(kind));
    }
    return list.toString();
  }

  /** An enum constant as people type it and scripts read it: {@code interest-organisation}. */
  static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
