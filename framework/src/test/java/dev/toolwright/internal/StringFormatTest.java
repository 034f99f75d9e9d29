package dev.toolwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringFormatTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "LOCAL_DATE       | 2026-11-22                            | 2026-11-22T10:00 ",
        "LOCAL_TIME       | 14:30                                 | 25:00",
        "LOCAL_DATE_TIME  | 2026-11-22T14:30:00                   | 2026-11-22",
        "OFFSET_DATE_TIME | 2026-11-22T14:30:00+01:00             | 2026-11-22T14:30:00",
        "ZONED_DATE_TIME  | 2026-11-22T14:30:00+01:00[Europe/Paris] | 2026-11-22T14:30:00[Nowhere/Land]",
        "INSTANT          | 2026-11-22T13:30:00Z                  | 2026-11-22 13:30",
        "DURATION         | PT15M                                 | 15m",
        "PERIOD           | P1Y2M3D                               | 1 year",
        "UUID_TEXT        | 123E4567-e89b-12d3-a456-426614174000  | 123e4567-e89b-12d3-a456-4266141740001",
        "UUID_TEXT        | 00000000-0000-0000-0000-000000000000  | 1-2-3-4-5",
        "URI_TEXT         | https://example.com/a?b=c#d           | http://exa mple.com",
        "URI_TEXT         | urn:isbn:0451450523                   | '\\'",
        "BASE64           | aGVsbG8=                              | aGVsbG8=x",
        "BASE64           | aGVsbG8                               | aGVs!bG8="
      })
  void acceptsAndRejects(StringFormat format, String good, String bad) {
    assertTrue(format.accepts(good), good);
    assertFalse(format.accepts(bad), bad);
    assertFalse(format.hint().isBlank());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "aGVsbG8=  | aGVsbG8=",
        "aGVsbG8   | aGVsbG8=",
        "+/8=      | +/8=",
        "-_8       | +/8=",
        "'aGVs bG8'| aGVsbG8=",
        "''        | ''"
      })
  void base64IsNormalisedToTheStandardPaddedForm(String in, String out) {
    assertTrue(StringFormat.BASE64.accepts(in), in);
    assertEquals(out, StringFormat.BASE64.normalise(in));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"LOCAL_DATE | 2026-11-22", "UUID_TEXT | 123e4567-e89b-12d3-a456-426614174000"})
  void otherFormatsAreKeptAsSent(StringFormat format, String text) {
    assertEquals(text, format.normalise(text));
  }

  /** The fast path for yyyy-MM-dd gives what LocalDate.parse gives, dates and refusals alike. */
  @Test
  void localDateIsLocalDateParse() {
    String[] texts = {
      "2026-11-22",
      "0000-01-01",
      "9999-12-31",
      "2024-02-29",
      "2026-02-29",
      "2026-02-28",
      "2026-04-30",
      "2026-04-31",
      "2026-01-31",
      "2026-07-31",
      "2026-08-31",
      "2026-09-31",
      "2026-12-31",
      "2026-11-31",
      "2026-13-01",
      "2026-00-10",
      "2026-01-00",
      "2026-1-01",
      "2026/01/01",
      "+2026-01-01",
      "12026-01-01",
      "2026-01-01 ",
      "２０２６-01-01",
      "2026-0a-01",
      "-001-01-01"
    };
    for (String text : texts) {
      LocalDate expected;
      try {
        expected = LocalDate.parse(text);
      } catch (DateTimeException e) {
        expected = null;
      }
      LocalDate actual;
      try {
        actual = StringFormat.localDate(text);
      } catch (DateTimeException e) {
        actual = null;
      }
      assertEquals(expected, actual, text);
    }
    for (LocalDate d = LocalDate.of(2023, 1, 1); d.getYear() < 2025; d = d.plusDays(1)) {
      assertEquals(d, StringFormat.localDate(d.toString()));
    }
  }
}
