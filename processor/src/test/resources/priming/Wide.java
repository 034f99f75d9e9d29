package priming;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.toolwright.GatewayContext;
import dev.toolwright.Tool;
import dev.toolwright.ToolParam;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/** Tools over every kind of type, none of which may run while the dispatcher is primed. */
public class Wide {

  /** How many tool calls happened. */
  public static int calls;

  /** A status with wire names. */
  public enum Status { @JsonProperty("open") OPEN, @JsonProperty("closed") CLOSED }

  /**
   * Times.
   *
   * @param date a date
   * @param time a time
   * @param dateTime a date-time
   * @param offset an offset date-time
   * @param zoned a zoned date-time
   * @param instant an instant
   * @param duration a duration
   * @param period a period
   */
  public record Times(LocalDate date, LocalTime time, LocalDateTime dateTime, OffsetDateTime offset,
      ZonedDateTime zoned, Instant instant, Duration duration, Period period) {}

  /**
   * A leaf of a tree.
   *
   * @param name its name
   * @param weight its weight
   */
  public record Leaf(String name, @ToolParam(defaultValue = "1.5") double weight) {}

  /**
   * A node of a tree.
   *
   * @param name its name
   * @param children its children
   * @param parent its parent, if any
   */
  public record Node(String name, List<Leaf> children, Optional<Leaf> parent) {}

  /**
   * Everything at once.
   *
   * @param id an id
   * @param link a link
   * @param bytes some bytes
   * @param small a small number
   * @param letter a letter
   * @param big a big integer
   * @param money money
   * @param status a status
   * @param tags tags
   * @param counts counts
   * @param times times
   * @param maybe maybe a number
   * @param maybeLong maybe a long
   * @param maybeDouble maybe a double
   * @param nested nested lists
   */
  public record Everything(UUID id, URI link, byte[] bytes, byte small, char letter, BigInteger big, BigDecimal money,
      Status status, Set<String> tags, Map<String, List<Integer>> counts, Times times, OptionalInt maybe,
      OptionalLong maybeLong, OptionalDouble maybeDouble, List<List<Node>> nested) {}

  /** A record that ignores properties it does not know. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Lenient(String name) {}

  /** A result with only getters: Jackson cannot build it from JSON. */
  public static final class Report {
    private final int total;

    public Report(int total) {
      this.total = total;
    }

    public int getTotal() {
      return total;
    }
  }

  /**
   * Takes everything.
   *
   * @param everything everything
   * @param gateway the gateway context
   * @return everything back
   */
  @Tool(description = "Takes everything.")
  public Everything everything(Everything everything, GatewayContext gateway) {
    calls++;
    return everything;
  }

  /**
   * Takes scalars.
   *
   * @param count a count
   * @param ratio a ratio
   * @param flag a flag
   * @param label a label
   * @param day a day
   * @return a tree
   */
  @Tool(description = "Takes scalars.")
  public Node scalars(@ToolParam(defaultValue = "5") int count, double ratio, boolean flag, Optional<String> label,
      Optional<LocalDate> day) {
    calls++;
    return new Node("root", List.of(), Optional.empty());
  }

  /**
   * Returns a list.
   *
   * @param lenient a lenient record
   * @return times
   */
  @Tool(description = "Returns a list.")
  public List<Times> list(Lenient lenient) {
    calls++;
    return List.of();
  }

  /**
   * Returns a map.
   *
   * @param statuses statuses
   * @return a map
   */
  @Tool(description = "Returns a map.")
  public Map<String, Node> map(List<Status> statuses) {
    calls++;
    return Map.of();
  }

  /**
   * Returns a getter-only report.
   *
   * @return a report
   */
  @Tool(description = "Returns a report.")
  public Report report() {
    calls++;
    return new Report(1);
  }

  /**
   * Returns maybe a number.
   *
   * @param numbers numbers
   * @return maybe one
   */
  @Tool(description = "Returns maybe a number.")
  public Optional<Times> maybe(int[] numbers) {
    calls++;
    return Optional.empty();
  }

  /** Does nothing. */
  @Tool(description = "Does nothing.")
  public static void nothing() {
    calls++;
  }
}
