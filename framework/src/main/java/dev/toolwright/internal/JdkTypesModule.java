package dev.toolwright.internal;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionLikeType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapLikeType;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.type.TypeModifier;
import java.lang.reflect.Type;

/**
 * Jackson support for the JDK types tools use beyond what databind knows: the {@code java.time}
 * types as ISO-8601 text and {@code Optional}, {@code OptionalInt}, {@code OptionalLong} and {@code
 * OptionalDouble} as reference types (absent when empty). It replaces the {@code
 * jackson-datatype-jsr310} and {@code -jdk8} modules, which register some 90 classes at start-up,
 * most for types and options a tool never sees; here a type costs nothing until a value of it is
 * read or written. Arguments reach it already checked against their {@link StringFormat}, so it
 * reads exactly the ISO forms and nothing else. Not API.
 */
final class JdkTypesModule extends Module {

  @Override
  public String getModuleName() {
    return "toolwright-jdk-types";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    Lookup lookup = new Lookup();
    context.addSerializers(lookup);
    context.addDeserializers(lookup);
    context.addTypeModifier(new OptionalTypes());
  }

  /** Makes the four optional types reference types, so {@code NON_ABSENT} leaves empty ones out. */
  private static final class OptionalTypes extends TypeModifier {
    @Override
    public JavaType modifyType(
        JavaType type, Type jdkType, TypeBindings bindings, TypeFactory typeFactory) {
      if (type.isReferenceType() || type.isContainerType()) {
        return type;
      }
      // by name: class literals would load all four types at the first lookup of any type
      switch (type.getRawClass().getName()) {
        case "java.util.Optional":
          return ReferenceType.upgradeFrom(type, type.containedTypeOrUnknown(0));
        case "java.util.OptionalInt":
          return ReferenceType.upgradeFrom(type, typeFactory.constructType(Integer.TYPE));
        case "java.util.OptionalLong":
          return ReferenceType.upgradeFrom(type, typeFactory.constructType(Long.TYPE));
        case "java.util.OptionalDouble":
          return ReferenceType.upgradeFrom(type, typeFactory.constructType(Double.TYPE));
        default:
          return type;
      }
    }
  }

  /** Finds the serializers and deserializers of this module; null for every other type. */
  private static final class Lookup extends Serializers.Base implements Deserializers {

    @Override
    public JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      return JdkTextSerializer.handles(type.getRawClass()) ? JdkTextSerializer.INSTANCE : null;
    }

    @Override
    public JsonSerializer<?> findReferenceSerializer(
        SerializationConfig config,
        ReferenceType type,
        BeanDescription beanDesc,
        TypeSerializer contentTypeSerializer,
        JsonSerializer<Object> contentValueSerializer) {
      if (!OptionalSerializer.handles(type.getRawClass())) {
        return null;
      }
      boolean staticTyping =
          contentTypeSerializer == null
              && config.isEnabled(com.fasterxml.jackson.databind.MapperFeature.USE_STATIC_TYPING);
      return new OptionalSerializer(
          type, staticTyping, contentTypeSerializer, contentValueSerializer);
    }

    @Override
    public JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      return JdkTextDeserializer.forType(type.getRawClass());
    }

    @Override
    public JsonDeserializer<?> findReferenceDeserializer(
        ReferenceType refType,
        DeserializationConfig config,
        BeanDescription beanDesc,
        TypeDeserializer contentTypeDeserializer,
        JsonDeserializer<?> contentDeserializer) {
      return OptionalSerializer.handles(refType.getRawClass())
          ? new OptionalDeserializer(refType, contentTypeDeserializer, contentDeserializer)
          : null;
    }

    @Override
    public JsonDeserializer<?> findEnumDeserializer(
        Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
      return null;
    }

    @Override
    public JsonDeserializer<?> findTreeNodeDeserializer(
        Class<? extends com.fasterxml.jackson.databind.JsonNode> nodeType,
        DeserializationConfig config,
        BeanDescription beanDesc) {
      return null;
    }

    @Override
    public JsonDeserializer<?> findArrayDeserializer(
        ArrayType type,
        DeserializationConfig config,
        BeanDescription beanDesc,
        TypeDeserializer elementTypeDeserializer,
        JsonDeserializer<?> elementDeserializer) {
      return null;
    }

    @Override
    public JsonDeserializer<?> findCollectionDeserializer(
        CollectionType type,
        DeserializationConfig config,
        BeanDescription beanDesc,
        TypeDeserializer elementTypeDeserializer,
        JsonDeserializer<?> elementDeserializer) {
      return null;
    }

    @Override
    public JsonDeserializer<?> findCollectionLikeDeserializer(
        CollectionLikeType type,
        DeserializationConfig config,
        BeanDescription beanDesc,
        TypeDeserializer elementTypeDeserializer,
        JsonDeserializer<?> elementDeserializer) {
      return null;
    }

    @Override
    public JsonDeserializer<?> findMapDeserializer(
        MapType type,
        DeserializationConfig config,
        BeanDescription beanDesc,
        KeyDeserializer keyDeserializer,
        TypeDeserializer elementTypeDeserializer,
        JsonDeserializer<?> elementDeserializer) {
      return null;
    }

    @Override
    public JsonDeserializer<?> findMapLikeDeserializer(
        MapLikeType type,
        DeserializationConfig config,
        BeanDescription beanDesc,
        KeyDeserializer keyDeserializer,
        TypeDeserializer elementTypeDeserializer,
        JsonDeserializer<?> elementDeserializer) {
      return null;
    }
  }
}
