package lowering;

import dev.toolwright.ToolParam;

/**
 * One page of results.
 *
 * @param number which page, from 1
 * @param size how many per page
 */
public record Page(@ToolParam(defaultValue = "1") int number, @ToolParam(defaultValue = "20") int size) {}
