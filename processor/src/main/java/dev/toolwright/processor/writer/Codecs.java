package dev.toolwright.processor.writer;

import dev.toolwright.processor.model.PropertyModel;
import dev.toolwright.processor.model.TypeModel;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Which object and enum types the generated readers and writers handle themselves, and which go to
 * the databind fallback (and why): a type whose Jackson annotations the generated code would not
 * honour identically, or whose members the dispatcher cannot reach.
 */
public final class Codecs {

  /** Jackson annotations the type model honours identically in schema, reader and writer. */
  static final Set<String> HONOURED =
      Set.of(
          "com.fasterxml.jackson.annotation.JsonProperty",
          "com.fasterxml.jackson.annotation.JsonIgnore",
          "com.fasterxml.jackson.annotation.JsonIgnoreProperties",
          "com.fasterxml.jackson.annotation.JsonCreator",
          "com.fasterxml.jackson.annotation.JsonValue",
          "com.fasterxml.jackson.annotation.JsonPropertyDescription",
          "com.fasterxml.jackson.annotation.JsonClassDescription");

  private Codecs() {}

  /**
   * Why the type goes to the databind fallback, or null when the generated code handles it.
   *
   * @param dispatcherPackage the package the generated dispatcher is in
   */
  public static String fallbackReason(TypeModel type, String dispatcherPackage, boolean input) {
    if (type instanceof TypeModel.ArrayType
        && type.type().getKind() == javax.lang.model.type.TypeKind.ARRAY
        && ((javax.lang.model.type.ArrayType) type.type()).getComponentType().getKind()
            == javax.lang.model.type.TypeKind.CHAR) {
      return "Jackson writes a char[] as one string";
    }
    if (type instanceof TypeModel.EnumType) {
      TypeElement element = (TypeElement) ((DeclaredType) type.type()).asElement();
      return annotationReason(element, true);
    }
    if (!(type instanceof TypeModel.ObjectType)) {
      return null;
    }
    TypeModel.ObjectType object = (TypeModel.ObjectType) type;
    TypeElement element = (TypeElement) ((DeclaredType) object.type()).asElement();
    String reason = annotationReason(element, false);
    if (reason != null) {
      return reason;
    }
    if (!reachable(element, dispatcherPackage)) {
      return "the class is not accessible from package " + dispatcherPackage;
    }
    for (PropertyModel p : object.properties()) {
      Element source = p.source();
      if (source == null
          || source.getKind() == ElementKind.RECORD_COMPONENT
          || source.getKind() == ElementKind.PARAMETER) {
        continue;
      }
      Element accessor =
          input
              ? DispatcherWriter.setterOf(element, source)
              : DispatcherWriter.getterOf(element, source);
      if (!reachable(accessor != null ? accessor : source, dispatcherPackage)) {
        return "property '"
            + p.jsonName()
            + "' is read or written through "
            + describe(source)
            + ", which generated code cannot reach";
      }
    }
    if (element.getKind() == ElementKind.CLASS) {
      for (Element e : element.getEnclosedElements()) {
        if (e.getKind() == ElementKind.CONSTRUCTOR
            && hasAnnotation(e, "com.fasterxml.jackson.annotation.JsonCreator")
            && !reachable(e, dispatcherPackage)) {
          return "its @JsonCreator constructor is not accessible";
        }
      }
    }
    if (element.getKind() == ElementKind.RECORD) {
      for (Element e : element.getEnclosedElements()) {
        if ((e.getKind() == ElementKind.CONSTRUCTOR || e.getKind() == ElementKind.METHOD)
            && hasAnnotation(e, "com.fasterxml.jackson.annotation.JsonCreator")) {
          return "a record with its own @JsonCreator";
        }
      }
    }
    return null;
  }

  private static String describe(Element e) {
    return (e.getKind() == ElementKind.FIELD ? "field " : "method ")
        + e.getSimpleName()
        + (e.getModifiers().contains(Modifier.PRIVATE) ? " (private)" : "");
  }

  /** The first Jackson annotation on the type or its members that is not honoured, as a reason. */
  private static String annotationReason(TypeElement element, boolean isEnum) {
    String found = unhonoured(element);
    if (found != null) {
      return "@" + found + " on the type";
    }
    for (Element member : element.getEnclosedElements()) {
      found = unhonoured(member);
      if (found != null) {
        return "@" + found + " on " + member.getSimpleName();
      }
      if (member instanceof ExecutableElement) {
        for (Element parameter : ((ExecutableElement) member).getParameters()) {
          found = unhonoured(parameter);
          if (found != null) {
            return "@" + found + " on a parameter of " + member.getSimpleName();
          }
        }
      }
      if (isEnum
          && member.getKind() == ElementKind.METHOD
          && hasAnnotation(member, "com.fasterxml.jackson.annotation.JsonCreator")) {
        return "@JsonCreator on " + member.getSimpleName();
      }
    }
    return null;
  }

  private static String unhonoured(Element e) {
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      String name = ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
      if (!name.startsWith("com.fasterxml.jackson.")) {
        continue;
      }
      if (!HONOURED.contains(name)) {
        return name.substring(name.lastIndexOf('.') + 1);
      }
      if (name.endsWith(".JsonProperty")) {
        for (var entry : m.getElementValues().entrySet()) {
          String member = entry.getKey().getSimpleName().toString();
          if (member.equals("access")) {
            return "JsonProperty(access = " + entry.getValue().getValue() + ")";
          }
        }
      }
    }
    return null;
  }

  private static boolean hasAnnotation(Element e, String name) {
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      if (((TypeElement) m.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether generated code in {@code pkg} can use the element (and every class enclosing it). */
  static boolean reachable(Element element, String pkg) {
    for (Element e = element;
        e != null && e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      Set<Modifier> modifiers = e.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!modifiers.contains(Modifier.PUBLIC) && !packageOf(e).equals(pkg)) {
        return false;
      }
    }
    return true;
  }

  private static String packageOf(Element e) {
    while (e != null && !(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return e == null ? "" : ((PackageElement) e).getQualifiedName().toString();
  }

  static List<? extends Element> members(TypeElement element) {
    return element.getEnclosedElements();
  }
}
