package dev.toolwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.toolwright.processor.ProcessorTesting.assertJson;
import static dev.toolwright.processor.ProcessorTesting.assertSucceededWithoutWarnings;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import dev.toolwright.GatewayContext;
import dev.toolwright.ToolDispatcher;
import dev.toolwright.internal.InvalidArgumentsException;
import dev.toolwright.internal.JsonSupport;
import dev.toolwright.internal.JsonValue;
import dev.toolwright.internal.ToolArguments;
import dev.toolwright.internal.ToolResult;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs a generated dispatcher ({@code src/test/resources/runtime/Echo.java}) against the framework:
 * the defaults, optional values and enum wire values the processor wrote into it reach the method
 * as the schema promises.
 */
class DispatcherRuntimeTest {

  private static final JsonSupport JSON = new JsonSupport();
  private static ToolDispatcher dispatcher;

  @BeforeAll
  static void compileAndLoad() throws ReflectiveOperationException {
    Compilation compilation = ProcessorTesting.compile(ProcessorTesting.resources("runtime"));
    assertSucceededWithoutWarnings(compilation);
    dispatcher =
        (ToolDispatcher)
            new CompiledClasses(compilation)
                .load("runtime.Echo_ToolDispatcher")
                .getConstructor()
                .newInstance();
  }

  private static Object dispatch(String tool, String arguments) throws Exception {
    JsonValue node = JSON.readTree(arguments);
    GatewayContext gateway =
        new GatewayContext("test___" + tool, "test", tool, null, null, null, null, "1.0", Map.of());
    return dispatcher.dispatch(tool, new ToolArguments(node, JSON, null, gateway));
  }

  private static JsonNode call(String tool, String arguments) throws Exception {
    return JSON.mapper().valueToTree(dispatch(tool, arguments));
  }

  @Test
  void dispatcher_namesItsClassAndTools() {
    assertThat(dispatcher.toolClassName()).isEqualTo("runtime.Echo");
    assertThat(dispatcher.toolNames()).containsExactly("defaults", "optionals", "sum").inOrder();
  }

  @Test
  void defaults_reachTheMethodWhenArgumentsAreOmitted() throws Exception {
    assertJson(
        "{\"days\": 3, \"unit\": \"celsius\", \"colour\": \"GREEN\", \"from\": \"2026-11-22\", \"alerts\": true,"
            + "\"ratio\": 1.5, \"price\": 10.25, \"mark\": \"x\", \"page\": {\"number\": 1, \"size\": 20},"
            + "\"settings\": {\"theme\": \"dark\"}}",
        call("defaults", "{\"page\": {}, \"settings\": {}}"));
  }

  @Test
  void sentArguments_overrideDefaults() throws Exception {
    JsonNode received =
        call(
            "defaults",
            "{\"days\": 5, \"colour\": \"RED\", \"from\": \"2027-01-02\", \"mark\": \"y\","
                + "\"page\": {\"size\": 5}, \"settings\": {\"theme\": \"light\"}}");
    assertThat(received.path("days").asInt()).isEqualTo(5);
    assertThat(received.path("colour").asText()).isEqualTo("RED");
    assertThat(received.path("from").asText()).isEqualTo("2027-01-02");
    assertThat(received.path("mark").asText()).isEqualTo("y");
    assertJson("{\"number\": 1, \"size\": 5}", received.path("page"));
    assertThat(received.path("settings").path("theme").asText()).isEqualTo("light");
  }

  @Test
  void optionalArguments_areEmptyWhenOmitted() throws Exception {
    assertJson(
        "{\"text\": \"<none>\", \"count\": \"<none>\", \"planets\": [], \"gatewayTool\": \"optionals\"}",
        call("optionals", "{\"planets\": []}"));
    assertJson(
        "{\"text\": \"hi\", \"count\": \"2\", \"planets\": [\"the earth\", \"mercury\"], \"gatewayTool\": \"optionals\"}",
        call(
            "optionals",
            "{\"text\": \"hi\", \"count\": 2, \"planets\": [\"the earth\", \"mercury\"]}"));
  }

  @Test
  void enumWireValues_fromJsonValue_areChecked() {
    InvalidArgumentsException e =
        assertThrows(
            InvalidArgumentsException.class,
            () -> dispatch("optionals", "{\"planets\": [\"EARTH\"]}"));
    assertThat(e.getMessage()).contains("planets[0]");
  }

  @Test
  void badArguments_areRejectedBeforeTheCall() {
    InvalidArgumentsException e =
        assertThrows(
            InvalidArgumentsException.class,
            () -> dispatch("defaults", "{\"days\": \"many\", \"page\": {}}"));
    assertThat(e.getMessage()).contains("days");
    assertThat(e.getMessage()).contains("settings");
  }

  @Test
  void scalarResults_areWrapped() throws Exception {
    assertThat(dispatch("sum", "{\"values\": {\"a\": 1, \"b\": 2}}"))
        .isInstanceOf(ToolResult.class);
  }
}
