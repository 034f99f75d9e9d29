package lowering;

import dev.toolwright.Tool;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.UUID;

/** The string-like types. */
public class Times {

  /**
   * Schedules something.
   *
   * @param date the day
   */
  @Tool
  public void schedule(LocalDate date, LocalTime time, LocalDateTime local, OffsetDateTime offset,
      ZonedDateTime zoned, Instant instant, Duration duration, Period period, UUID id, URI link, byte[] blob) {}
}
