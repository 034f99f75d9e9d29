package oracle;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a shipment is. */
public enum Status {
  @JsonProperty("new") CREATED,
  @JsonProperty("in-transit") IN_TRANSIT,
  DELIVERED
}
