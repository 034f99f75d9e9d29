package oracle;

import dev.toolwright.Tool;

/** Tools that take and return the oracle's types. */
public class OracleTools {

  /**
   * Ships a shipment.
   *
   * @param shipment what to ship
   */
  @Tool
  public Shipment ship(Shipment shipment) {
    return shipment;
  }

  /**
   * Saves a profile.
   *
   * @param profile the profile
   */
  @Tool
  public Profile saveProfile(Profile profile) {
    return profile;
  }

  /**
   * Sets a status and a priority.
   *
   * @param status the status
   * @param priority the priority
   */
  @Tool
  public Item classify(Status status, Priority priority) {
    return null;
  }
}
