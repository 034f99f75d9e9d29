package lowering;

import dev.toolwright.Tool;
import java.math.BigDecimal;
import java.math.BigInteger;

/** One tool per scalar rule. */
public class Scalars {

  /**
   * Echoes a text back.
   *
   * @param text any text
   */
  @Tool
  public String echo(String text) {
    return text;
  }

  /**
   * Takes a character, primitive and boxed.
   *
   * @param letter the letter to use
   */
  @Tool
  public void characters(char letter, Character initial) {}

  /** Takes whole numbers of every width. */
  @Tool
  public void integers(int i, long l, short s, byte b, Integer boxedInt, Long boxedLong, Short boxedShort,
      Byte boxedByte, BigInteger big) {}

  /** Takes numbers with a fraction. */
  @Tool
  public void numbers(double d, float f, Double boxedDouble, Float boxedFloat, BigDecimal exact) {}

  /** Takes truth values. */
  @Tool
  public void booleans(boolean flag, Boolean boxedFlag) {}
}
