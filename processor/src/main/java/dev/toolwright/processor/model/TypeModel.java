package dev.toolwright.processor.model;

import dev.toolwright.internal.StringFormat;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * The JSON shape of a Java type, decided once at compile time. The schema writer and the dispatcher
 * writer both read it, so the schema the gateway sees and the checks the Lambda runs cannot
 * disagree.
 */
public sealed interface TypeModel {

  /** The Java type this shape was resolved from. */
  TypeMirror type();

  /** The gateway dialect's {@code type} keyword. */
  String schemaType();

  /** A string, number, integer or boolean. */
  record Scalar(TypeMirror type, ScalarKind kind) implements TypeModel {
    @Override
    public String schemaType() {
      return kind.schemaType();
    }
  }

  /** A string in a fixed format ({@code java.time}, {@code UUID}, {@code URI}, {@code byte[]}). */
  record Formatted(TypeMirror type, StringFormat format) implements TypeModel {
    @Override
    public String schemaType() {
      return "string";
    }
  }

  /** An enum, sent as one of its wire values. */
  record EnumType(TypeMirror type, String qualifiedName, List<String> wireValues)
      implements TypeModel {
    @Override
    public String schemaType() {
      return "string";
    }
  }

  /** A record or POJO: an object with named properties. */
  record ObjectType(
      TypeMirror type,
      String qualifiedName,
      List<PropertyModel> properties,
      boolean ignoreUnknown,
      String description)
      implements TypeModel {
    @Override
    public String schemaType() {
      return "object";
    }
  }

  /** A list, set, collection or array. */
  record ArrayType(TypeMirror type, TypeModel element) implements TypeModel {
    @Override
    public String schemaType() {
      return "array";
    }
  }

  /** A {@code Map<String, V>}: an object with free keys. */
  record MapType(TypeMirror type, TypeModel value) implements TypeModel {
    @Override
    public String schemaType() {
      return "object";
    }
  }
}
