package dev.toolwright.examples.calculator;

/** Units of length. */
public enum Unit {
  MILLIMETRE(0.001),
  CENTIMETRE(0.01),
  METRE(1),
  KILOMETRE(1000),
  INCH(0.0254),
  FOOT(0.3048),
  MILE(1609.344);

  private final double metres;

  Unit(double metres) {
    this.metres = metres;
  }

  double metres() {
    return metres;
  }
}
