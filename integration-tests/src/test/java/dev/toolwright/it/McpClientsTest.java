package dev.toolwright.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.examples.ExampleHandler;
import dev.toolwright.local.LocalGateway;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every example tool, listed and called through the local gateway under the default emulation
 * profile by two official MCP clients from npm: the TypeScript SDK's client
 * ({@code clients/mcp-smoke.mjs}) and the MCP Inspector's CLI mode. Skipped when Node.js or npm is
 * not on the PATH, or when {@code npm ci} cannot install the clients, so a machine with only a JDK
 * still builds.
 */
class McpClientsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Valid arguments for every example tool, and the text the tool answers. */
  private static final Map<String, String[]> CALLS = new LinkedHashMap<>();

  static {
    CALLS.put("add", new String[] {"{\"a\": 2, \"b\": 0.5}", "{\"result\":2.5}"});
    CALLS.put("convert_length", new String[] {"{\"value\": 1, \"from\": \"KILOMETRE\"}", "{\"result\":1000.0}"});
    CALLS.put("days_between", new String[] {"{\"from\": \"2026-11-01\", \"to\": \"2026-11-22\"}", "{\"result\":21}"});
    CALLS.put("statistics", new String[] {"{\"values\": [1, 2, 3, 6]}", "{\"count\":4,\"mean\":3.0,\"min\":1.0,\"max\":6.0}"});
    CALLS.put("lookup_order", new String[] {"{\"orderId\": \"B-2001\"}",
        "{\"orderId\":\"B-2001\",\"customerEmail\":\"ben@example.com\",\"status\":\"shipped\",\"placedOn\":\"2026-11-18\","
            + "\"items\":[],\"total\":49.00,\"trackingNumber\":\"1Z123\"}"});
    CALLS.put("search_orders", new String[] {"{\"query\": {\"status\": \"shipped\"}}",
        "{\"orders\":[{\"orderId\":\"B-2001\",\"customerEmail\":\"ben@example.com\",\"status\":\"shipped\","
            + "\"placedOn\":\"2026-11-18\",\"items\":[],\"total\":49.00,\"trackingNumber\":\"1Z123\"}],\"totalMatches\":1}"});
    CALLS.put("cancel_order", new String[] {"{\"orderId\": \"A-1002\", \"reason\": \"changed mind\"}",
        "{\"result\":\"Order A-1002 is cancelled (changed mind).\"}"});
  }

  private static Path clients;
  private static String node;

  @BeforeAll
  static void installClients() throws Exception {
    clients = Path.of(System.getProperty("toolwright.clients.dir", "../clients")).toAbsolutePath().normalize();
    assumeTrue(Files.isRegularFile(clients.resolve("mcp-smoke.mjs")), "no clients/mcp-smoke.mjs at " + clients);
    node = executable("node");
    assumeTrue(node != null, "node is not on the PATH: skipping the MCP client tests");
    if (!Files.isDirectory(clients.resolve("node_modules/@modelcontextprotocol/sdk"))
        || !Files.isDirectory(clients.resolve("node_modules/@modelcontextprotocol/inspector"))) {
      String npm = executable("npm");
      assumeTrue(npm != null, "npm is not on the PATH: skipping the MCP client tests");
      Result install = run(Duration.ofMinutes(5), npm, "ci", "--no-audit", "--no-fund");
      assumeTrue(install.status == 0, "npm ci failed in " + clients + " (offline?); skipping:\n" + install.stderr);
    }
  }

  private static LocalGateway gateway() {
    return LocalGateway.builder(new ExampleHandler()).port(0).target("examples")
        .console(new PrintStream(OutputStream.nullOutputStream())).start();
  }

  @Test
  void typeScriptSdkClient_listsAndCallsEveryExampleTool() throws Exception {
    try (LocalGateway gateway = gateway()) {
      String url = gateway.url().toString();
      for (Map.Entry<String, String[]> call : CALLS.entrySet()) {
        Result ran = run(Duration.ofSeconds(60), node, "mcp-smoke.mjs", url, "examples___" + call.getKey(),
            call.getValue()[0]);
        assertEquals(0, ran.status, call.getKey() + ": " + ran.stderr);
        JsonNode out = MAPPER.readTree(ran.stdout);
        assertEquals(expectedNames(), names(out.get("tools")));
        assertSuccess(call.getKey(), call.getValue()[1], out.at("/call/result"));
      }
    }
  }

  @Test
  void inspectorCli_listsAndCallsEveryExampleTool() throws Exception {
    try (LocalGateway gateway = gateway()) {
      String url = gateway.url().toString();
      Result listed = inspector(url, "--method", "tools/list");
      assertEquals(0, listed.status, listed.stderr);
      JsonNode tools = MAPPER.readTree(listed.stdout).get("tools");
      assertEquals(expectedNames(), names(tools));
      tools.forEach(t -> assertFalse(t.has("outputSchema"), t::toString));

      for (Map.Entry<String, String[]> call : CALLS.entrySet()) {
        List<String> command = new ArrayList<>(List.of("--method", "tools/call", "--tool-name",
            "examples___" + call.getKey()));
        JsonNode arguments = MAPPER.readTree(call.getValue()[0]);
        for (Iterator<Map.Entry<String, JsonNode>> it = arguments.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> argument = it.next();
          command.add("--tool-arg");
          command.add(argument.getKey() + "="
              + (argument.getValue().isTextual() ? argument.getValue().asText() : argument.getValue().toString()));
        }
        Result ran = inspector(url, command.toArray(String[]::new));
        assertEquals(0, ran.status, call.getKey() + ": " + ran.stderr);
        assertSuccess(call.getKey(), call.getValue()[1], MAPPER.readTree(ran.stdout));
      }
    }
  }

  private static void assertSuccess(String tool, String text, JsonNode result) {
    assertFalse(result.path("isError").asBoolean(true), tool + ": " + result);
    assertEquals(text, result.at("/content/0/text").asText(), tool);
    assertTrue(result.path("structuredContent").isMissingNode(), tool + ": " + result);
  }

  private static TreeSet<String> expectedNames() {
    TreeSet<String> names = new TreeSet<>();
    CALLS.keySet().forEach(n -> names.add("examples___" + n));
    return names;
  }

  private static TreeSet<String> names(JsonNode tools) {
    TreeSet<String> names = new TreeSet<>();
    tools.forEach(t -> names.add(t.get("name").asText()));
    return names;
  }

  /** {@code npx @modelcontextprotocol/inspector --cli <url> --transport http ...}, from the installed package. */
  private static Result inspector(String url, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(node,
        clients.resolve("node_modules/@modelcontextprotocol/inspector/cli/build/cli.js").toString(),
        "--cli", url, "--transport", "http"));
    command.addAll(List.of(arguments));
    return run(Duration.ofSeconds(60), command.toArray(String[]::new));
  }

  private static String executable(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      for (String candidate : List.of(name, name + ".cmd", name + ".exe")) {
        Path file = Path.of(dir, candidate);
        if (Files.isRegularFile(file) && Files.isExecutable(file)) {
          return file.toString();
        }
      }
    }
    return null;
  }

  private static Result run(Duration timeout, String... command) throws IOException, InterruptedException {
    Path stdout = Files.createTempFile("toolwright-node", ".out");
    Path stderr = Files.createTempFile("toolwright-node", ".err");
    try {
      Process process = new ProcessBuilder(command).directory(clients.toFile())
          .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
      }
      return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
          Files.readString(stderr, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  private record Result(int status, String stdout, String stderr) {}
}
