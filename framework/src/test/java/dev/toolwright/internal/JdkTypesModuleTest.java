package dev.toolwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The JSON forms of {@code java.time} and the optional types: the same text the jsr310 and jdk8
 * Jackson modules wrote (ISO-8601 with seconds, zone ids kept, empty optionals left out), so the
 * module could replace them without changing a single answer.
 */
class JdkTypesModuleTest {

  private final ObjectMapper mapper = new JsonSupport().mapper();

  public record Times(
      LocalDate a,
      LocalTime b,
      LocalDateTime c,
      OffsetDateTime d,
      ZonedDateTime e,
      Instant f,
      Duration g,
      Period h) {}

  public record Optionals(
      Optional<String> s,
      Optional<LocalDate> d,
      OptionalInt i,
      OptionalLong l,
      OptionalDouble dd,
      Optional<List<Integer>> li) {}

  @Test
  void writesIsoTextWithSecondsAndZoneIds() throws Exception {
    Times t =
        new Times(
            LocalDate.of(2026, 11, 22),
            LocalTime.of(14, 30),
            LocalDateTime.of(2026, 11, 22, 14, 30),
            OffsetDateTime.of(2026, 11, 22, 14, 30, 0, 0, ZoneOffset.ofHours(1)),
            ZonedDateTime.of(2026, 11, 22, 14, 30, 0, 0, ZoneId.of("Europe/Paris")),
            Instant.parse("2026-11-22T13:30:00Z"),
            Duration.ofMinutes(15),
            Period.of(1, 2, 3));
    assertEquals(
        "{\"a\":\"2026-11-22\",\"b\":\"14:30:00\",\"c\":\"2026-11-22T14:30:00\","
            + "\"d\":\"2026-11-22T14:30:00+01:00\",\"e\":\"2026-11-22T14:30:00+01:00[Europe/Paris]\","
            + "\"f\":\"2026-11-22T13:30:00Z\",\"g\":\"PT15M\",\"h\":\"P1Y2M3D\"}",
        mapper.writeValueAsString(t));
    assertEquals(t, mapper.readValue(mapper.writeValueAsString(t), Times.class));
  }

  @Test
  void writesEdgeValuesAndReadsThemBack() throws Exception {
    Times t =
        new Times(
            LocalDate.of(-5, 1, 1),
            LocalTime.of(14, 30, 5, 1000),
            LocalDateTime.of(12026, 11, 22, 14, 30, 0, 123_000_000),
            OffsetDateTime.of(2026, 11, 22, 14, 30, 0, 0, ZoneOffset.UTC),
            ZonedDateTime.of(2026, 11, 22, 14, 30, 0, 0, ZoneOffset.ofHours(2)),
            Instant.parse("2026-11-22T13:30:00.5Z"),
            Duration.ofMillis(-1500),
            Period.ZERO);
    assertEquals(
        "{\"a\":\"-0005-01-01\",\"b\":\"14:30:05.000001\",\"c\":\"+12026-11-22T14:30:00.123\","
            + "\"d\":\"2026-11-22T14:30:00Z\",\"e\":\"2026-11-22T14:30:00+02:00\",\"f\":\"2026-11-22T13:30:00.500Z\","
            + "\"g\":\"PT-1.5S\",\"h\":\"P0D\"}",
        mapper.writeValueAsString(t));
    assertEquals(t, mapper.readValue(mapper.writeValueAsString(t), Times.class));
  }

  @Test
  void readsOffsetsAndZonesAsSent() throws Exception {
    Times t =
        mapper.readValue(
            "{\"d\":\"2026-11-22T14:30+05:00\",\"e\":\"2026-11-22T14:30+01:00[Europe/Paris]\"}",
            Times.class);
    assertEquals(ZoneOffset.ofHours(5), t.d().getOffset());
    assertEquals(ZoneId.of("Europe/Paris"), t.e().getZone());
  }

  @Test
  void rejectsWhatIsNotIsoText() {
    assertThrows(
        MismatchedInputException.class,
        () -> mapper.readValue("{\"a\":\"22.11.2026\"}", Times.class));
    assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"a\":5}", Times.class));
    assertThrows(
        MismatchedInputException.class, () -> mapper.readValue("{\"g\":[1]}", Times.class));
  }

  @Test
  void writesOtherTimeValuesAsTheirIsoText() throws Exception {
    assertEquals(
        "[\"2026\",\"2026-11\",\"--11-22\",\"Europe/Paris\",\"+01:00\",\"MONDAY\"]",
        mapper.writeValueAsString(
            Arrays.asList(
                Year.of(2026),
                YearMonth.of(2026, 11),
                MonthDay.of(11, 22),
                ZoneId.of("Europe/Paris"),
                ZoneOffset.ofHours(1),
                java.time.DayOfWeek.MONDAY)));
  }

  @Test
  void writesPresentOptionalsAsTheirValueAndLeavesEmptyOnesOut() throws Exception {
    assertEquals(
        "{\"s\":\"x\",\"d\":\"2026-01-02\",\"i\":3,\"l\":4,\"dd\":1.5,\"li\":[1,2]}",
        mapper.writeValueAsString(
            new Optionals(
                Optional.of("x"),
                Optional.of(LocalDate.of(2026, 1, 2)),
                OptionalInt.of(3),
                OptionalLong.of(4),
                OptionalDouble.of(1.5),
                Optional.of(List.of(1, 2)))));
    assertEquals(
        "{}",
        mapper.writeValueAsString(
            new Optionals(
                Optional.empty(),
                Optional.empty(),
                OptionalInt.empty(),
                OptionalLong.empty(),
                OptionalDouble.empty(),
                Optional.empty())));
    assertEquals(
        "{}", mapper.writeValueAsString(new Optionals(null, null, null, null, null, null)));
  }

  @Test
  void writesOptionalsInsideMapsAndListsAsValueOrNull() throws Exception {
    assertEquals("{\"o\":5}", mapper.writeValueAsString(Map.of("o", Optional.of(5))));
    assertEquals("{\"o\":null}", mapper.writeValueAsString(Map.of("o", Optional.empty())));
    assertEquals(
        "[null,1,7]",
        mapper.writeValueAsString(
            Arrays.asList(Optional.empty(), Optional.of(1), OptionalLong.of(7))));
  }

  @Test
  void readsOptionalsPresentNullAndAbsent() throws Exception {
    assertEquals(
        new Optionals(
            Optional.of("x"),
            Optional.of(LocalDate.of(2026, 1, 2)),
            OptionalInt.of(3),
            OptionalLong.of(4),
            OptionalDouble.of(1.5),
            Optional.of(List.of(1))),
        mapper.readValue(
            "{\"s\":\"x\",\"d\":\"2026-01-02\",\"i\":3,\"l\":4,\"dd\":1.5,\"li\":[1]}",
            Optionals.class));
    Optionals empty =
        new Optionals(
            Optional.empty(),
            Optional.empty(),
            OptionalInt.empty(),
            OptionalLong.empty(),
            OptionalDouble.empty(),
            Optional.empty());
    assertEquals(
        empty,
        mapper.readValue(
            "{\"s\":null,\"d\":null,\"i\":null,\"l\":null,\"dd\":null,\"li\":null}",
            Optionals.class));
    assertEquals(empty, mapper.readValue("{}", Optionals.class));
  }

  @Test
  void readsOptionalsAsValuesOfCollections() throws Exception {
    List<Optional<LocalDate>> list =
        mapper.readValue(
            "[\"2026-01-02\",null]", new TypeReference<List<Optional<LocalDate>>>() {});
    assertEquals(Arrays.asList(Optional.of(LocalDate.of(2026, 1, 2)), Optional.empty()), list);
  }
}
