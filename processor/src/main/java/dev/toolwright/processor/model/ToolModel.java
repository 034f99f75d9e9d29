package dev.toolwright.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * One tool: a {@code @Tool} method with its gateway name, description, parameters and result.
 *
 * @param name the tool name the agent sees
 * @param description the tool description
 * @param method the annotated method
 * @param parameters the method's parameters in declaration order
 * @param result how the return value is sent
 * @param primeWith the arguments (JSON) of the sample call made while the handler primes, or null
 */
public record ToolModel(
    String name,
    String description,
    ExecutableElement method,
    List<ParameterModel> parameters,
    ResultModel result,
    String primeWith) {

  /** The parameters the agent sends, in declaration order. */
  public List<PropertyModel> arguments() {
    return parameters.stream()
        .filter(p -> p.injection() == ParameterModel.Injection.NONE)
        .map(ParameterModel::property)
        .toList();
  }

  /**
   * How a tool's return value reaches the agent.
   *
   * @param kind void, sent as it is, or wrapped in {@code {"result": ...}}
   * @param type the value's shape; null for void
   * @param optional whether the value may be absent (an {@code Optional} return)
   * @param description the method's {@code @return} text (may be empty)
   * @param listed whether the schema lists the result's shape as the tool's {@code outputSchema}
   */
  public record ResultModel(
      Kind kind, TypeModel type, boolean optional, String description, boolean listed) {
    /** The three ways a result is sent. */
    public enum Kind {
      VOID,
      OBJECT,
      WRAPPED
    }
  }
}
