package dev.toolwright.benchmarks.baseline;

import java.math.BigDecimal;

/** One line of an order (as the examples' {@code LineItem}). */
public record LineItem(String sku, int quantity, BigDecimal unitPrice) {}
