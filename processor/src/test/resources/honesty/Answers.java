package honesty;

import dev.toolwright.Tool;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tools that answer every shape, with every field either set or null, for the outputSchema honesty test. */
public class Answers {

  /** A level. */
  public enum Level { LOW, HIGH }

  /**
   * A line.
   *
   * @param sku the product
   * @param quantity how many
   * @param price the unit price
   * @param level how urgent
   */
  public record Line(String sku, int quantity, BigDecimal price, Level level) {}

  /**
   * Every kind of field.
   *
   * @param text a text
   * @param tags some tags
   * @param level a level
   * @param day a day
   * @param amount an amount
   * @param note an optional note
   * @param count a count
   * @param ratio a ratio
   * @param flag a flag
   * @param total a long
   * @param boxed a boxed number
   * @param counts counts by name
   * @param lines lines
   * @param line one line
   * @param days days
   */
  public record Everything(String text, List<String> tags, Level level, LocalDate day, BigDecimal amount,
      Optional<String> note, int count, double ratio, boolean flag, long total, Integer boxed,
      Map<String, Integer> counts, List<Line> lines, Line line, List<LocalDate> days) {}

  private static Line line(boolean empty) {
    return empty ? new Line(null, 0, null, null) : new Line("MUG-007", 2, new BigDecimal("9.90"), Level.HIGH);
  }

  /**
   * Every kind of field.
   *
   * @param empty whether to leave every field that can be null null
   * @return everything
   */
  @Tool
  public Everything everything(boolean empty) {
    if (empty) {
      return new Everything(null, null, null, null, null, Optional.empty(), 0, 0, false, 0, null, null, null, null,
          null);
    }
    Map<String, Integer> counts = new HashMap<>();
    counts.put("mugs", 2);
    return new Everything("hi", List.of("a", "b"), Level.LOW, LocalDate.of(2026, 12, 4), new BigDecimal("1.50"),
        Optional.of("note"), 3, 0.5, true, 1L << 40, 7, counts, List.of(line(false), line(true)), line(true),
        List.of(LocalDate.of(2026, 1, 1)));
  }

  /**
   * Every kind of field, with nulls inside collections.
   *
   * @return everything
   */
  @Tool
  public Everything nullsInside() {
    Map<String, Integer> counts = new HashMap<>();
    counts.put("none", null);
    List<String> tags = new ArrayList<>(Arrays.asList("a", null));
    List<Line> lines = new ArrayList<>(Arrays.asList(line(true), null));
    return new Everything("", tags, null, null, null, Optional.empty(), 0, 0, false, 0, null, counts, lines, null,
        new ArrayList<>(Arrays.asList((LocalDate) null)));
  }

  /**
   * A text.
   *
   * @param empty whether to answer null
   * @return a text
   */
  @Tool
  public String text(boolean empty) {
    return empty ? null : "hi";
  }

  /**
   * A day.
   *
   * @param empty whether to answer empty
   * @return a day
   */
  @Tool
  public Optional<LocalDate> day(boolean empty) {
    return empty ? Optional.empty() : Optional.of(LocalDate.of(2026, 12, 4));
  }

  /**
   * An amount.
   *
   * @param empty whether to answer null
   * @return an amount
   */
  @Tool
  public BigDecimal amount(boolean empty) {
    return empty ? null : new BigDecimal("12.30");
  }

  /**
   * A level.
   *
   * @param empty whether to answer null
   * @return a level
   */
  @Tool
  public Level level(boolean empty) {
    return empty ? null : Level.HIGH;
  }

  /**
   * Answers two order lines, one of them with null fields, or null.
   *
   * @param empty whether to answer null
   * @return lines
   */
  @Tool
  public List<Line> lines(boolean empty) {
    return empty ? null : List.of(line(false), line(true));
  }

  /**
   * Answers order lines keyed by a name, or null.
   *
   * @param empty whether to answer null
   * @return lines by name
   */
  @Tool
  public Map<String, Line> linesByName(boolean empty) {
    return empty ? null : Map.of("full", line(false), "empty", line(true));
  }

  /**
   * A boxed number.
   *
   * @param empty whether to answer null
   * @return a number
   */
  @Tool
  public Integer boxed(boolean empty) {
    return empty ? null : 4;
  }

  /**
   * A count.
   *
   * @param empty ignored
   * @return a count
   */
  @Tool
  public int count(boolean empty) {
    return empty ? 0 : 5;
  }

  /**
   * A ratio.
   *
   * @param empty ignored
   * @return a ratio
   */
  @Tool
  public double ratio(boolean empty) {
    return empty ? 0 : 0.25;
  }

  /**
   * A flag.
   *
   * @param empty ignored
   * @return a flag
   */
  @Tool
  public boolean flag(boolean empty) {
    return !empty;
  }
}
