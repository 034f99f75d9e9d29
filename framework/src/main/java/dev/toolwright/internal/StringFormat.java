package dev.toolwright.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.UUID;

/**
 * The string formats of the string-like types, with the hint the schema description carries and the
 * check applied to arguments. Used by generated code; not API.
 */
public enum StringFormat {
  LOCAL_DATE("ISO-8601 date", "2026-11-22"),
  LOCAL_TIME("ISO-8601 time", "14:30:00"),
  LOCAL_DATE_TIME("ISO-8601 date-time without offset", "2026-11-22T14:30:00"),
  OFFSET_DATE_TIME("ISO-8601 date-time with offset", "2026-11-22T14:30:00+01:00"),
  ZONED_DATE_TIME(
      "ISO-8601 date-time with offset and optional zone",
      "2026-11-22T14:30:00+01:00[Europe/Paris]"),
  INSTANT("ISO-8601 instant in UTC", "2026-11-22T13:30:00Z"),
  DURATION("ISO-8601 duration", "PT15M"),
  PERIOD("ISO-8601 period", "P1Y2M3D"),
  UUID_TEXT("UUID", "123e4567-e89b-12d3-a456-426614174000"),
  URI_TEXT("URI", "https://example.com/path"),
  BASE64("Base64-encoded bytes", null);

  // One class for all constants (no constant-specific bodies, no class literals): each body
  // would be a class of its own, each literal a java.time class, to load at cold start.

  private final String hint;
  private final String example;

  /** {@code example} null: the hint names no example (Base64's would mean nothing to a reader). */
  StringFormat(String what, String example) {
    this.hint = example == null ? what : what + ", e.g. " + example;
    this.example = example == null ? "AA==" : example;
  }

  /** The format as the schema description and error messages name it. */
  public String hint() {
    return hint;
  }

  /** A valid text in this format (the example of the hint). */
  String example() {
    return example;
  }

  /** Throws when the text is not in this format. */
  void check(String text) {
    if (this == UUID_TEXT) {
      checkUuid(text);
    } else if (this == URI_TEXT) {
      try {
        new URI(text);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(e);
      }
    } else if (this == BASE64) {
      // Lenient about the variant (standard or URL-safe alphabet, padding optional, line breaks
      // and spaces ignored) but not about other characters, which the MIME decoder would skip.
      Base64.getDecoder().decode(canonicalBase64Input(text));
    } else {
      parseTime(this, text);
    }
  }

  /** The text in the form Jackson reads, for text this format {@link #accepts}. */
  String normalise(String text) {
    if (this == BASE64) {
      // standard, padded Base64: the form Jackson reads into a byte[]
      return Base64.getEncoder()
          .encodeToString(Base64.getDecoder().decode(canonicalBase64Input(text)));
    }
    return text;
  }

  /**
   * The canonical 8-4-4-4-12 hex form, which is what Jackson reads (UUID.fromString would also take
   * signs and short groups).
   */
  private static void checkUuid(String s) {
    if (s.length() != 36) {
      throw new IllegalArgumentException();
    }
    for (int i = 0; i < 36; i++) {
      char c = s.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : Character.digit(c, 16) < 0 || c > 'f') {
        throw new IllegalArgumentException();
      }
    }
    UUID.fromString(s);
  }

  /** Whether the text is in this format. */
  public boolean accepts(String text) {
    return acceptsText(text);
  }

  private static String canonicalBase64Input(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-') {
        sb.append('+');
      } else if (c == '_') {
        sb.append('/');
      } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private boolean acceptsText(String text) {
    try {
      check(text);
      return true;
    } catch (DateTimeException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * {@code LocalDate.parse}, with a fast path for the plain {@code yyyy-MM-dd} form that gives the
   * same date (and, for anything else or an impossible date, the parser's own answer or exception).
   */
  static LocalDate localDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      // a day the month has in every year (February 29 is left to the parser)
      boolean exists =
          day >= 1
              && (day <= 28
                  || day <= 30 && month != 2
                  || day == 31 && (month < 8) == (month % 2 == 1));
      if (year >= 0 && month >= 1 && month <= 12 && exists) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** The ASCII digits text[from, to) as a number; -1 when one is not a digit. */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * Parses text of one of the {@code java.time} formats; throws {@link DateTimeException} when it
   * is not.
   */
  static Object parseTime(StringFormat format, String text) {
    // if-chain, not a switch: a switch on an enum compiles to one more class to load
    if (format == StringFormat.LOCAL_DATE) {
      return localDate(text);
    } else if (format == StringFormat.LOCAL_TIME) {
      return LocalTime.parse(text);
    } else if (format == StringFormat.LOCAL_DATE_TIME) {
      return LocalDateTime.parse(text);
    } else if (format == StringFormat.OFFSET_DATE_TIME) {
      return OffsetDateTime.parse(text);
    } else if (format == StringFormat.ZONED_DATE_TIME) {
      return ZonedDateTime.parse(text);
    } else if (format == StringFormat.INSTANT) {
      return Instant.parse(text);
    } else if (format == StringFormat.DURATION) {
      return Duration.parse(text);
    } else if (format == StringFormat.PERIOD) {
      return Period.parse(text);
    }
    throw new IllegalArgumentException(format + " is not a java.time format");
  }
}
