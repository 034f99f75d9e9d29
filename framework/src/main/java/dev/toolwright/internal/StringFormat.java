package dev.toolwright.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * The string formats of the string-like types, with the hint the schema description carries and
 * the check applied to arguments. Used by generated code; not API.
 */
public enum StringFormat {
  LOCAL_DATE("ISO-8601 date, e.g. 2026-11-22") {
    @Override void check(String s) { LocalDate.parse(s); }
  },
  LOCAL_TIME("ISO-8601 time, e.g. 14:30:00") {
    @Override void check(String s) { LocalTime.parse(s); }
  },
  LOCAL_DATE_TIME("ISO-8601 date-time without offset, e.g. 2026-11-22T14:30:00") {
    @Override void check(String s) { LocalDateTime.parse(s); }
  },
  OFFSET_DATE_TIME("ISO-8601 date-time with offset, e.g. 2026-11-22T14:30:00+01:00") {
    @Override void check(String s) { OffsetDateTime.parse(s); }
  },
  ZONED_DATE_TIME("ISO-8601 date-time with offset and optional zone, e.g. 2026-11-22T14:30:00+01:00[Europe/Paris]") {
    @Override void check(String s) { ZonedDateTime.parse(s); }
  },
  INSTANT("ISO-8601 instant in UTC, e.g. 2026-11-22T13:30:00Z") {
    @Override void check(String s) { Instant.parse(s); }
  },
  DURATION("ISO-8601 duration, e.g. PT15M") {
    @Override void check(String s) { Duration.parse(s); }
  },
  PERIOD("ISO-8601 period, e.g. P1Y2M3D") {
    @Override void check(String s) { Period.parse(s); }
  },
  UUID_TEXT("UUID, e.g. 123e4567-e89b-12d3-a456-426614174000") {
    @Override void check(String s) {
      if (s.length() != 36) {
        throw new IllegalArgumentException();
      }
      UUID.fromString(s);
    }
  },
  URI_TEXT("URI, e.g. https://example.com/path") {
    @Override void check(String s) {
      try {
        new URI(s);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(e);
      }
    }
  },
  BASE64("Base64-encoded bytes") {
    @Override void check(String s) { Base64.getMimeDecoder().decode(s); }
  };

  private final String hint;

  StringFormat(String hint) {
    this.hint = hint;
  }

  /** The format as the schema description and error messages name it. */
  public String hint() {
    return hint;
  }

  /** Throws when the text is not in this format. */
  abstract void check(String text);

  /** Whether the text is in this format. */
  public boolean accepts(String text) {
    return acceptsText(text);
  }

  private boolean acceptsText(String text) {
    try {
      check(text);
      return true;
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return false;
    }
  }
}
