package lowering;

import dev.toolwright.Tool;
import dev.toolwright.ToolParam;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Defaults. */
public class Defaults {

  /**
   * Forecasts the weather.
   *
   * @param city where
   * @param days how many days ahead
   * @param unit the temperature unit
   */
  @Tool
  public void forecast(
      String city,
      @ToolParam(defaultValue = "3") int days,
      @ToolParam(defaultValue = "celsius") String unit,
      @ToolParam(defaultValue = "GREEN") Colour colour,
      @ToolParam(defaultValue = "s") Size size,
      @ToolParam(defaultValue = "2026-11-22") LocalDate from,
      @ToolParam(defaultValue = "true") boolean alerts,
      @ToolParam(defaultValue = "2.5") double factor,
      @ToolParam(defaultValue = "1.5") float ratio,
      @ToolParam(defaultValue = "10.25") BigDecimal price,
      @ToolParam(defaultValue = "x") char mark,
      @ToolParam(description = "how precise", defaultValue = "2") Integer precision,
      @ToolParam(defaultValue = "") String prefix,
      Page page) {}
}
