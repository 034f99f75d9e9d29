package ${package};

import dev.toolwright.Tool;
import dev.toolwright.ToolException;
import dev.toolwright.ToolParam;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Weather tools for an agent: every {@code @Tool} method is one tool, and its Javadoc is what
 * the agent reads to choose it and fill in its arguments. The forecasts here come from a small
 * table; replace it with a call to your weather service.
 */
public class WeatherTools {

  /** The climate the sample forecasts are made from. */
  private record Climate(double high, double low, int chanceOfRain) {}

  private static final Map<String, Climate> CITIES = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private static final String[] CONDITIONS = {"sunny", "partly cloudy", "cloudy", "light rain", "showers"};

  static {
    CITIES.put("Berlin", new Climate(14.0, 6.0, 35));
    CITIES.put("London", new Climate(15.0, 8.0, 45));
    CITIES.put("Seattle", new Climate(16.0, 8.0, 55));
    CITIES.put("Singapore", new Climate(31.0, 25.0, 60));
    CITIES.put("Sydney", new Climate(22.0, 14.0, 30));
  }

  /**
   * The forecast of one day.
   *
   * @param date the day
   * @param conditions the expected conditions, e.g. "light rain"
   * @param highCelsius the day's highest temperature, in degrees Celsius
   * @param lowCelsius the day's lowest temperature, in degrees Celsius
   * @param chanceOfRainPercent the chance of rain, 0 to 100
   */
  public record DailyForecast(LocalDate date, String conditions, double highCelsius, double lowCelsius,
      int chanceOfRainPercent) {}

  /**
   * A city's forecast.
   *
   * @param city the city, as the forecast service spells it
   * @param days one forecast per day, starting today
   */
  public record Forecast(String city, List<DailyForecast> days) {}

  /** A temperature scale. */
  public enum TemperatureUnit { CELSIUS, FAHRENHEIT, KELVIN }

  private final Clock clock;

  public WeatherTools() {
    this(Clock.systemUTC());
  }

  /** For tests that need a fixed date. */
  WeatherTools(Clock clock) {
    this.clock = clock;
  }

  /**
   * Gets the daily weather forecast for a city: conditions, high and low temperatures in degrees
   * Celsius and the chance of rain.
   *
   * @param city the city, e.g. "Seattle"
   * @param days how many days ahead, 1 to 7
   * @return the city's forecast, one entry per day starting today
   */
  @Tool
  public Forecast getForecast(String city, @ToolParam(defaultValue = "3") int days) {
    if (days < 1 || days > 7) {
      throw new ToolException("days must be between 1 and 7, got " + days + ".");
    }
    String name = CITIES.keySet().stream().filter(c -> c.equalsIgnoreCase(city.trim())).findFirst()
        .orElseThrow(() -> new ToolException("No forecast for " + city + ". Known cities: "
            + String.join(", ", CITIES.keySet()) + "."));
    Climate climate = CITIES.get(name);
    LocalDate today = LocalDate.now(clock);
    List<DailyForecast> forecast = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      LocalDate date = today.plusDays(i);
      int swing = Math.floorMod((name + date).hashCode(), 5) - 2; // -2 .. 2: a stable day-to-day variation
      forecast.add(new DailyForecast(date, CONDITIONS[Math.floorMod(swing + i, CONDITIONS.length)],
          climate.high() + swing, climate.low() + swing / 2.0,
          Math.max(0, Math.min(100, climate.chanceOfRain() + 10 * swing))));
    }
    return new Forecast(name, forecast);
  }

  /**
   * Converts a temperature between degrees Celsius, degrees Fahrenheit and kelvins.
   *
   * @param value the temperature to convert
   * @param from the scale of {@code value}
   * @param to the scale to convert to
   * @return the converted temperature, rounded to two decimals
   */
  @Tool
  public double convertTemperature(double value, TemperatureUnit from, TemperatureUnit to) {
    double kelvin = switch (from) {
      case CELSIUS -> value + 273.15;
      case FAHRENHEIT -> (value - 32) * 5 / 9 + 273.15;
      case KELVIN -> value;
    };
    if (kelvin < 0) {
      throw new ToolException(String.format(Locale.ROOT,
          "%s %s is below absolute zero; no temperature is that low.", value, from.name().toLowerCase(Locale.ROOT)));
    }
    double converted = switch (to) {
      case CELSIUS -> kelvin - 273.15;
      case FAHRENHEIT -> (kelvin - 273.15) * 9 / 5 + 32;
      case KELVIN -> kelvin;
    };
    return BigDecimal.valueOf(converted).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }
}
