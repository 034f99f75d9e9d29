package runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.toolwright.GatewayContext;
import dev.toolwright.Tool;
import dev.toolwright.ToolParam;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Tools that send back what the generated dispatcher passed them. */
public class Echo {

  /** A colour. */
  public enum Colour { RED, GREEN }

  /** A planet, by a label its @JsonValue accessor returns. */
  public enum Planet {
    MERCURY("mercury"),
    EARTH("the earth");

    private final String label;

    Planet(String label) {
      this.label = label;
    }

    @JsonValue
    public String label() {
      return label;
    }
  }

  /**
   * One page.
   *
   * @param number which page
   * @param size how many per page
   */
  public record Page(@ToolParam(defaultValue = "1") int number, @ToolParam(defaultValue = "20") int size) {}

  /** A bean whose private field carries the default. */
  public static class Settings {
    @ToolParam(defaultValue = "dark")
    private String theme;

    public String getTheme() {
      return theme;
    }

    public void setTheme(String theme) {
      this.theme = theme;
    }
  }

  /**
   * What the defaults tool received.
   *
   * @param days days
   * @param unit unit
   * @param colour colour
   * @param from from
   * @param alerts alerts
   * @param ratio ratio
   * @param price price
   * @param mark mark
   * @param page page
   * @param settings settings
   */
  public record Defaults(int days, String unit, Colour colour, LocalDate from, boolean alerts, float ratio,
      BigDecimal price, char mark, Page page, Settings settings) {}

  /**
   * Sends back the defaults it got.
   *
   * @param days days
   */
  @Tool
  public Defaults defaults(
      @ToolParam(defaultValue = "3") int days,
      @ToolParam(defaultValue = "celsius") String unit,
      @ToolParam(defaultValue = "GREEN") Colour colour,
      @ToolParam(defaultValue = "2026-11-22") LocalDate from,
      @ToolParam(defaultValue = "true") boolean alerts,
      @ToolParam(defaultValue = "1.5") float ratio,
      @ToolParam(defaultValue = "10.25") BigDecimal price,
      @ToolParam(defaultValue = "x") char mark,
      Page page,
      Settings settings) {
    return new Defaults(days, unit, colour, from, alerts, ratio, price, mark, page, settings);
  }

  /**
   * What the optionals tool received.
   *
   * @param text text
   * @param count count
   * @param planets planets
   * @param gatewayTool the gateway's tool name
   */
  public record Optionals(String text, String count, List<Planet> planets, String gatewayTool) {}

  /**
   * Sends back its optional arguments.
   *
   * @param text text
   */
  @Tool
  public Optionals optionals(Optional<String> text, OptionalInt count, List<Planet> planets, GatewayContext gateway) {
    return new Optionals(text.orElse("<none>"), count.isPresent() ? Integer.toString(count.getAsInt()) : "<none>",
        planets, gateway.toolName());
  }

  /**
   * Sends back a sum, wrapped.
   *
   * @param values the numbers
   */
  @Tool
  public long sum(Map<String, Long> values) {
    return values.values().stream().mapToLong(Long::longValue).sum();
  }
}
