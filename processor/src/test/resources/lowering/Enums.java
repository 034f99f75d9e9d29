package lowering;

import dev.toolwright.Tool;

/** Enum parameters. */
public class Enums {

  /**
   * Paints a planet.
   *
   * @param colour the paint
   * @param size how big the brush is
   */
  @Tool
  public void paint(Colour colour, Size size, Planet planet, Compass heading) {}
}
