package dev.toolwright.processor.model;

/** The scalar Java types and their JSON form. */
public enum ScalarKind {
  STRING("string", "STRING"),
  CHAR("string", "CHAR"),
  BOOLEAN("boolean", "BOOLEAN"),
  BYTE("integer", "BYTE"),
  SHORT("integer", "SHORT"),
  INT("integer", "INT"),
  LONG("integer", "LONG"),
  BIG_INTEGER("integer", "BIG_INTEGER"),
  FLOAT("number", "FLOAT"),
  DOUBLE("number", "DOUBLE"),
  BIG_DECIMAL("number", "BIG_DECIMAL");

  private final String schemaType;
  private final String shapeConstant;

  ScalarKind(String schemaType, String shapeConstant) {
    this.schemaType = schemaType;
    this.shapeConstant = shapeConstant;
  }

  public String schemaType() {
    return schemaType;
  }

  /** The {@code Shape} constant the generated code uses. */
  public String shapeConstant() {
    return shapeConstant;
  }
}
