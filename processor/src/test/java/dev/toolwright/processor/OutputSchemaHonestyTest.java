package dev.toolwright.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.toolwright.processor.ProcessorTesting.assertSucceededWithoutWarnings;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import dev.toolwright.ToolDispatcher;
import dev.toolwright.ToolHandler;
import dev.toolwright.emulation.GatewayLambdaContext;
import dev.toolwright.emulation.ToolSchemas;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code -Atoolwright.outputSchema=true}, no tool's {@code outputSchema} rejects what the
 * handler really answers, {@code null} fields included: the examples' tools and a fixture with
 * every answer shape ({@code src/test/resources/honesty}) are compiled with the option, run through
 * a {@link ToolHandler} as the gateway invokes them, and each answer is checked against the
 * generated schema with {@link ToolSchemas#checkResult}, the check strict MCP clients make.
 */
class OutputSchemaHonestyTest {

  private static Compilation compilation;
  private static ToolSchemas schemas;
  private static JsonNode schema;

  @BeforeAll
  static void compile(@TempDir Path classes) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>(ProcessorTesting.examples());
    sources.addAll(ProcessorTesting.resources("honesty"));
    compilation = ProcessorTesting.compile(sources, "-Atoolwright.outputSchema=true");
    assertSucceededWithoutWarnings(compilation);
    byte[] resource = ProcessorTesting.classOutput(compilation, ToolSchemas.RESOURCE);
    schema = ProcessorTesting.json(resource);
    Path file = classes.resolve(ToolSchemas.RESOURCE);
    Files.createDirectories(file.getParent());
    Files.write(file, resource);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      schemas = ToolSchemas.load(loader);
    }
  }

  private static ToolHandler handler(String... dispatcherClasses)
      throws ReflectiveOperationException {
    CompiledClasses loaded = new CompiledClasses(compilation);
    List<ToolDispatcher> dispatchers = new ArrayList<>();
    for (String name : dispatcherClasses) {
      dispatchers.add((ToolDispatcher) loaded.load(name).getConstructor().newInstance());
    }
    return new ToolHandler(dispatchers);
  }

  private static JsonNode answer(ToolHandler handler, String tool, String arguments)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(
        new ByteArrayInputStream(arguments.getBytes(StandardCharsets.UTF_8)),
        out,
        GatewayLambdaContext.forTool("t", tool));
    return ProcessorTesting.json(out.toByteArray());
  }

  /** Calls each tool with each arguments and collects what the outputSchema rejects. */
  private static Map<String, List<String>> check(
      ToolHandler handler, Map<String, List<String>> calls) throws IOException {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> call : calls.entrySet()) {
      String tool = call.getKey();
      assertWithMessage(tool)
          .that(ProcessorTesting.tool(schema, tool).path("outputSchema").isObject())
          .isTrue();
      for (String arguments : call.getValue()) {
        JsonNode answer = answer(handler, tool, arguments);
        assertWithMessage(tool + " " + arguments + " → " + answer)
            .that(answer.has("isError"))
            .isFalse();
        List<String> rejected = schemas.checkResult(tool, answer);
        if (!rejected.isEmpty()) {
          problems.put(tool + " " + arguments, rejected);
        }
      }
    }
    return problems;
  }

  /**
   * Null fields of records, {@code Optional.empty()} fields, null map values, null records and a
   * null (or empty {@code Optional}) result are left out of the answer and are not {@code
   * required}: honest. One gap remains, pinned here so a fix shows up as a failure to update:
   * {@code null} elements inside a list are written as {@code null}, which the typed {@code items}
   * reject; the dialect the gateway accepts has no {@code "type": [..., "null"]}.
   */
  @Test
  void everyAnswerShape_withAndWithoutNulls_fitsItsOutputSchema_butForNullListElements()
      throws Exception {
    ToolHandler handler = handler("honesty.Answers_ToolDispatcher");
    Map<String, List<String>> calls = new LinkedHashMap<>();
    for (String tool : handler.toolNames()) {
      calls.put(
          tool,
          ProcessorTesting.tool(schema, tool).at("/inputSchema/properties/empty").isObject()
              ? List.of("{\"empty\": false}", "{\"empty\": true}")
              : List.of("{}"));
    }
    assertWithMessage("the fixture's tools")
        .that(calls.keySet())
        .containsExactly(
            "everything",
            "nulls_inside",
            "text",
            "day",
            "amount",
            "level",
            "lines",
            "lines_by_name",
            "boxed",
            "count",
            "ratio",
            "flag");
    Map<String, List<String>> gaps = new LinkedHashMap<>();
    gaps.put(
        "nulls_inside {}",
        List.of(
            "'tags[1]' must be a string, got null",
            "'lines[1]' must be an object, got null",
            "'days[0]' must be a string, got null"));
    assertWithMessage("answers the outputSchema rejects")
        .that(check(handler, calls))
        .containsExactlyEntriesIn(gaps);
  }

  @Test
  void everyExampleTool_fitsItsOutputSchema() throws Exception {
    ToolHandler handler =
        handler(
            "dev.toolwright.examples.orders.OrderTools_ToolDispatcher",
            "dev.toolwright.examples.calculator.Calculator_ToolDispatcher");
    Map<String, List<String>> calls = new LinkedHashMap<>();
    calls.put("add", List.of("{\"a\": 2, \"b\": 0.5}"));
    calls.put("convert_length", List.of("{\"value\": 1, \"from\": \"KILOMETRE\"}"));
    calls.put("days_between", List.of("{\"from\": \"2026-11-01\", \"to\": \"2026-11-22\"}"));
    calls.put("statistics", List.of("{\"values\": [1, 2, 3, 6]}"));
    // A-1002 has no tracking number (Optional.empty), and without items an empty list
    calls.put(
        "lookup_order",
        List.of(
            "{\"orderId\": \"A-1002\"}",
            "{\"orderId\": \"A-1002\", \"includeItems\": true}",
            "{\"orderId\": \"B-2001\"}"));
    calls.put(
        "search_orders", List.of("{\"query\": {}}", "{\"query\": {\"status\": \"cancelled\"}}"));
    calls.put("cancel_order", List.of("{\"orderId\": \"A-1002\", \"reason\": \"changed mind\"}"));
    assertWithMessage("the example tools")
        .that(calls.keySet())
        .containsExactlyElementsIn(handler.toolNames());
    assertWithMessage("answers the outputSchema rejects").that(check(handler, calls)).isEmpty();
  }

  /** The check is not vacuous: an answer missing a field the schema requires is rejected. */
  @Test
  void theCheck_rejectsAnAnswerWithoutARequiredField() {
    assertWithMessage("count's outputSchema requires result")
        .that(schemas.checkResult("count", ProcessorTesting.json("{}")))
        .isNotEmpty();
    assertWithMessage("statistics' count is a primitive, always written")
        .that(
            schemas.checkResult(
                "statistics", ProcessorTesting.json("{\"mean\": 1.0, \"min\": 1.0, \"max\": 1.0}")))
        .isNotEmpty();
  }
}
