package dev.toolwright.processor.model;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Descriptions written in annotations, which class files keep: {@code @ToolParam(description)},
 * then Jackson's {@code @JsonPropertyDescription}; for a type, {@code @JsonClassDescription}. They
 * win over Javadoc, so a type describes itself the same whether it is compiled from source or read
 * from a jar.
 */
final class Descriptions {

  private Descriptions() {}

  /** The first annotated description of a property on any of its elements (nulls are skipped). */
  static Optional<String> property(Element... elements) {
    for (Element element : elements) {
      Optional<String> description =
          Annotations.string(element, Annotations.TOOL_PARAM, "description");
      if (description.isPresent()) {
        return description;
      }
    }
    for (Element element : elements) {
      Optional<String> description =
          Annotations.string(element, Annotations.JSON_PROPERTY_DESCRIPTION, "value");
      if (description.isPresent()) {
        return description;
      }
    }
    return Optional.empty();
  }

  /** A type's {@code @JsonClassDescription}, else its Javadoc description. */
  static String type(TypeElement type, String javadoc) {
    return Annotations.string(type, Annotations.JSON_CLASS_DESCRIPTION, "value").orElse(javadoc);
  }
}
