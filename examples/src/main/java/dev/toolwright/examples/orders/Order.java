package dev.toolwright.examples.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An order as the shop keeps it.
 *
 * @param orderId the order's id, e.g. "A-1001"
 * @param customerEmail who placed it
 * @param status where the order is
 * @param placedOn the day it was placed
 * @param items the order's lines; empty unless asked for
 * @param total the sum of all lines
 * @param trackingNumber the carrier's tracking number once shipped
 */
public record Order(
    String orderId,
    String customerEmail,
    OrderStatus status,
    LocalDate placedOn,
    List<LineItem> items,
    BigDecimal total,
    Optional<String> trackingNumber) {}
