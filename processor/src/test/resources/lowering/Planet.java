package lowering;

import com.fasterxml.jackson.annotation.JsonValue;

/** A planet, sent by the label its @JsonValue accessor returns. */
public enum Planet {
  MERCURY("mercury", 0.38),
  VENUS("venus", 0.91),
  EARTH("the earth", 1.0);

  private final String label;
  private final double gravity;

  Planet(String label, double gravity) {
    this.label = label;
    this.gravity = gravity;
  }

  @JsonValue
  public String label() {
    return label;
  }

  public double gravity() {
    return gravity;
  }
}
