package dev.toolwright.internal;

import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.ReferenceTypeSerializer;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Writes {@code Optional}, {@code OptionalInt}, {@code OptionalLong} and {@code OptionalDouble} as
 * their value, or {@code null} when empty (a property holding an empty one is left out: the mapper
 * includes {@code NON_ABSENT} values only). Not API.
 */
final class OptionalSerializer extends ReferenceTypeSerializer<Object> {

  private static final long serialVersionUID = 1L;

  OptionalSerializer(
      ReferenceType type,
      boolean staticTyping,
      TypeSerializer contentTypeSerializer,
      JsonSerializer<Object> contentSerializer) {
    super(type, staticTyping, contentTypeSerializer, contentSerializer);
  }

  private OptionalSerializer(
      OptionalSerializer base,
      BeanProperty property,
      TypeSerializer contentTypeSerializer,
      JsonSerializer<?> contentSerializer,
      NameTransformer unwrapper,
      Object suppressableValue,
      boolean suppressNulls) {
    super(
        base,
        property,
        contentTypeSerializer,
        contentSerializer,
        unwrapper,
        suppressableValue,
        suppressNulls);
  }

  /** Whether the class is one of the four optional types. */
  static boolean handles(Class<?> type) {
    // by name: class literals would load all four types at the first lookup of any type
    switch (type.getName()) {
      case "java.util.Optional":
      case "java.util.OptionalInt":
      case "java.util.OptionalLong":
      case "java.util.OptionalDouble":
        return true;
      default:
        return false;
    }
  }

  @Override
  protected ReferenceTypeSerializer<Object> withResolved(
      BeanProperty property,
      TypeSerializer contentTypeSerializer,
      JsonSerializer<?> contentSerializer,
      NameTransformer unwrapper) {
    return new OptionalSerializer(
        this,
        property,
        contentTypeSerializer,
        contentSerializer,
        unwrapper,
        _suppressableValue,
        _suppressNulls);
  }

  @Override
  public ReferenceTypeSerializer<Object> withContentInclusion(
      Object suppressableValue, boolean suppressNulls) {
    return new OptionalSerializer(
        this,
        _property,
        _valueTypeSerializer,
        _valueSerializer,
        _unwrapper,
        suppressableValue,
        suppressNulls);
  }

  @Override
  protected boolean _isValuePresent(Object value) {
    return contentsOrNull(value) != null;
  }

  @Override
  protected Object _getReferenced(Object value) {
    return contentsOrNull(value);
  }

  @Override
  protected Object _getReferencedIfPresent(Object value) {
    return contentsOrNull(value);
  }

  /** The value inside one of the four optional types, boxed; null when it is empty. */
  static Object contentsOrNull(Object optional) {
    if (optional instanceof Optional) {
      return ((Optional<?>) optional).orElse(null);
    }
    if (optional instanceof OptionalInt) {
      OptionalInt o = (OptionalInt) optional;
      return o.isPresent() ? o.getAsInt() : null;
    }
    if (optional instanceof OptionalLong) {
      OptionalLong o = (OptionalLong) optional;
      return o.isPresent() ? o.getAsLong() : null;
    }
    OptionalDouble o = (OptionalDouble) optional;
    return o.isPresent() ? o.getAsDouble() : null;
  }
}
