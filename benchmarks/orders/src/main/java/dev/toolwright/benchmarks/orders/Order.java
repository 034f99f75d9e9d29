package dev.toolwright.benchmarks.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An order as the shop keeps it (as the examples' {@code Order}). */
public record Order(
    String orderId,
    String customerEmail,
    OrderStatus status,
    LocalDate placedOn,
    List<LineItem> items,
    BigDecimal total,
    Optional<String> trackingNumber) {}
