package dev.toolwright.it;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.toolwright.GatewayContext;
import dev.toolwright.Tool;
import dev.toolwright.ToolException;
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
import java.util.SortedSet;
import java.util.UUID;

/**
 * Echo tools, one per group of parameter types the processor lowers to JSON: each sends back what
 * it was given, so a test can check the way in (checker and binder) and the way out.
 */
public class LoweringTools {

  /** An enum whose wire values come from {@code @JsonProperty}. */
  public enum Priority {
    @JsonProperty("low")
    LOW,
    @JsonProperty("high")
    HIGH,
    @JsonProperty("right-now")
    URGENT
  }

  /** An enum sent by constant name. */
  public enum Colour {
    RED,
    GREEN,
    BLUE
  }

  /**
   * Every scalar type.
   *
   * @param text a string
   * @param letter a char
   * @param boxedLetter a Character
   * @param tiny a byte
   * @param boxedTiny a Byte
   * @param small a short
   * @param boxedSmall a Short
   * @param number an int
   * @param boxedNumber an Integer
   * @param big a long
   * @param boxedBig a Long
   * @param huge a BigInteger
   * @param ratio a float
   * @param boxedRatio a Float
   * @param measure a double
   * @param boxedMeasure a Double
   * @param money a BigDecimal
   * @param flag a boolean
   * @param boxedFlag a Boolean
   */
  public record Scalars(
      String text,
      char letter,
      Character boxedLetter,
      byte tiny,
      Byte boxedTiny,
      short small,
      Short boxedSmall,
      int number,
      Integer boxedNumber,
      long big,
      Long boxedBig,
      BigInteger huge,
      float ratio,
      Float boxedRatio,
      double measure,
      Double boxedMeasure,
      BigDecimal money,
      boolean flag,
      Boolean boxedFlag) {}

  /**
   * Sends back every scalar type as received.
   *
   * @param text a string
   * @param letter a char
   * @param boxedLetter a Character
   * @param tiny a byte
   * @param boxedTiny a Byte
   * @param small a short
   * @param boxedSmall a Short
   * @param number an int
   * @param boxedNumber an Integer
   * @param big a long
   * @param boxedBig a Long
   * @param huge a BigInteger
   * @param ratio a float
   * @param boxedRatio a Float
   * @param measure a double
   * @param boxedMeasure a Double
   * @param money a BigDecimal
   * @param flag a boolean
   * @param boxedFlag a Boolean
   */
  @Tool
  public Scalars scalars(
      String text,
      char letter,
      Character boxedLetter,
      byte tiny,
      Byte boxedTiny,
      short small,
      Short boxedSmall,
      int number,
      Integer boxedNumber,
      long big,
      Long boxedBig,
      BigInteger huge,
      float ratio,
      Float boxedRatio,
      double measure,
      Double boxedMeasure,
      BigDecimal money,
      boolean flag,
      Boolean boxedFlag) {
    return new Scalars(
        text,
        letter,
        boxedLetter,
        tiny,
        boxedTiny,
        small,
        boxedSmall,
        number,
        boxedNumber,
        big,
        boxedBig,
        huge,
        ratio,
        boxedRatio,
        measure,
        boxedMeasure,
        money,
        flag,
        boxedFlag);
  }

  /**
   * Enums as received.
   *
   * @param priority an enum with JSON names
   * @param colour an enum by constant name
   * @param more a list of enums
   * @param javaName the Java constant the priority was bound to
   */
  public record Enums(Priority priority, Colour colour, List<Priority> more, String javaName) {}

  /**
   * Sends back the enums it was given.
   *
   * @param priority an enum with JSON names
   * @param colour an enum by constant name
   * @param more a list of enums
   */
  @Tool
  public Enums enums(Priority priority, Colour colour, List<Priority> more) {
    return new Enums(priority, colour, more, priority.name());
  }

  /**
   * Each java.time type.
   *
   * @param date a LocalDate
   * @param time a LocalTime
   * @param dateTime a LocalDateTime
   * @param offsetDateTime an OffsetDateTime
   * @param zonedDateTime a ZonedDateTime
   * @param zone the zone of the ZonedDateTime as bound
   * @param instant an Instant
   * @param duration a Duration
   * @param period a Period
   */
  public record Times(
      LocalDate date,
      LocalTime time,
      LocalDateTime dateTime,
      OffsetDateTime offsetDateTime,
      ZonedDateTime zonedDateTime,
      String zone,
      Instant instant,
      Duration duration,
      Period period) {}

  /**
   * Sends back each java.time value it was given.
   *
   * @param date a LocalDate
   * @param time a LocalTime
   * @param dateTime a LocalDateTime
   * @param offsetDateTime an OffsetDateTime
   * @param zonedDateTime a ZonedDateTime
   * @param instant an Instant
   * @param duration a Duration
   * @param period a Period
   */
  @Tool
  public Times times(
      LocalDate date,
      LocalTime time,
      LocalDateTime dateTime,
      OffsetDateTime offsetDateTime,
      ZonedDateTime zonedDateTime,
      Instant instant,
      Duration duration,
      Period period) {
    return new Times(
        date,
        time,
        dateTime,
        offsetDateTime,
        zonedDateTime,
        zonedDateTime.getZone().getId(),
        instant,
        duration,
        period);
  }

  /**
   * Identifiers and bytes.
   *
   * @param id a UUID
   * @param link a URI
   * @param host the URI's host as bound
   * @param data bytes
   * @param size how many bytes arrived
   */
  public record Identifiers(UUID id, URI link, String host, byte[] data, int size) {}

  /**
   * Sends back a UUID, a URI and bytes.
   *
   * @param id a UUID
   * @param link a URI
   * @param data Base64 bytes
   */
  @Tool
  public Identifiers identifiers(UUID id, URI link, byte[] data) {
    return new Identifiers(id, link, link.getHost(), data, data.length);
  }

  /**
   * A parcel.
   *
   * @param weightGrams its weight
   * @param priority how urgent
   */
  public record Parcel(int weightGrams, Priority priority) {}

  /**
   * An address.
   *
   * @param street the street
   * @param city the city
   * @param zip the postcode, if known
   */
  public record Address(String street, String city, @Nullable String zip) {}

  /**
   * A shipment: nested records, a renamed component, an optional and a default.
   *
   * @param id the shipment id
   * @param to where it goes
   * @param parcels what it holds
   * @param note a note for the driver
   * @param service the carrier's service level
   */
  public record Shipment(
      @JsonProperty("shipment_id") String id,
      Address to,
      List<Parcel> parcels,
      Optional<String> note,
      @ToolParam(defaultValue = "standard") String service) {}

  /**
   * Sends back a shipment.
   *
   * @param shipment the shipment
   */
  @Tool
  public Shipment shipment(Shipment shipment) {
    return shipment;
  }

  /**
   * Property names that are no Java identifiers, or become the same constant name in generated
   * code.
   *
   * @param dash a name with a dash
   * @param underscore the same name with an underscore
   * @param first a name that starts with a digit
   * @param cafe a name with a non-ASCII letter
   * @param quoted a name with quotes and a backslash, escaped when written
   */
  public record Labels(
      @JsonProperty("a-b") String dash,
      @JsonProperty("a_b") String underscore,
      @JsonProperty("1st") int first,
      @JsonProperty("caf\u00e9") String cafe,
      @JsonProperty("say \"hi\" \\o/") String quoted) {}

  /**
   * Sends back labels.
   *
   * @param labels the labels
   */
  @Tool
  public Labels labels(Labels labels) {
    return labels;
  }

  /** A plain JavaBean. */
  public static final class Customer {
    private String name;
    private int age;
    private boolean vip;
    private List<String> tags;

    public Customer() {}

    /** The customer's name. */
    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    /** Age in years. */
    public int getAge() {
      return age;
    }

    public void setAge(int age) {
      this.age = age;
    }

    /** Whether the customer is a VIP. */
    public boolean isVip() {
      return vip;
    }

    public void setVip(boolean vip) {
      this.vip = vip;
    }

    /** Labels. */
    public List<String> getTags() {
      return tags;
    }

    public void setTags(List<String> tags) {
      this.tags = tags;
    }
  }

  /**
   * Sends back a JavaBean.
   *
   * @param customer the customer
   */
  @Tool
  public Customer customer(Customer customer) {
    return customer;
  }

  /** An immutable class built through a {@code @JsonCreator}. */
  public static final class Point {
    private final int x;
    private final int y;

    /**
     * Creates a point.
     *
     * @param x across
     * @param y down
     */
    @JsonCreator
    public Point(@JsonProperty("x") int x, @JsonProperty("y") int y) {
      if (x < 0 || y < 0) {
        throw new ToolException("x and y must not be negative");
      }
      this.x = x;
      this.y = y;
    }

    public int getX() {
      return x;
    }

    public int getY() {
      return y;
    }
  }

  /**
   * Sends back a point.
   *
   * @param point the point
   */
  @Tool
  public Point point(Point point) {
    return point;
  }

  /**
   * A record that drops unknown properties.
   *
   * @param name a name
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Tolerant(String name) {}

  /**
   * Sends back a record that ignores unknown properties.
   *
   * @param value the record
   */
  @Tool
  public Tolerant tolerant(Tolerant value) {
    return value;
  }

  /**
   * Collections as received.
   *
   * @param tags a list
   * @param ids a set
   * @param sorted a sorted set
   * @param names an array of strings
   * @param counts an array of ints
   * @param parcels an array of records
   * @param grid a list of lists
   */
  public record Containers(
      List<String> tags,
      Set<Integer> ids,
      SortedSet<String> sorted,
      String[] names,
      int[] counts,
      Parcel[] parcels,
      List<List<Integer>> grid) {}

  /**
   * Sends back lists, sets and arrays.
   *
   * @param tags a list
   * @param ids a set
   * @param sorted a sorted set
   * @param names an array of strings
   * @param counts an array of ints
   * @param parcels an array of records
   * @param grid a list of lists
   */
  @Tool
  public Containers collections(
      List<String> tags,
      Set<Integer> ids,
      SortedSet<String> sorted,
      String[] names,
      int[] counts,
      Parcel[] parcels,
      List<List<Integer>> grid) {
    return new Containers(tags, ids, sorted, names, counts, parcels, grid);
  }

  /**
   * Maps as received.
   *
   * @param counts string to int
   * @param parcels string to record
   * @param groups string to list
   */
  public record Maps(
      Map<String, Integer> counts, Map<String, Parcel> parcels, Map<String, List<String>> groups) {}

  /**
   * Sends back maps.
   *
   * @param counts string to int
   * @param parcels string to record
   * @param groups string to list
   */
  @Tool
  public Maps maps(
      Map<String, Integer> counts, Map<String, Parcel> parcels, Map<String, List<String>> groups) {
    return new Maps(counts, parcels, groups);
  }

  /**
   * Optional values as received.
   *
   * @param text an Optional string
   * @param date an Optional date
   * @param parcel an Optional record
   * @param count an OptionalInt
   * @param total an OptionalLong
   * @param ratio an OptionalDouble
   * @param note a nullable string
   * @param extra a nullable record
   * @param boxed a nullable Integer
   * @param present which values were present, in parameter order
   */
  public record Optionals(
      Optional<String> text,
      Optional<LocalDate> date,
      Optional<Parcel> parcel,
      OptionalInt count,
      OptionalLong total,
      OptionalDouble ratio,
      @Nullable String note,
      @Nullable Parcel extra,
      @Nullable Integer boxed,
      String present) {}

  /**
   * Sends back optional values and says which were present.
   *
   * @param text an Optional string
   * @param date an Optional date
   * @param parcel an Optional record
   * @param count an OptionalInt
   * @param total an OptionalLong
   * @param ratio an OptionalDouble
   * @param note a nullable string
   * @param extra a nullable record
   * @param boxed a nullable Integer
   */
  @Tool
  public Optionals optionals(
      Optional<String> text,
      Optional<LocalDate> date,
      Optional<Parcel> parcel,
      OptionalInt count,
      OptionalLong total,
      OptionalDouble ratio,
      @Nullable String note,
      @Nullable Parcel extra,
      @Nullable Integer boxed) {
    String present =
        (text.isPresent() ? "t" : "-")
            + (date.isPresent() ? "d" : "-")
            + (parcel.isPresent() ? "p" : "-")
            + (count.isPresent() ? "c" : "-")
            + (total.isPresent() ? "l" : "-")
            + (ratio.isPresent() ? "r" : "-")
            + (note != null ? "n" : "-")
            + (extra != null ? "e" : "-")
            + (boxed != null ? "b" : "-");
    return new Optionals(text, date, parcel, count, total, ratio, note, extra, boxed, present);
  }

  /**
   * Defaults as applied.
   *
   * @param count an int
   * @param big a long
   * @param tiny a byte
   * @param huge a BigInteger
   * @param ratio a double
   * @param fraction a float
   * @param money a BigDecimal
   * @param flag a boolean
   * @param text a string
   * @param letter a char
   * @param priority an enum with JSON names
   * @param colour an enum
   * @param date a date
   * @param pause a duration
   * @param id a UUID
   * @param link a URI
   * @param data bytes
   */
  public record Defaults(
      int count,
      long big,
      byte tiny,
      BigInteger huge,
      double ratio,
      float fraction,
      BigDecimal money,
      boolean flag,
      String text,
      char letter,
      Priority priority,
      Colour colour,
      LocalDate date,
      Duration pause,
      UUID id,
      URI link,
      byte[] data) {}

  /**
   * Sends back its parameters, each of which has a default.
   *
   * @param count an int
   * @param big a long
   * @param tiny a byte
   * @param huge a BigInteger
   * @param ratio a double
   * @param fraction a float
   * @param money a BigDecimal
   * @param flag a boolean
   * @param text a string
   * @param letter a char
   * @param priority an enum with JSON names
   * @param colour an enum
   * @param date a date
   * @param pause a duration
   * @param id a UUID
   * @param link a URI
   * @param data bytes
   */
  @Tool
  public Defaults defaults(
      @ToolParam(defaultValue = "3") int count,
      @ToolParam(defaultValue = "-9000000000") long big,
      @ToolParam(defaultValue = "-7") byte tiny,
      @ToolParam(defaultValue = "123456789012345678901234567890") BigInteger huge,
      @ToolParam(defaultValue = "2.5") double ratio,
      @ToolParam(defaultValue = "0.25") float fraction,
      @ToolParam(defaultValue = "19.990") BigDecimal money,
      @ToolParam(defaultValue = "true") boolean flag,
      @ToolParam(defaultValue = "hello") String text,
      @ToolParam(defaultValue = "x") char letter,
      @ToolParam(defaultValue = "right-now") Priority priority,
      @ToolParam(defaultValue = "GREEN") Colour colour,
      @ToolParam(defaultValue = "2026-11-22") LocalDate date,
      @ToolParam(defaultValue = "PT15M") Duration pause,
      @ToolParam(defaultValue = "123e4567-e89b-12d3-a456-426614174000") UUID id,
      @ToolParam(defaultValue = "https://example.com/a") URI link,
      @ToolParam(defaultValue = "aGk") byte[] data) {
    return new Defaults(
        count, big, tiny, huge, ratio, fraction, money, flag, text, letter, priority, colour, date,
        pause, id, link, data);
  }

  /**
   * What the handler injects.
   *
   * @param requestId the Lambda request id
   * @param toolName the tool name without the target
   * @param targetName the gateway target
   * @param tenant the propagated x-tenant header
   */
  public record Injected(String requestId, String toolName, String targetName, String tenant) {}

  /**
   * Reports the injected Lambda and gateway contexts.
   *
   * @param lambda the Lambda context
   * @param gateway the gateway context
   */
  @Tool
  public Injected injected(Context lambda, GatewayContext gateway) {
    return new Injected(
        lambda.getAwsRequestId(),
        gateway.toolName(),
        gateway.targetName(),
        gateway.header("X-Tenant").orElse("none"));
  }

  /**
   * Returns a string, which the agent receives wrapped.
   *
   * @param value the text
   */
  @Tool
  public String text(String value) {
    return value;
  }

  /**
   * Returns a list, which the agent receives wrapped.
   *
   * @param count how many numbers
   */
  @Tool
  public List<Integer> numbers(int count) {
    return java.util.stream.IntStream.rangeClosed(1, count).boxed().toList();
  }

  /**
   * Returns an Optional, which the agent receives wrapped.
   *
   * @param present whether to return a value
   */
  @Tool
  public Optional<String> maybe(boolean present) {
    return present ? Optional.of("here") : Optional.empty();
  }

  /**
   * Returns a map as an object.
   *
   * @param key the key
   * @param value the value
   */
  @Tool
  public Map<String, Integer> single(String key, int value) {
    return Map.of(key, value);
  }

  /** Does nothing and returns nothing. */
  @Tool
  public void nothing() {}

  /**
   * A static tool.
   *
   * @param a one addend
   * @param b the other
   */
  @Tool
  public static long sum(long a, long b) {
    return a + b;
  }
}
