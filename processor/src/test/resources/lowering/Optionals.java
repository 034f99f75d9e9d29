package lowering;

import dev.toolwright.Tool;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Optional parameters. */
public class Optionals {

  /**
   * Finds things.
   *
   * @param text what to look for
   */
  @Tool
  public void find(Optional<String> text, OptionalInt count, OptionalLong big, OptionalDouble ratio,
      @Nullable String note, @lowering.typeuse.Nullable String other, Optional<Address> near, Optional<Colour> colour,
      Filter filter, String mandatory) {}
}
