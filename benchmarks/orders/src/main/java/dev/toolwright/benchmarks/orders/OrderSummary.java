package dev.toolwright.benchmarks.orders;

import java.util.List;

/** The orders a search found (as the examples' {@code OrderSummary}). */
public record OrderSummary(List<Order> orders, int totalMatches) {}
