package oracle;

import com.fasterxml.jackson.annotation.JsonValue;

/** How urgent a shipment is; the wire value comes from @JsonValue. */
public enum Priority {
  LOW("low", 1),
  NORMAL("normal", 2),
  EXPRESS("next day", 3);

  private final String wire;
  private final int rank;

  Priority(String wire, int rank) {
    this.wire = wire;
    this.rank = rank;
  }

  @JsonValue
  public String wire() {
    return this.wire;
  }

  public int rank() {
    return rank;
  }
}
