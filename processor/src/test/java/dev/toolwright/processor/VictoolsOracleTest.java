package dev.toolwright.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.toolwright.processor.ProcessorTesting.assertSucceededWithoutWarnings;
import static dev.toolwright.processor.ProcessorTesting.input;
import static dev.toolwright.processor.ProcessorTesting.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import com.google.testing.compile.Compilation;
import dev.toolwright.internal.JsonSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * victools' jsonschema-generator (with its Jackson module, Draft 2020-12) as an independent oracle
 * for the processor's view of records, POJOs and enums. The types in {@code
 * src/test/resources/oracle/} are compiled with the processor; their class files are then loaded
 * and handed to victools, whose schema is lowered to the gateway's dialect (unsupported keywords
 * dropped, {@code $defs}/{@code $ref} inlined, nullable unions reduced to their non-null member)
 * and compared with the processor's node.
 *
 * <p>Compared: {@code type} of every node, the property names of every object and their order, and
 * {@code items} of every array. Enum values are compared with what Jackson itself writes at run
 * time (the framework's mapper serialises each constant; it calls {@code @JsonValue}, which the
 * processor evaluates by reading the source): victools' {@code FLATTENED_ENUMS_FROM_JSONPROPERTY}
 * only applies when every constant is annotated, while Jackson uses the constant's name for the
 * others, as the processor does.
 *
 * <p>Not compared, because the two differ by design: descriptions (victools reads only
 * {@code @JsonPropertyDescription}, the processor also {@code @ToolParam} and Javadoc); which
 * properties are required (victools only honours {@code @JsonProperty(required = true)}, the
 * processor makes everything required that is not Optional, {@code @Nullable} or defaulted);
 * formats and the other keywords the dialect has no room for; {@code byte[]} (victools says array
 * of integers, Jackson actually writes a Base64 string, as the processor says).
 */
class VictoolsOracleTest {

  private static Compilation compilation;
  private static JsonNode schema;
  private static CompiledClasses classes;
  private static SchemaGenerator victools;

  @BeforeAll
  static void compileOracleTypes() {
    compilation =
        ProcessorTesting.compile(
            ProcessorTesting.resources("oracle"), "-Atoolwright.outputSchema=true");
    assertSucceededWithoutWarnings(compilation);
    schema = ProcessorTesting.schema(compilation);
    classes = new CompiledClasses(compilation);
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(
                new JacksonSchemaModule(
                    JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE,
                    JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY));
    // Keep the members in the order victools finds them (fields in declaration order) instead of
    // its default alphabetical order, so declaration order can be compared.
    config.forTypesInGeneral().withPropertySorter((a, b) -> 0);
    victools = new SchemaGenerator(config.build());
  }

  @Test
  void record_matchesVictools() {
    JsonNode expected = victools("oracle.Shipment");
    assertSameStructure(expected, input(schema, "ship", "shipment"));
    assertSameStructure(expected, tool(schema, "ship").path("outputSchema"));
  }

  @Test
  void pojo_matchesVictools() {
    JsonNode expected = victools("oracle.Profile");
    assertSameStructure(expected, input(schema, "save_profile", "profile"));
    assertSameStructure(expected, tool(schema, "save_profile").path("outputSchema"));
  }

  @Test
  void enumWithJsonProperty_matchesVictoolsAndJackson() {
    assertSameStructure(victools("oracle.Status"), input(schema, "classify", "status"));
    assertWithMessage("values of oracle.Status")
        .that(oneOf(input(schema, "classify", "status")))
        .containsExactlyElementsIn(jacksonValues("oracle.Status"))
        .inOrder();
  }

  @Test
  void enumWithJsonValue_matchesVictoolsAndJackson() {
    assertSameStructure(victools("oracle.Priority"), input(schema, "classify", "priority"));
    assertWithMessage("values of oracle.Priority")
        .that(oneOf(input(schema, "classify", "priority")))
        .containsExactlyElementsIn(jacksonValues("oracle.Priority"))
        .inOrder();
  }

  @Test
  void enumsInsideRecordsAndPojos_matchJackson() {
    assertWithMessage("values of Shipment.status")
        .that(oneOf(input(schema, "ship", "shipment").path("properties").path("status")))
        .containsExactlyElementsIn(jacksonValues("oracle.Status"))
        .inOrder();
    assertWithMessage("values of Profile.status")
        .that(
            oneOf(
                tool(schema, "save_profile")
                    .path("outputSchema")
                    .path("properties")
                    .path("status")))
        .containsExactlyElementsIn(jacksonValues("oracle.Status"))
        .inOrder();
  }

  /** The wire values Jackson writes for the constants of an enum, with the framework's mapper. */
  private static List<String> jacksonValues(String enumName) {
    List<String> values = new ArrayList<>();
    for (Object constant : classes.load(enumName).getEnumConstants()) {
      values.add(new JsonSupport().mapper().valueToTree(constant).asText());
    }
    return values;
  }

  private static List<String> oneOf(JsonNode node) {
    Matcher matcher = ONE_OF.matcher(node.path("description").asText());
    assertWithMessage("an enum node lists its values: %s", node).that(matcher.find()).isTrue();
    return List.of(matcher.group(1).split(", "));
  }

  @Test
  void nestedRecordResult_matchesVictools() {
    assertSameStructure(victools("oracle.Item"), tool(schema, "classify").path("outputSchema"));
  }

  // --- victools, lowered ---------------------------------------------------------------------

  private static JsonNode victools(String className) {
    tools.jackson.databind.node.ObjectNode generated =
        victools.generateSchema(classes.load(className));
    JsonNode full = ProcessorTesting.json(generated.toString());
    return lower(full, full.path("$defs"));
  }

  /** victools' schema in the dialect's structure: type, properties and items. */
  static JsonNode lower(JsonNode node, JsonNode defs) {
    if (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      if (!ref.startsWith("#/$defs/")) {
        throw new AssertionError("unexpected reference " + ref);
      }
      return lower(defs.get(ref.substring("#/$defs/".length())), defs);
    }
    for (String union : new String[] {"anyOf", "oneOf"}) {
      if (node.has(union)) {
        JsonNode nonNull = null;
        for (JsonNode option : node.get(union)) {
          if (!option.path("type").asText().equals("null")) {
            if (nonNull != null) {
              throw new AssertionError("a union the dialect cannot express: " + node);
            }
            nonNull = option;
          }
        }
        return lower(nonNull, defs);
      }
    }
    ObjectNode lowered = ProcessorTesting.JSON.createObjectNode();
    lowered.put("type", nonNullType(node.get("type")));
    if (node.has("properties")) {
      ObjectNode properties = lowered.putObject("properties");
      for (Map.Entry<String, JsonNode> e : node.get("properties").properties()) {
        properties.set(e.getKey(), lower(e.getValue(), defs));
      }
    } else if ("object".equals(lowered.path("type").asText())) {
      lowered.putObject("properties"); // a map: the dialect's object nodes always carry properties
    }
    if (node.has("items")) {
      lowered.set("items", lower(node.get("items"), defs));
    }
    return lowered;
  }

  private static String nonNullType(JsonNode type) {
    if (type == null) {
      throw new AssertionError("victools node without a type");
    }
    if (type.isTextual()) {
      return type.asText();
    }
    List<String> types = new ArrayList<>();
    type.forEach(
        t -> {
          if (!t.asText().equals("null")) {
            types.add(t.asText());
          }
        });
    if (types.size() != 1) {
      throw new AssertionError("a type union the dialect cannot express: " + type);
    }
    return types.get(0);
  }

  // --- the processor's node, projected the same way ------------------------------------------

  private static final Pattern ONE_OF = Pattern.compile("One of: (.*)\\.$");

  static JsonNode structure(JsonNode node) {
    ObjectNode projected = ProcessorTesting.JSON.createObjectNode();
    projected.put("type", node.path("type").asText());
    if (node.has("properties")) {
      ObjectNode properties = projected.putObject("properties");
      for (Map.Entry<String, JsonNode> e : node.get("properties").properties()) {
        properties.set(e.getKey(), structure(e.getValue()));
      }
    }
    if (node.has("items")) {
      projected.set("items", structure(node.get("items")));
    }
    return projected;
  }

  private static void assertSameStructure(JsonNode victools, JsonNode processor) {
    // Map<String, V>: victools' additionalProperties is dropped; both are an object with empty
    // properties.
    assertWithMessage("structure (victools, lowered, vs. processor)")
        .that(ProcessorTesting.pretty(structure(processor)))
        .isEqualTo(ProcessorTesting.pretty(victools));
  }
}
