package dev.toolwright.emulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.gateway.SchemaDialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The tool schemas the annotation processor generated, merged from every {@code
 * META-INF/toolwright/tool-schema.json} on a class path, with the input check the gateway applies
 * before it invokes the Lambda.
 *
 * <p>The check follows the gateway's schema dialect: {@code type} (with {@code integer} meaning a
 * number without a fractional part, so {@code 7.0} passes and {@code 7.5} or {@code "7"} do not),
 * {@code required}, {@code properties} and {@code items}, recursively. Properties the schema does
 * not name are not the check's business (JSON Schema allows them); the Lambda rejects them itself.
 */
public final class ToolSchemas {

  /** Where the processor writes the schema, inside the class output and the jar. */
  public static final String RESOURCE = SchemaDialect.SCHEMA_RESOURCE;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_PROBLEMS = 20;

  private final Map<String, List<Definition>> tools;
  private final List<URL> sources;

  private ToolSchemas(Map<String, List<Definition>> tools, List<URL> sources) {
    this.tools = tools;
    this.sources = sources;
  }

  /**
   * Reads and merges every {@link #RESOURCE} the class loader finds.
   *
   * @throws IllegalStateException when a resource is not a JSON array of tool definitions
   */
  public static ToolSchemas load(ClassLoader loader) {
    Map<String, List<Definition>> tools = new LinkedHashMap<>();
    List<URL> sources = new ArrayList<>();
    try {
      Enumeration<URL> urls = loader.getResources(RESOURCE);
      while (urls.hasMoreElements()) {
        URL url = urls.nextElement();
        sources.add(url);
        JsonNode array;
        try (InputStream in = url.openStream()) {
          array = MAPPER.readTree(in);
        } catch (IOException e) {
          throw new IllegalStateException(
              "Cannot read the tool schema " + url + ": " + e.getMessage(), e);
        }
        if (array == null || !array.isArray()) {
          throw new IllegalStateException(
              "The tool schema " + url + " is not a JSON array of tool definitions");
        }
        for (JsonNode tool : array) {
          JsonNode name = tool.get("name");
          if (name == null || !name.isTextual()) {
            throw new IllegalStateException(
                "The tool schema " + url + " has a tool without a name: " + tool);
          }
          List<Definition> definitions =
              tools.computeIfAbsent(name.textValue(), n -> new ArrayList<>());
          if (definitions.stream().noneMatch(d -> d.node.equals(tool))) {
            definitions.add(new Definition(tool, url));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ToolSchemas(tools, List.copyOf(sources));
  }

  /** The names of all tools found, sorted. */
  public SortedSet<String> toolNames() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(tools.keySet()));
  }

  /** The resources the schemas came from. */
  public List<URL> sources() {
    return sources;
  }

  /**
   * The definition of a tool ({@code name}, {@code description}, {@code inputSchema}, {@code
   * outputSchema}), a copy.
   *
   * @throws IllegalStateException when two resources define the tool differently
   */
  public Optional<JsonNode> tool(String name) {
    List<Definition> definitions = tools.get(name);
    if (definitions == null) {
      return Optional.empty();
    }
    if (definitions.size() > 1) {
      List<String> where = new ArrayList<>();
      definitions.forEach(d -> where.add(d.source.toString()));
      throw new IllegalStateException(
          "Tool \""
              + name
              + "\" is defined differently by "
              + String.join(" and ", where)
              + "; tool names must be unique among the tool classes on the class path");
    }
    return Optional.of(definitions.get(0).node.deepCopy());
  }

  /** Which of the given tool names have no definition, in the given order. */
  public List<String> missing(Collection<String> names) {
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      if (!tools.containsKey(name)) {
        missing.add(name);
      }
    }
    return missing;
  }

  /**
   * Checks arguments against a tool's {@code inputSchema} as the gateway validates a {@code
   * tools/call}; an empty list means the gateway would pass them on.
   *
   * @throws IllegalArgumentException when there is no such tool
   */
  public List<String> checkArguments(String tool, JsonNode arguments) {
    JsonNode schema = require(tool).get("inputSchema");
    List<String> problems = new ArrayList<>();
    if (arguments == null || !arguments.isObject()) {
      problems.add("the arguments must be an object, got " + describe(arguments));
      return problems;
    }
    check(schema, arguments, "", problems);
    return limit(problems);
  }

  /**
   * Checks a successful result against a tool's {@code outputSchema}, which MCP clients hold
   * structured results to; an empty list when it conforms or the tool has no output schema.
   *
   * @throws IllegalArgumentException when there is no such tool
   */
  public List<String> checkResult(String tool, JsonNode result) {
    JsonNode schema = require(tool).get("outputSchema");
    List<String> problems = new ArrayList<>();
    if (schema != null && schema.isObject()) {
      if (result == null || !result.isObject()) {
        problems.add("the result must be an object, got " + describe(result));
        return problems;
      }
      check(schema, result, "", problems);
    }
    return limit(problems);
  }

  private JsonNode require(String tool) {
    return tool(tool)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "No tool \""
                        + tool
                        + "\" in "
                        + RESOURCE
                        + " on the class path; known tools: "
                        + String.join(", ", toolNames())));
  }

  private static List<String> limit(List<String> problems) {
    if (problems.size() > MAX_PROBLEMS) {
      int more = problems.size() - MAX_PROBLEMS;
      List<String> first = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
      first.add("… and " + more + " more");
      return first;
    }
    return problems;
  }

  private static void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
    if (schema == null || !schema.isObject()) {
      return;
    }
    String type = schema.path("type").asText("");
    if (value == null || !matches(type, value)) {
      if (!type.isEmpty()) {
        problems.add(quote(path) + " must be " + article(type) + ", got " + describe(value));
      }
      return;
    }
    if (value.isObject()) {
      // In the schema's property order: each present property is checked, each absent required one
      // reported.
      Set<String> required = new LinkedHashSet<>();
      schema.path("required").forEach(name -> required.add(name.asText()));
      for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
        String name = property.getKey();
        if (value.has(name)) {
          check(property.getValue(), value.get(name), join(path, name), problems);
        } else if (required.contains(name)) {
          problems.add(quote(join(path, name)) + " is required");
        }
        required.remove(name);
      }
      for (String name : required) {
        if (!value.has(name)) {
          problems.add(quote(join(path, name)) + " is required");
        }
      }
    } else if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.get("items"), value.get(i), path + "[" + i + "]", problems);
      }
    }
  }

  private static boolean matches(String type, JsonNode value) {
    switch (type) {
      case "object":
        return value.isObject();
      case "array":
        return value.isArray();
      case "string":
        return value.isTextual();
      case "boolean":
        return value.isBoolean();
      case "number":
        return value.isNumber();
      case "integer":
        if (value.isIntegralNumber()) {
          return true;
        }
        try {
          return value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
        } catch (NumberFormatException e) {
          return false; // NaN or infinity
        }
      default:
        return true; // not in the gateway's dialect: nothing to check
    }
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String quote(String path) {
    return "'" + path + "'";
  }

  private static String article(String type) {
    return (type.equals("integer") || type.equals("object") || type.equals("array") ? "an " : "a ")
        + type;
  }

  static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    if (value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      String text = value.textValue();
      return "the string "
          + MAPPER.valueToTree(text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }
    if (value.isObject()) {
      return "an object";
    }
    if (value.isArray()) {
      return "an array";
    }
    if (value.isBoolean()) {
      return "the boolean " + value.asText();
    }
    return "the number " + value.asText();
  }

  private static final class Definition {
    final JsonNode node;
    final URL source;

    Definition(JsonNode node, URL source) {
      this.node = node;
      this.source = source;
    }
  }
}
