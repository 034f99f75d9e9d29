package dev.toolwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.toolwright.processor.ProcessorTesting.assertSucceededWithoutWarnings;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every node the processor emits, in both spellings, and fails on anything outside the
 * gateway's dialect (gateway-contract.md §3): keys other than type, properties, required, items and
 * description; types outside the six; arrays without items; required names that are not properties;
 * top-level input and output schemas that are not objects; bad tool names.
 */
class DialectWalkerTest {

  private static final Set<String> SCHEMA_TYPES =
      Set.of("string", "number", "integer", "boolean", "object", "array");
  private static final Pattern TOOL_NAME = Pattern.compile("[a-zA-Z0-9_-]+");

  /** The key spellings of one form of the payload. */
  private record Keys(
      String name,
      String description,
      String inputSchema,
      String outputSchema,
      String type,
      String properties,
      String required,
      String items) {

    static final Keys API =
        new Keys(
            "name",
            "description",
            "inputSchema",
            "outputSchema",
            "type",
            "properties",
            "required",
            "items");
    static final Keys CLOUDFORMATION =
        new Keys(
            "Name",
            "Description",
            "InputSchema",
            "OutputSchema",
            "Type",
            "Properties",
            "Required",
            "Items");

    Set<String> toolKeys() {
      return Set.of(name, description, inputSchema, outputSchema);
    }

    Set<String> nodeKeys() {
      return Set.of(type, properties, required, items, description);
    }
  }

  static Stream<Arguments> compilations() {
    return Stream.of(
        Arguments.of("lowering", ProcessorTesting.resources("lowering"), new String[0]),
        Arguments.of("oracle", ProcessorTesting.resources("oracle"), new String[0]),
        Arguments.of("runtime", ProcessorTesting.resources("runtime"), new String[0]),
        Arguments.of(
            "examples",
            ProcessorTesting.examples(),
            new String[] {"-Atoolwright.target=examples"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("compilations")
  void everyEmittedNode_isInTheDialect(
      String name, List<JavaFileObject> sources, String[] options) {
    Compilation compilation = ProcessorTesting.compile(sources, options);
    assertSucceededWithoutWarnings(compilation);
    JsonNode api = ProcessorTesting.schema(compilation);
    JsonNode cloudFormation = ProcessorTesting.cfnSchema(compilation);

    int nodes = walkPayload(api, Keys.API);
    int cfnNodes = walkPayload(cloudFormation, Keys.CLOUDFORMATION);
    assertThat(cfnNodes).isEqualTo(nodes);
    assertThat(nodes).isGreaterThan(api.size() * 2);
    assertWithMessage("the CloudFormation form is the API form with PascalCase keys")
        .that(ProcessorTesting.pretty(cloudFormation))
        .isEqualTo(ProcessorTesting.pretty(pascalCase(api, false)));
  }

  /** Checks the payload and returns how many schema nodes it has. */
  private static int walkPayload(JsonNode payload, Keys keys) {
    assertWithMessage("the payload is a JSON array").that(payload.isArray()).isTrue();
    assertWithMessage("the payload has tools").that(payload.size()).isGreaterThan(0);
    Set<String> names = new HashSet<>();
    int nodes = 0;
    for (JsonNode tool : payload) {
      assertWithMessage("tool definition").that(tool.isObject()).isTrue();
      String name = tool.path(keys.name).asText("");
      String where = "tool " + name;
      assertWithMessage("keys of %s", where)
          .that(ProcessorTesting.fieldNames(tool))
          .containsAtLeast(keys.name, keys.description, keys.inputSchema);
      assertWithMessage("keys of %s", where)
          .that(keys.toolKeys())
          .containsAtLeastElementsIn(ProcessorTesting.fieldNames(tool));
      assertWithMessage("name of %s", where).that(tool.get(keys.name).isTextual()).isTrue();
      assertWithMessage("name of %s", where).that(name).matches(TOOL_NAME);
      assertWithMessage("name of %s", where).that(name.length()).isAtMost(64);
      assertWithMessage("tool names are unique").that(names.add(name)).isTrue();
      assertWithMessage("description of %s", where)
          .that(tool.get(keys.description).isTextual())
          .isTrue();
      assertWithMessage("description of %s", where)
          .that(tool.get(keys.description).asText().isBlank())
          .isFalse();

      JsonNode input = tool.get(keys.inputSchema);
      assertTopLevel(input, keys, where + " " + keys.inputSchema);
      assertWithMessage("%s %s has properties, even when empty", where, keys.inputSchema)
          .that(input.has(keys.properties))
          .isTrue();
      nodes += walk(input, keys, where + " " + keys.inputSchema);
      if (tool.has(keys.outputSchema)) {
        JsonNode output = tool.get(keys.outputSchema);
        assertTopLevel(output, keys, where + " " + keys.outputSchema);
        nodes += walk(output, keys, where + " " + keys.outputSchema);
      }
    }
    return nodes;
  }

  private static void assertTopLevel(JsonNode schema, Keys keys, String where) {
    assertWithMessage("%s is an object node", where).that(schema.isObject()).isTrue();
    assertWithMessage("%s has type object", where)
        .that(schema.path(keys.type).asText())
        .isEqualTo("object");
  }

  /** Checks one node and everything below it; returns the number of nodes. */
  private static int walk(JsonNode node, Keys keys, String path) {
    assertWithMessage("%s is a JSON object", path).that(node.isObject()).isTrue();
    for (String key : ProcessorTesting.fieldNames(node)) {
      assertWithMessage("key '%s' at %s", key, path).that(keys.nodeKeys()).contains(key);
    }
    JsonNode type = node.get(keys.type);
    assertWithMessage("%s has a type", path).that(type).isNotNull();
    assertWithMessage("type at %s is a string", path).that(type.isTextual()).isTrue();
    assertWithMessage("type at %s", path).that(SCHEMA_TYPES).contains(type.asText());
    if (node.has(keys.description)) {
      assertWithMessage("description at %s", path)
          .that(node.get(keys.description).isTextual())
          .isTrue();
      assertWithMessage("description at %s is not empty", path)
          .that(node.get(keys.description).asText().isBlank())
          .isFalse();
    }
    int count = 1;
    boolean object = type.asText().equals("object");
    boolean array = type.asText().equals("array");
    assertWithMessage("%s: properties only on objects", path)
        .that(!node.has(keys.properties) || object)
        .isTrue();
    assertWithMessage("%s: required only on objects", path)
        .that(!node.has(keys.required) || object)
        .isTrue();
    assertWithMessage("%s: items only on arrays", path)
        .that(!node.has(keys.items) || array)
        .isTrue();
    if (array) {
      JsonNode items = node.get(keys.items);
      assertWithMessage("array at %s has items", path).that(items).isNotNull();
      assertWithMessage("items at %s are one node, not empty", path)
          .that(items.isObject() && items.size() > 0)
          .isTrue();
      count += walk(items, keys, path + "[]");
    }
    Set<String> propertyNames = new HashSet<>();
    if (node.has(keys.properties)) {
      JsonNode properties = node.get(keys.properties);
      assertWithMessage("properties at %s are a map", path).that(properties.isObject()).isTrue();
      for (Map.Entry<String, JsonNode> property : properties.properties()) {
        propertyNames.add(property.getKey());
        count += walk(property.getValue(), keys, path + "." + property.getKey());
      }
    }
    if (node.has(keys.required)) {
      JsonNode required = node.get(keys.required);
      assertWithMessage("required at %s is a list", path).that(required.isArray()).isTrue();
      assertWithMessage("required at %s is not empty", path).that(required.size()).isGreaterThan(0);
      List<String> names = new ArrayList<>();
      for (JsonNode name : required) {
        assertWithMessage("required names at %s are strings", path).that(name.isTextual()).isTrue();
        names.add(name.asText());
      }
      assertWithMessage("required at %s", path).that(names).containsNoDuplicates();
      assertWithMessage("required at %s names properties", path)
          .that(propertyNames)
          .containsAtLeastElementsIn(names);
    }
    return count;
  }

  /** The reference conversion: keys to PascalCase, except the names inside a properties map. */
  private static JsonNode pascalCase(JsonNode node, boolean propertyNames) {
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode copy = ProcessorTesting.JSON.createArrayNode();
      node.forEach(item -> copy.add(pascalCase(item, false)));
      return copy;
    }
    if (!node.isObject()) {
      return node;
    }
    com.fasterxml.jackson.databind.node.ObjectNode copy = ProcessorTesting.JSON.createObjectNode();
    node.properties()
        .forEach(
            e -> {
              String key =
                  propertyNames
                      ? e.getKey()
                      : Character.toUpperCase(e.getKey().charAt(0)) + e.getKey().substring(1);
              copy.set(
                  key, pascalCase(e.getValue(), !propertyNames && e.getKey().equals("properties")));
            });
    return copy;
  }
}
