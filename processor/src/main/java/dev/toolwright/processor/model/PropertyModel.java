package dev.toolwright.processor.model;

/**
 * A named value inside an object: a tool parameter, a record component or a POJO property.
 *
 * @param jsonName the name on the wire
 * @param type the value's shape (for an {@code Optional<T>}, the shape of T)
 * @param optionality how absence is expressed in Java
 * @param required whether the agent must send it
 * @param description what the value means (may be empty)
 * @param defaultValue the default as written in {@code @ToolParam(defaultValue)}, or null
 * @param source the element the value is read from or written to: a record component, a field, a
 *     getter or setter, a {@code @JsonCreator} or tool method parameter
 */
public record PropertyModel(
    String jsonName,
    TypeModel type,
    Optionality optionality,
    boolean required,
    String description,
    String defaultValue,
    javax.lang.model.element.Element source) {

  /** How a Java type says "may be absent". */
  public enum Optionality {
    NONE,
    NULLABLE,
    OPTIONAL,
    OPTIONAL_INT,
    OPTIONAL_LONG,
    OPTIONAL_DOUBLE
  }
}
