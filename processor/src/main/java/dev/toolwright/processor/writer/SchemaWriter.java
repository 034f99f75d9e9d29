package dev.toolwright.processor.writer;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.toolwright.gateway.SchemaDialect;
import dev.toolwright.internal.ToolResult;
import dev.toolwright.processor.model.PropertyModel;
import dev.toolwright.processor.model.ScalarKind;
import dev.toolwright.processor.model.ToolModel;
import dev.toolwright.processor.model.TypeModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the gateway's inline tool schema from the model: every node is {@code type}, {@code
 * properties}, {@code required}, {@code items} and {@code description}, nothing else. Two
 * spellings: the API's {@code inlinePayload} (camelCase) and CloudFormation's {@code InlinePayload}
 * (PascalCase). Output is deterministic: tools sorted by name, properties in declaration order,
 * {@code \n} line ends.
 */
public final class SchemaWriter {

  /** The resource path of the API form inside the jar. */
  public static final String SCHEMA_RESOURCE = SchemaDialect.SCHEMA_RESOURCE;

  /** The resource path of the CloudFormation form inside the jar. */
  public static final String CLOUDFORMATION_RESOURCE = SchemaDialect.CLOUDFORMATION_SCHEMA_RESOURCE;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SchemaWriter() {}

  /** The {@code inlinePayload} array. */
  public static ArrayNode inlinePayload(List<ToolModel> tools) {
    ArrayNode array = NODES.arrayNode();
    for (ToolModel tool : tools) {
      ObjectNode definition = array.addObject();
      definition.put(SchemaDialect.NAME, tool.name());
      definition.put(SchemaDialect.DESCRIPTION, tool.description());
      definition.set(SchemaDialect.INPUT_SCHEMA, objectNode(tool.arguments(), "", false));
      ObjectNode output = tool.result().listed() ? outputSchema(tool.result()) : null;
      if (output != null) {
        definition.set(SchemaDialect.OUTPUT_SCHEMA, output);
      }
    }
    return array;
  }

  /** The same array with CloudFormation's PascalCase keys. */
  public static ArrayNode cloudFormation(ArrayNode inlinePayload) {
    return (ArrayNode) pascalCase(inlinePayload, false);
  }

  /** Pretty-printed, deterministic JSON text ending in a newline. */
  public static String toJson(ArrayNode array) {
    try {
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n"))
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
      return MAPPER.writer(printer).writeValueAsString(array) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The size the gateway counts: the compact JSON in UTF-8. */
  public static int compactSize(ArrayNode array) {
    return array.toString().getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * The result's shape, as honest as the answer: a property is {@code required} only when the
   * handler always writes it, i.e. when it is a Java primitive (null values of any other type are
   * left out). The {@code @return} text describes the object, or the wrapped {@code result}.
   */
  private static ObjectNode outputSchema(ToolModel.ResultModel result) {
    switch (result.kind()) {
      case VOID:
        return null;
      case OBJECT:
        return node(result.type(), result.description(), true);
      case WRAPPED:
        {
          ObjectNode schema = NODES.objectNode();
          schema.put(SchemaDialect.TYPE, "object");
          schema.set(
              "properties",
              NODES
                  .objectNode()
                  .set(
                      ToolResult.RESULT_PROPERTY, node(result.type(), result.description(), true)));
          if (!result.optional() && alwaysWritten(result.type())) {
            schema.set(SchemaDialect.REQUIRED, NODES.arrayNode().add(ToolResult.RESULT_PROPERTY));
          }
          return schema;
        }
      default:
        throw new AssertionError(result.kind());
    }
  }

  /** Whether the answer always holds a value of this type: only primitives are never null. */
  private static boolean alwaysWritten(TypeModel type) {
    return type.type() != null && type.type().getKind().isPrimitive();
  }

  /**
   * An object's node. For an input, {@code required} lists what the agent must send; for an output,
   * what the handler always writes ({@link #alwaysWritten}).
   */
  private static ObjectNode objectNode(
      List<PropertyModel> properties, String description, boolean output) {
    ObjectNode schema = NODES.objectNode();
    schema.put(SchemaDialect.TYPE, "object");
    ObjectNode props = schema.putObject(SchemaDialect.PROPERTIES);
    List<String> required = new ArrayList<>();
    for (PropertyModel property : properties) {
      props.set(property.jsonName(), propertyNode(property, output));
      if (output
          ? alwaysWritten(property.type())
              && property.optionality() == PropertyModel.Optionality.NONE
          : property.required()) {
        required.add(property.jsonName());
      }
    }
    if (!required.isEmpty()) {
      ArrayNode names = schema.putArray(SchemaDialect.REQUIRED);
      required.forEach(names::add);
    }
    if (!description.isEmpty()) {
      schema.put(SchemaDialect.DESCRIPTION, description);
    }
    return schema;
  }

  private static ObjectNode propertyNode(PropertyModel property, boolean output) {
    String description = property.description();
    if (description.isEmpty() && property.type() instanceof TypeModel.ObjectType) {
      description = ((TypeModel.ObjectType) property.type()).description();
    }
    if (property.defaultValue() != null) {
      String value = property.defaultValue();
      // An empty or space-padded default would vanish in the sentence: quote it.
      boolean quote = value.isBlank() || !value.equals(value.trim());
      description = join(description, "Defaults to " + (quote ? "\"" + value + "\"" : value) + ".");
    }
    return node(property.type(), description, output);
  }

  /** The node of a type, with the type's own hint appended to the given description. */
  static ObjectNode node(TypeModel type, String description) {
    return node(type, description, false);
  }

  private static ObjectNode node(TypeModel type, String description, boolean output) {
    if (type instanceof TypeModel.ObjectType) {
      TypeModel.ObjectType object = (TypeModel.ObjectType) type;
      return objectNode(object.properties(), description, output);
    }
    ObjectNode schema = NODES.objectNode();
    schema.put(SchemaDialect.TYPE, type.schemaType());
    if (type instanceof TypeModel.MapType) {
      // Free keys: no properties to list, but every object node carries "properties", as the
      // gateway requires of top-level schemas.
      schema.putObject(SchemaDialect.PROPERTIES);
    }
    if (type instanceof TypeModel.ArrayType) {
      TypeModel element = ((TypeModel.ArrayType) type).element();
      // node() appends the element's own hint (values, format); only an object's Javadoc is passed
      // in.
      String elementDescription =
          element instanceof TypeModel.ObjectType
              ? ((TypeModel.ObjectType) element).description()
              : "";
      schema.set(SchemaDialect.ITEMS, node(element, elementDescription, output));
    }
    String text = join(description, type instanceof TypeModel.ArrayType ? "" : hint(type));
    if (!text.isEmpty()) {
      schema.put(SchemaDialect.DESCRIPTION, text);
    }
    return schema;
  }

  /** What a type adds to a description: allowed values, a format, the shape of map values. */
  static String hint(TypeModel type) {
    if (type instanceof TypeModel.EnumType) {
      return "One of: " + String.join(", ", ((TypeModel.EnumType) type).wireValues()) + ".";
    }
    if (type instanceof TypeModel.Formatted) {
      return ((TypeModel.Formatted) type).format().hint() + ".";
    }
    if (type instanceof TypeModel.Scalar && ((TypeModel.Scalar) type).kind() == ScalarKind.CHAR) {
      return "A single character.";
    }
    if (type instanceof TypeModel.MapType) {
      TypeModel value = ((TypeModel.MapType) type).value();
      String valueHint = hint(value);
      return "An object with any string keys; each value is "
          + article(value.schemaType())
          + (valueHint.isEmpty()
              ? "."
              : " (" + valueHint.substring(0, valueHint.length() - 1) + ").");
    }
    return "";
  }

  private static String article(String schemaType) {
    return (schemaType.startsWith("a") || schemaType.startsWith("i") || schemaType.startsWith("o")
            ? "an "
            : "a ")
        + schemaType;
  }

  private static String join(String a, String b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return (a.endsWith(".") || a.endsWith("!") || a.endsWith("?") ? a : a + ".") + " " + b;
  }

  private static com.fasterxml.jackson.databind.JsonNode pascalCase(
      com.fasterxml.jackson.databind.JsonNode node, boolean propertyNames) {
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      node.forEach(item -> copy.add(pascalCase(item, false)));
      return copy;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode copy = NODES.objectNode();
    node.fields()
        .forEachRemaining(
            e -> {
              String key =
                  propertyNames
                      ? e.getKey()
                      : Character.toUpperCase(e.getKey().charAt(0)) + e.getKey().substring(1);
              boolean childIsPropertyMap =
                  !propertyNames && e.getKey().equals(SchemaDialect.PROPERTIES);
              copy.set(key, pascalCase(e.getValue(), childIsPropertyMap));
            });
    return copy;
  }
}
