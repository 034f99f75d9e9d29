package dev.toolwright.benchmarks.spring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An order (as the examples' {@code Order}). */
public record Order(
    String orderId,
    String customerEmail,
    OrderStatus status,
    LocalDate placedOn,
    List<LineItem> items,
    BigDecimal total,
    Optional<String> trackingNumber) {}
