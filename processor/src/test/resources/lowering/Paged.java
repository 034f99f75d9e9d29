package lowering;

import java.util.List;

/**
 * A generic page; its type argument is filled in where it is used.
 *
 * @param items the items on this page
 * @param total how many there are in all
 * @param first the first item
 * @param <T> the item type
 */
public record Paged<T>(List<T> items, int total, T first) {}
