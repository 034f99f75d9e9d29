package dev.toolwright.examples.calculator;

/**
 * Summary statistics of a list of numbers.
 *
 * @param count how many numbers there were
 * @param mean their arithmetic mean
 * @param min the smallest
 * @param max the largest
 */
public record Statistics(int count, double mean, double min, double max) {}
