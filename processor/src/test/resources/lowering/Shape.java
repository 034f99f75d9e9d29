package lowering;

import dev.toolwright.Tool;
import java.util.List;

/** A tool class whose name and parameter types clash with the framework's generated-code types. */
public class Shape {

  /**
   * A record named like the framework's Binding.
   *
   * @param value a value
   */
  public record Binding(String value) {}

  /**
   * Takes clashing types.
   *
   * @param binding a binding
   * @param bindings more bindings
   */
  @Tool
  public Binding clash(Binding binding, List<Binding> bindings) {
    return binding;
  }
}
