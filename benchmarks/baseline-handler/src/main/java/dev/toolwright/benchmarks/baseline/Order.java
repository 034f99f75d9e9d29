package dev.toolwright.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order, written to the same JSON as the examples' {@code Order} without the jsr310 and jdk8
 * modules: the date is an ISO-8601 string, the tracking number a nullable string left out when
 * null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Order(
    String orderId,
    String customerEmail,
    OrderStatus status,
    String placedOn,
    List<LineItem> items,
    BigDecimal total,
    String trackingNumber) {}
