package lowering;

import java.util.Optional;

/**
 * Search criteria with optional parts.
 *
 * @param name only this name
 * @param max at most this many
 * @param limit how many per page
 */
public record Filter(Optional<String> name, @Nullable Integer max, int limit) {}
