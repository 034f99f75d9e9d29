package lowering;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A size, renamed per constant. */
public enum Size {
  @JsonProperty("s") SMALL,
  @JsonProperty("m") MEDIUM,
  LARGE
}
