package lowering;

import dev.toolwright.Tool;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** One tool per kind of return type. */
public class Returns {

  /** Returns a record. */
  @Tool
  public Address returnsRecord() {
    return null;
  }

  /** Returns a bean, read through its getters. */
  @Tool
  public Customer returnsPojo() {
    return null;
  }

  /** Returns a list. */
  @Tool
  public List<String> returnsList() {
    return List.of();
  }

  /** Returns a number. */
  @Tool
  public int returnsInt() {
    return 0;
  }

  /** Returns a text. */
  @Tool
  public String returnsString() {
    return "";
  }

  /** Returns an enum. */
  @Tool
  public Colour returnsEnum() {
    return Colour.RED;
  }

  /** Returns a date. */
  @Tool
  public LocalDate returnsDate() {
    return null;
  }

  /** Returns nothing. */
  @Tool
  public void returnsVoid() {}

  /** Returns a record that may be absent. */
  @Tool
  public Optional<Address> returnsOptionalRecord() {
    return Optional.empty();
  }

  /** Returns a text that may be absent. */
  @Tool
  public Optional<String> returnsOptionalString() {
    return Optional.empty();
  }

  /** Returns a number that may be absent. */
  @Tool
  public OptionalInt returnsOptionalInt() {
    return OptionalInt.empty();
  }

  /** Returns a map. */
  @Tool
  public Map<String, Integer> returnsMap() {
    return Map.of();
  }

  /** Returns a record or null. */
  @Tool
  @Nullable
  public Address returnsNullableRecord() {
    return null;
  }
}
