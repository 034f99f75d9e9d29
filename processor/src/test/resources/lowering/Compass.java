package lowering;

import com.fasterxml.jackson.annotation.JsonValue;

/** A heading, sent by a @JsonValue field. */
public enum Compass {
  NORTH("N"),
  SOUTH("S");

  @JsonValue
  private final String code;

  Compass(String code) {
    this.code = code;
  }
}
