package dev.toolwright.benchmarks.spring;

import java.math.BigDecimal;

/** One line of an order. */
public record LineItem(String sku, int quantity, BigDecimal unitPrice) {}
