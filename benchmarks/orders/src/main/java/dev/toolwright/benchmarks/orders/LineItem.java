package dev.toolwright.benchmarks.orders;

import java.math.BigDecimal;

/** One line of an order (as the examples' {@code LineItem}). */
public record LineItem(String sku, int quantity, BigDecimal unitPrice) {}
