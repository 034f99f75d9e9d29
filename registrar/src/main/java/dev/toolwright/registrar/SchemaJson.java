package dev.toolwright.registrar;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.toolwright.gateway.GatewayLimits;
import dev.toolwright.gateway.SchemaDialect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.SchemaDefinition;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ToolDefinition;

/**
 * The JSON side of tool schemas: checks the subset AgentCore Gateway accepts, converts to the SDK
 * model, and builds a canonical form for comparing a deployed schema with a built one.
 */
final class SchemaJson {

  static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  static final Set<String> TOOL_KEYS = Set.copyOf(SchemaDialect.TOOL_KEYS);
  static final Set<String> NODE_KEYS = Set.copyOf(SchemaDialect.NODE_KEYS);
  static final Set<String> TYPES = Set.copyOf(SchemaDialect.TYPES);

  /** Tools per target limit. */
  static final int MAX_TOOLS = GatewayLimits.MAX_TOOLS_PER_TARGET;

  private SchemaJson() {}

  /** Returns every way {@code root} departs from the gateway's inline tool schema format. */
  static List<String> validate(JsonNode root) {
    List<String> problems = new ArrayList<>();
    if (!root.isArray()) {
      problems.add(
          "The tool schema must be a JSON array of tool definitions, but it is a JSON "
              + root.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)
              + ".");
      return problems;
    }
    if (root.isEmpty()) {
      problems.add("The tool schema is an empty array: a target needs at least one tool.");
    }
    if (root.size() > MAX_TOOLS) {
      problems.add(
          "The tool schema has "
              + root.size()
              + " tools; a target accepts at most "
              + MAX_TOOLS
              + ".");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode tool = root.get(i);
      String where = "tool #" + (i + 1);
      if (!tool.isObject()) {
        problems.add(where + ": expected a JSON object.");
        continue;
      }
      JsonNode name = tool.get("name");
      if (name == null || !name.isTextual() || name.asText().isEmpty()) {
        problems.add(where + ": \"name\" is required and must be a non-empty string.");
      } else {
        where = name.asText();
        if (!names.add(where)) {
          problems.add(
              where + ": the tool name is used more than once; tool names must be unique.");
        }
      }
      for (Map.Entry<String, JsonNode> member : tool.properties()) {
        String key = member.getKey();
        if (!TOOL_KEYS.contains(key)) {
          problems.add(
              where
                  + ": \""
                  + key
                  + "\" is not accepted in a tool definition (allowed: name, "
                  + "description, inputSchema, outputSchema).");
        }
      }
      JsonNode description = tool.get("description");
      if (description == null || !description.isTextual() || description.asText().isBlank()) {
        problems.add(
            where
                + ": \"description\" is required and must be a non-empty string; agents choose "
                + "tools by their descriptions.");
      }
      JsonNode input = tool.get("inputSchema");
      if (input == null) {
        problems.add(
            where
                + ": \"inputSchema\" is required; a tool without parameters needs "
                + "{\"type\": \"object\", \"properties\": {}}.");
      } else {
        checkTopLevel(where + ".inputSchema", input, problems);
      }
      JsonNode output = tool.get("outputSchema");
      if (output != null) {
        checkTopLevel(where + ".outputSchema", output, problems);
      }
    }
    return problems;
  }

  private static void checkTopLevel(String path, JsonNode node, List<String> problems) {
    checkNode(path, node, problems);
    if (node.isObject()
        && node.path("type").isTextual()
        && !"object".equals(node.path("type").asText())) {
      problems.add(
          path + ": must have \"type\": \"object\", not \"" + node.path("type").asText() + "\".");
    }
  }

  private static void checkNode(String path, JsonNode node, List<String> problems) {
    if (!node.isObject()) {
      problems.add(path + ": expected a JSON object.");
      return;
    }
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      String key = member.getKey();
      if (!NODE_KEYS.contains(key)) {
        problems.add(
            path
                + ": \""
                + key
                + "\" is not accepted by AgentCore Gateway (a schema node may only "
                + "have type, properties, required, items and description).");
      }
    }
    JsonNode type = node.get("type");
    if (type == null) {
      problems.add(
          path
              + ": \"type\" is required (one of string, number, integer, boolean, object, array).");
    } else if (!type.isTextual() || !TYPES.contains(type.asText())) {
      problems.add(
          path
              + ": \"type\" must be one of string, number, integer, boolean, object, array; got "
              + type
              + ".");
    }
    JsonNode description = node.get("description");
    if (description != null && !description.isTextual()) {
      problems.add(path + ".description: expected a string.");
    }
    JsonNode properties = node.get("properties");
    if (properties != null) {
      if (!properties.isObject()) {
        problems.add(
            path + ".properties: expected a JSON object mapping property names to schemas.");
      } else {
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
          checkNode(
              path + ".properties" + segment(property.getKey()), property.getValue(), problems);
        }
      }
    }
    JsonNode required = node.get("required");
    if (required != null) {
      boolean strings = required.isArray();
      for (JsonNode item : required) {
        strings &= item.isTextual();
      }
      if (!strings) {
        problems.add(path + ".required: expected an array of property names.");
      }
    }
    JsonNode items = node.get("items");
    if (items != null) {
      checkNode(path + ".items", items, problems);
    }
  }

  /** Renders a property name as a path segment: {@code .name}, or {@code ["odd name"]}. */
  static String segment(String key) {
    return key.matches("[A-Za-z_$][A-Za-z0-9_$-]*")
        ? "." + key
        : "[" + MAPPER.getNodeFactory().textNode(key) + "]";
  }

  /**
   * Converts one validated tool definition to the SDK model, keeping the member order of the
   * source.
   */
  static ToolDefinition toSdk(JsonNode tool) {
    ToolDefinition.Builder builder =
        ToolDefinition.builder()
            .name(tool.get("name").asText())
            .description(tool.get("description").asText())
            .inputSchema(toSdkNode(tool.get("inputSchema")));
    if (tool.has("outputSchema")) {
      builder.outputSchema(toSdkNode(tool.get("outputSchema")));
    }
    return builder.build();
  }

  private static SchemaDefinition toSdkNode(JsonNode node) {
    SchemaDefinition.Builder builder = SchemaDefinition.builder().type(node.get("type").asText());
    if (node.has("description")) {
      builder.description(node.get("description").asText());
    }
    if (node.has("properties")) {
      Map<String, SchemaDefinition> properties = new LinkedHashMap<>();
      node.get("properties")
          .properties()
          .forEach(e -> properties.put(e.getKey(), toSdkNode(e.getValue())));
      builder.properties(properties);
    }
    if (node.has("required")) {
      List<String> required = new ArrayList<>();
      node.get("required").forEach(r -> required.add(r.asText()));
      builder.required(required);
    }
    if (node.has("items")) {
      builder.items(toSdkNode(node.get("items")));
    }
    return builder.build();
  }

  /**
   * Returns a canonical JSON form of a tool: members in a fixed order, properties sorted by name,
   * {@code required} sorted as a set, and empty {@code properties}/{@code required} dropped, so
   * that equal schemas compare equal however the service or the generator orders or spells them.
   */
  static ObjectNode canonical(ToolDefinition tool) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("name", tool.name());
    if (tool.description() != null) {
      out.put("description", tool.description());
    }
    if (tool.inputSchema() != null) {
      out.set("inputSchema", canonical(tool.inputSchema()));
    }
    if (tool.outputSchema() != null) {
      out.set("outputSchema", canonical(tool.outputSchema()));
    }
    return out;
  }

  static ObjectNode canonical(SchemaDefinition node) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("type", node.typeAsString());
    if (node.description() != null) {
      out.put("description", node.description());
    }
    if (node.hasProperties() && !node.properties().isEmpty()) {
      ObjectNode properties = out.putObject("properties");
      new TreeMap<>(node.properties())
          .forEach((name, value) -> properties.set(name, canonical(value)));
    }
    if (node.hasRequired() && !node.required().isEmpty()) {
      ArrayNode required = out.putArray("required");
      new TreeSet<>(node.required()).forEach(required::add);
    }
    if (node.items() != null) {
      out.set("items", canonical(node.items()));
    }
    return out;
  }

  /** Returns the canonical forms of all tools, keyed and sorted by tool name. */
  static Map<String, ObjectNode> canonicalByName(List<ToolDefinition> tools) {
    Map<String, ObjectNode> byName = new TreeMap<>();
    for (ToolDefinition tool : tools) {
      byName.put(tool.name(), canonical(tool));
    }
    return byName;
  }
}
