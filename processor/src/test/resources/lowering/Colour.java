package lowering;

/** A colour, sent by its constant name. */
public enum Colour {
  RED, GREEN, BLUE
}
