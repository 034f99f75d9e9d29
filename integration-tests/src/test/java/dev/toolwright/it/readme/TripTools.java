package dev.toolwright.it.readme;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.toolwright.Tool;
import dev.toolwright.ToolException;
import dev.toolwright.ToolParam;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A tool class written only from "Java types and their schema" (docs/writing-tools.md): records,
 * enums with wire names, dates and times, {@code Optional}, {@code Set} of an enum, {@code
 * Map<String, Integer>}, {@code BigDecimal}, {@code UUID} and {@code Duration}. The class-loading
 * test serves it from a Lambda and checks that no jackson-databind class is loaded.
 */
public class TripTools {

  /** How a traveller moves. */
  public enum Mode {
    @JsonProperty("train")
    TRAIN,
    @JsonProperty("bus")
    BUS,
    @JsonProperty("ferry")
    FERRY
  }

  /** A leg of a trip. */
  public record Leg(
      String from, String to, Mode mode, LocalDate date, LocalTime departs, Duration duration) {}

  /**
   * What to plan.
   *
   * @param travellers who travels
   * @param modes the ways of travel to consider
   * @param budget the most to spend
   * @param seats seats per class, e.g. {"first": 1}
   * @param note anything else
   */
  public record TripRequest(
      List<String> travellers,
      Set<Mode> modes,
      BigDecimal budget,
      Map<String, Integer> seats,
      Optional<String> note) {}

  /** A planned trip. */
  public record Trip(
      UUID id,
      List<Leg> legs,
      BigDecimal price,
      Set<Mode> modes,
      Map<String, Integer> seats,
      Optional<String> note,
      Instant bookedAt,
      OffsetDateTime checkIn,
      ZonedDateTime arrival,
      Duration total) {}

  /** Plans a trip from the request. */
  @Tool(description = "Plans a trip")
  public Trip planTrip(
      @ToolParam(description = "what to plan") TripRequest request,
      @ToolParam(description = "the first day") LocalDate start) {
    if (request.budget().signum() <= 0) {
      throw new ToolException("The budget must be positive.");
    }
    Mode mode = request.modes().isEmpty() ? Mode.TRAIN : new TreeSet<>(request.modes()).first();
    Leg leg = new Leg("Lyon", "Paris", mode, start, LocalTime.of(9, 30), Duration.ofMinutes(115));
    Map<String, Integer> seats = new LinkedHashMap<>(request.seats());
    seats.merge("total", request.travellers().size(), Integer::sum);
    return new Trip(
        UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
        List.of(leg),
        request.budget().min(new BigDecimal("89.50")),
        request.modes(),
        seats,
        request.note(),
        Instant.parse("2026-11-22T13:30:00Z"),
        OffsetDateTime.parse("2026-11-22T08:45:00+01:00"),
        ZonedDateTime.parse("2026-11-22T11:25:00+01:00[Europe/Paris]"),
        Duration.ofMinutes(115));
  }

  /** How long until a departure, as an ISO-8601 duration. */
  @Tool(description = "Time until a departure")
  public Duration timeUntil(
      @ToolParam(description = "now") Instant now,
      @ToolParam(description = "the departure") Instant departure) {
    return Duration.between(now, departure);
  }

  /** The modes that are available on a day. */
  @Tool(description = "Modes available on a day")
  public Set<Mode> modesOn(
      @ToolParam(description = "the day") LocalDate day,
      @ToolParam(description = "a booking reference") Optional<UUID> reference) {
    return day.getDayOfWeek().getValue() >= 6
        ? Set.of(Mode.BUS)
        : new TreeSet<>(Set.of(Mode.TRAIN, Mode.FERRY));
  }
}
