package dev.toolwright.examples.orders;

import dev.toolwright.ToolParam;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which orders to find. Every criterion is optional; together they narrow the result.
 *
 * @param customerEmail only orders of this customer
 * @param status only orders with this status
 * @param placedAfter only orders placed on or after this day
 * @param limit the most orders to return
 */
public record OrderQuery(
    Optional<String> customerEmail,
    Optional<OrderStatus> status,
    Optional<LocalDate> placedAfter,
    @ToolParam(defaultValue = "10") int limit) {}
