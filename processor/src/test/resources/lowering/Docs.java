package lowering;

import dev.toolwright.Tool;

/** Javadoc turned into plain text. */
public class Docs {

  /**
   * Finds the café nearest to an {@link Address}, using {@code maxKm} as the radius → fast.
   *
   * <p>Second paragraph with <b>bold</b> text &amp; an entity.
   *
   * @param employee who is looking; a {@link lowering.Employee}
   * @param maxKm the radius in km, e.g. {@code 2.5}
   * @return the café's name
   */
  @Tool
  public String nearestCafe(Employee employee, double maxKm) {
    return "";
  }

  /** Checks a second factor. */
  @Tool(name = "2fa-check")
  public boolean twoFactor(String code) {
    return true;
  }
}
