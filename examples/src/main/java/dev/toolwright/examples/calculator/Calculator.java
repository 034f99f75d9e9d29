package dev.toolwright.examples.calculator;

import dev.toolwright.Tool;
import dev.toolwright.ToolException;
import dev.toolwright.ToolParam;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Arithmetic an agent should not do in its head. */
public class Calculator {

  /**
   * Adds two numbers exactly as a computer does (64-bit floating point).
   *
   * @param a the first number
   * @param b the second number
   */
  @Tool
  public double add(double a, double b) {
    return a + b;
  }

  /**
   * Converts a length between units.
   *
   * @param value the length to convert
   * @param from the unit the value is in
   * @param to the unit to convert to
   */
  @Tool
  public double convertLength(double value, Unit from, @ToolParam(defaultValue = "METRE") Unit to) {
    return value * from.metres() / to.metres();
  }

  /**
   * Counts the days from one date to another; negative when the second date is earlier.
   *
   * @param from the first day
   * @param to the second day
   */
  @Tool
  public long daysBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  /**
   * Computes count, mean, minimum and maximum of a list of numbers.
   *
   * @param values the numbers, at least one
   */
  @Tool
  public Statistics statistics(List<Double> values) {
    if (values.isEmpty()) {
      throw new ToolException("Give at least one number.");
    }
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return new Statistics(values.size(), sum / values.size(), min, max);
  }
}
