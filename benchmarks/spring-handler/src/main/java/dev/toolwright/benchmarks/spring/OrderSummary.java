package dev.toolwright.benchmarks.spring;

import java.util.List;

/** The orders a search found. */
public record OrderSummary(List<Order> orders, int totalMatches) {}
