package dev.toolwright.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads annotations by name, so the processor needs neither Jackson's annotations nor any
 * particular {@code @Nullable} on its class path.
 */
public final class Annotations {

  public static final String TOOL = "dev.toolwright.Tool";
  public static final String TOOL_PARAM = "dev.toolwright.ToolParam";
  public static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  public static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
  public static final String JSON_IGNORE_PROPERTIES =
      "com.fasterxml.jackson.annotation.JsonIgnoreProperties";
  public static final String JSON_VALUE = "com.fasterxml.jackson.annotation.JsonValue";
  public static final String JSON_CREATOR = "com.fasterxml.jackson.annotation.JsonCreator";
  public static final String JSON_PROPERTY_DESCRIPTION =
      "com.fasterxml.jackson.annotation.JsonPropertyDescription";
  public static final String JSON_CLASS_DESCRIPTION =
      "com.fasterxml.jackson.annotation.JsonClassDescription";

  private Annotations() {}

  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    if (element == null) {
      return Optional.empty();
    }
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  public static boolean has(Element element, String qualifiedName) {
    return find(element, qualifiedName).isPresent();
  }

  /** An explicitly set annotation member (defaults are not returned). */
  public static Optional<Object> value(AnnotationMirror mirror, String member) {
    return annotationValue(mirror, member).map(AnnotationValue::getValue);
  }

  /** An explicitly set annotation member as javac holds it, e.g. to report a diagnostic on it. */
  public static Optional<AnnotationValue> annotationValue(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** A string member, explicitly set and not empty. */
  public static Optional<String> string(Element element, String annotation, String member) {
    return find(element, annotation)
        .flatMap(m -> value(m, member))
        .map(Object::toString)
        .filter(s -> !s.isEmpty());
  }

  /**
   * Whether the element or its type carries an annotation whose simple name is {@code Nullable}.
   */
  public static boolean isNullable(Element element, TypeMirror type) {
    return hasNullable(element.getAnnotationMirrors())
        || (type != null && hasNullable(type.getAnnotationMirrors()))
        || (isVariable(element) && hasNullable(element.asType().getAnnotationMirrors()));
  }

  /**
   * A field, parameter or record component, whose own type may carry a type-use {@code @Nullable}.
   */
  private static boolean isVariable(Element element) {
    switch (element.getKind()) {
      case FIELD:
      case PARAMETER:
      case RECORD_COMPONENT:
        return true;
      default:
        return false;
    }
  }

  private static boolean hasNullable(List<? extends AnnotationMirror> mirrors) {
    for (AnnotationMirror mirror : mirrors) {
      if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
        return true;
      }
    }
    return false;
  }
}
