package dev.toolwright.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;

/**
 * How one parameter type is read from its (already checked) JSON value: with a cached Jackson
 * {@link ObjectReader} for the exact generic type. Generated dispatchers keep one per type in a
 * static field. Used by generated code; not API.
 *
 * @param <T> the Java type
 */
public final class Binding<T> {

  /** The type factory generated code builds {@link JavaType}s with. */
  public static final TypeFactory TYPES = TypeFactory.defaultInstance();

  private final JavaType type;
  /** The reader and the mapper it came from, published together so a race cannot pair them wrongly. */
  private volatile CachedReader cached;

  private record CachedReader(ObjectMapper mapper, ObjectReader reader) {}

  private Binding(JavaType type) {
    this.type = type;
  }

  /** A binding for the given type; the caller's declared type parameter must match it. */
  public static <T> Binding<T> of(JavaType type) {
    return new Binding<>(type);
  }

  /** A binding for a non-generic class. */
  public static <T> Binding<T> of(Class<T> type) {
    return new Binding<>(TYPES.constructType(type));
  }

  public JavaType type() {
    return type;
  }

  /** The reader for this type; built once per mapper. */
  ObjectReader reader(ObjectMapper mapper) {
    CachedReader c = cached;
    if (c == null || c.mapper() != mapper) {
      c = new CachedReader(mapper, mapper.readerFor(type));
      cached = c;
    }
    return c.reader();
  }

  T read(JsonNode node, ObjectMapper mapper) throws IOException {
    return reader(mapper).readValue(node);
  }
}
