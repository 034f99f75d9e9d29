package dev.toolwright.it.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.toolwright.examples.ExampleHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The {@code sam local invoke} events in events/: each names a tool of the generated schema through
 * the local {@code __context__} fallback, its arguments satisfy that tool's input schema, and the
 * real handler, invoked as SAM invokes it (a context without a client context), answers without an
 * error. The deliberately bad ones ({@code bad-*}) fail the schema check and get the error code
 * listed here.
 */
class EventFilesTest {

  private static final Path EVENTS = DeployFiles.root().resolve("events");
  private static final String TOOL_NAME_KEY = "bedrockAgentCoreToolName";

  /** Every bad event, with the error code the handler must answer. */
  private static final Map<String, String> BAD =
      Map.of(
          "bad-unknown-tool.json", "UNKNOWN_TOOL",
          "bad-missing-argument.json", "INVALID_ARGUMENTS",
          "bad-wrong-type.json", "INVALID_ARGUMENTS",
          "bad-unknown-argument.json", "INVALID_ARGUMENTS",
          "bad-no-tool-name.json", "INVALID_REQUEST",
          "bad-malformed-json.txt", "INVALID_REQUEST");

  /** Tool name to input schema, from the generated API schema. */
  private static final Map<String, JsonNode> TOOLS = tools();

  private static Map<String, JsonNode> tools() {
    Map<String, JsonNode> tools = new LinkedHashMap<>();
    for (JsonNode tool : DeployFiles.readJson(DeployFiles.generatedApiSchema())) {
      tools.put(tool.get("name").asText(), tool.get("inputSchema"));
    }
    return tools;
  }

  private static List<String> files() throws IOException {
    try (Stream<Path> files = Files.list(EVENTS)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void everyFileIsAGoodJsonEventOrADeliberatelyBadOne() throws IOException {
    Set<String> bad = new TreeSet<>();
    for (String name : files()) {
      if (name.startsWith("bad-")) {
        bad.add(name);
      } else {
        assertTrue(name.endsWith(".json"), name + ": good events are .json files");
      }
    }
    assertEquals(
        new TreeSet<>(BAD.keySet()),
        bad,
        "each bad event needs its expected error code in this test");
  }

  @Test
  void everyToolHasAnEventNamedAfterIt() throws IOException {
    Set<String> good = new TreeSet<>();
    for (String name : files()) {
      if (!name.startsWith("bad-")) {
        good.add(name.substring(0, name.length() - ".json".length()));
      }
    }
    assertEquals(new TreeSet<>(TOOLS.keySet()), good);
    assertEquals(7, good.size());
  }

  @TestFactory
  Stream<DynamicTest> goodEventsMatchTheSchemaAndTheHandlerAnswersThem() throws IOException {
    String target = targetName();
    return files().stream()
        .filter(name -> !name.startsWith("bad-"))
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      JsonNode event = DeployFiles.readJson(EVENTS.resolve(name));
                      String tool = name.substring(0, name.length() - ".json".length());
                      assertEquals(
                          DeployFiles.JSON
                              .createObjectNode()
                              .put(TOOL_NAME_KEY, target + "___" + tool),
                          event.get("__context__"),
                          "the local fallback names the tool as the gateway does: <target>___<tool>");
                      assertEquals(
                          List.of(),
                          schemaProblems(event),
                          "arguments against the generated input schema");
                      JsonNode response = invoke(Files.readAllBytes(EVENTS.resolve(name)));
                      assertFalse(
                          response.path("isError").asBoolean(false),
                          "handler answered " + response);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> badEventsAreRejected() {
    return BAD.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(),
                    () -> {
                      byte[] body = Files.readAllBytes(EVENTS.resolve(e.getKey()));
                      if (e.getKey().endsWith(".json")) {
                        assertNotEquals(
                            List.of(),
                            schemaProblems(DeployFiles.JSON.readTree(body)),
                            "the schema check must reject it");
                      } else {
                        assertFalse(isJson(body), "a malformed-JSON event must not parse");
                      }
                      JsonNode response = invoke(body);
                      assertTrue(
                          response.path("isError").asBoolean(false),
                          "handler answered " + response);
                      assertEquals(
                          e.getValue(),
                          response.path("error").path("code").asText(),
                          response.toString());
                    }));
  }

  /** What the gateway would check: the tool exists and the arguments satisfy its input schema. */
  private static List<String> schemaProblems(JsonNode event) {
    List<String> problems = new ArrayList<>();
    String qualified = event.path("__context__").path(TOOL_NAME_KEY).asText("");
    int separator = qualified.indexOf("___");
    String tool = separator < 0 ? qualified : qualified.substring(separator + 3);
    JsonNode schema = TOOLS.get(tool);
    if (schema == null) {
      problems.add("no tool \"" + tool + "\"");
      return problems;
    }
    ObjectNode arguments = ((ObjectNode) event).deepCopy();
    arguments.remove("__context__");
    check(arguments, schema, "arguments", problems);
    return problems;
  }

  private static void check(JsonNode value, JsonNode schema, String path, List<String> problems) {
    String type = schema.path("type").asText();
    boolean ok =
        switch (type) {
          case "object" -> value.isObject();
          case "array" -> value.isArray();
          case "string" -> value.isTextual();
          case "number" -> value.isNumber();
          case "integer" -> value.isIntegralNumber();
          case "boolean" -> value.isBoolean();
          default -> false;
        };
    if (!ok) {
      problems.add(path + ": expected " + type + ", got " + value.getNodeType());
      return;
    }
    if (value.isObject()) {
      JsonNode properties = schema.path("properties");
      for (JsonNode required : schema.path("required")) {
        if (!value.has(required.asText())) {
          problems.add(path + ": missing " + required.asText());
        }
      }
      value
          .fields()
          .forEachRemaining(
              field -> {
                if (!properties.has(field.getKey())) {
                  problems.add(path + ": unknown " + field.getKey());
                } else {
                  check(
                      field.getValue(),
                      properties.get(field.getKey()),
                      path + "." + field.getKey(),
                      problems);
                }
              });
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        check(value.get(i), schema.get("items"), path + "[" + i + "]", problems);
      }
    }
  }

  private static boolean isJson(byte[] body) {
    try {
      DeployFiles.JSON.readTree(body);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String targetName() {
    Map<String, Object> parameters =
        DeployFiles.map(DeployFiles.template().get("Parameters"), "Parameters");
    return (String) DeployFiles.map(parameters.get("TargetName"), "TargetName").get("Default");
  }

  /**
   * One invocation of a fresh handler, as sam local invoke makes it: a context without a client
   * context.
   */
  private static JsonNode invoke(byte[] event) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExampleHandler().handleRequest(new ByteArrayInputStream(event), out, localContext());
    return DeployFiles.JSON.readTree(out.toByteArray());
  }

  private static Context localContext() {
    LambdaLogger logger =
        (LambdaLogger)
            Proxy.newProxyInstance(
                EventFilesTest.class.getClassLoader(),
                new Class<?>[] {LambdaLogger.class},
                (proxy, method, args) -> null);
    return (Context)
        Proxy.newProxyInstance(
            EventFilesTest.class.getClassLoader(),
            new Class<?>[] {Context.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRemainingTimeInMillis" -> 30_000;
                  case "getMemoryLimitInMB" -> 1024;
                  case "getAwsRequestId" -> "local-request";
                  case "getFunctionName" -> "ToolFunction";
                  case "getLogger" -> logger;
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  case "toString" -> "sam local invoke context";
                  default -> null; // no client context, identity, ARN: as in sam local invoke
                });
  }
}
