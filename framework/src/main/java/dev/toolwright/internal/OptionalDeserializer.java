package dev.toolwright.internal;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads {@code Optional}, {@code OptionalInt}, {@code OptionalLong} and {@code OptionalDouble}:
 * {@code null} or an absent property is the empty one, anything else the content type's value. Not
 * API.
 */
final class OptionalDeserializer extends ReferenceTypeDeserializer<Object> {

  private static final long serialVersionUID = 1L;

  OptionalDeserializer(
      JavaType type,
      TypeDeserializer contentTypeDeserializer,
      JsonDeserializer<?> contentDeserializer) {
    super(type, null, contentTypeDeserializer, contentDeserializer);
  }

  @Override
  protected ReferenceTypeDeserializer<Object> withResolved(
      TypeDeserializer contentTypeDeserializer, JsonDeserializer<?> contentDeserializer) {
    return new OptionalDeserializer(_fullType, contentTypeDeserializer, contentDeserializer);
  }

  @Override
  public Object getNullValue(DeserializationContext ctxt) {
    return referenceValue(null);
  }

  @Override
  public Object getEmptyValue(DeserializationContext ctxt) {
    return referenceValue(null);
  }

  @Override
  public Object getAbsentValue(DeserializationContext ctxt) {
    return referenceValue(null);
  }

  @Override
  public Object referenceValue(Object contents) {
    Class<?> raw = _fullType.getRawClass();
    if (raw == OptionalInt.class) {
      return contents == null
          ? OptionalInt.empty()
          : OptionalInt.of(((Number) contents).intValue());
    }
    if (raw == OptionalLong.class) {
      return contents == null
          ? OptionalLong.empty()
          : OptionalLong.of(((Number) contents).longValue());
    }
    if (raw == OptionalDouble.class) {
      return contents == null
          ? OptionalDouble.empty()
          : OptionalDouble.of(((Number) contents).doubleValue());
    }
    return Optional.ofNullable(contents);
  }

  @Override
  public Object updateReference(Object reference, Object contents) {
    return referenceValue(contents);
  }

  @Override
  public Object getReferenced(Object reference) {
    return OptionalSerializer.contentsOrNull(reference);
  }
}
