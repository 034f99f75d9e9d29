package dev.toolwright.processor.model;

import javax.lang.model.element.VariableElement;

/**
 * A parameter of a tool method: either an argument the agent sends, or a value the runtime injects
 * (which never appears in the schema).
 *
 * @param element the parameter in the source
 * @param injection what the runtime injects, or {@link Injection#NONE} for an argument
 * @param property the argument's shape and name; null for an injected parameter
 */
public record ParameterModel(VariableElement element, Injection injection, PropertyModel property) {

  /** Values the runtime passes instead of the agent. */
  public enum Injection {
    NONE,
    LAMBDA_CONTEXT,
    GATEWAY_CONTEXT
  }
}
