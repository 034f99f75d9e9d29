package dev.toolwright.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.toolwright.agent.fixture.CalcHandler;
import dev.toolwright.local.LocalGateway;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agent CLI against the local endpoint ({@code LocalGateway} serving a small {@code @Tool}
 * class), with no token, and through a loopback proxy that demands a bearer token as the gateway's
 * authorizer does: the same code, the only difference being {@code --token-env}.
 */
class AgentCliTest {

  private static final String TOKEN =
      "eyJhbGciOiJSUzI1NiJ9.eyJjbGllbnRfaWQiOiJ0ZXN0In0.c2lnbmF0dXJlLXRlc3Q";
  private static final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private static LocalGateway gateway;
  private static BearerProxy proxy;

  private String out;
  private String err;

  @BeforeAll
  static void start() throws Exception {
    gateway =
        LocalGateway.builder(new CalcHandler())
            .port(0)
            .console(new PrintStream(console, true, StandardCharsets.UTF_8))
            .start();
    proxy = new BearerProxy(gateway.url(), TOKEN);
  }

  @AfterAll
  static void stop() {
    if (proxy != null) {
      proxy.close();
    }
    if (gateway != null) {
      gateway.close();
    }
  }

  private int run(Map<String, String> env, String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code =
        AgentCli.run(
            args,
            new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8),
            env);
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    assertFalse(out.contains(TOKEN) || err.contains(TOKEN), "the token must never be printed");
    return code;
  }

  @Test
  void localEndpoint_withoutToken_listsAndCalls() {
    assertEquals(
        0,
        run(
            Map.of(),
            "--url",
            gateway.url().toString(),
            "--tool",
            "local___add",
            "--args",
            "{\"a\": 2, \"b\": 3}"),
        err);
    assertTrue(out.startsWith("Connected to toolwright-local-gateway "), out);
    assertTrue(out.contains(" at " + gateway.url() + " (MCP "), out);
    assertTrue(out.contains(", no token)."), out);
    assertTrue(out.contains("3 tools:\n"), out);
    assertTrue(out.contains("  local___add     Adds two whole numbers.\n"), out);
    assertTrue(
        out.contains(
            "  local___divide  Divides one whole number by another, rounding towards zero.\n"),
        out);
    assertTrue(
        out.contains("Calling local___add {\"a\":2,\"b\":3}:\n{\"result\":5}\nDone.\n"), out);
    assertEquals("", err);
  }

  @Test
  void localEndpoint_listOnly() {
    assertEquals(0, run(Map.of(), "--url", gateway.url().toString()), err);
    assertTrue(out.contains("local___greet"), out);
    assertFalse(out.contains("Calling"), out);
  }

  @Test
  void toolError_exitsWith1_andShowsTheAgentReadableError() {
    assertEquals(
        1,
        run(
            Map.of(),
            "--url",
            gateway.url().toString(),
            "--tool",
            "local___divide",
            "--args",
            "{\"dividend\": 1, \"divisor\": 0}"));
    assertTrue(
        out.contains(
            "\"code\":\"TOOL_ERROR\",\"message\":\"Cannot divide by zero; pass a divisor other "
                + "than 0.\""),
        out);
    // the local endpoint's default profile passes the error answer on as text, as the gateway may
    assertTrue(
        out.contains("The tool reported an error in its answer (\"isError\": true in the text)."),
        out);
  }

  @Test
  void unknownTool_exitsWith4() {
    assertEquals(4, run(Map.of(), "--url", gateway.url().toString(), "--tool", "local___nope"));
    assertTrue(out.contains("Note: local___nope is not among the listed tools"), out);
    assertTrue(err.startsWith("Error: The server answered with JSON-RPC error -32602: "), err);
  }

  @Test
  void bearerToken_isSentOnEveryRequest_throughAnEndpointThatRequiresIt() {
    int before = proxy.seen().size();
    assertEquals(
        0,
        run(
            Map.of("GATEWAY_TOKEN", TOKEN),
            "--url",
            proxy.url().toString(),
            "--token-env",
            "GATEWAY_TOKEN",
            "--tool",
            "local___greet",
            "--args",
            "{\"name\": \"agent\"}"),
        err);
    assertTrue(out.contains(", bearer token)."), out);
    assertTrue(out.contains("{\"result\":\"Hello, agent!\"}"), out);
    List<BearerProxy.Seen> requests =
        List.copyOf(proxy.seen().subList(before, proxy.seen().size()));
    assertTrue(
        requests.stream().filter(r -> r.method().equals("POST")).count() >= 4,
        "initialize, initialized, tools/list, tools/call: " + requests);
    for (BearerProxy.Seen seen : requests) {
      assertEquals("Bearer " + TOKEN, seen.authorization(), seen.method() + " without the token");
    }
  }

  @Test
  void withoutToken_theProtectedEndpointRefuses_andTheMessageSaysWhy() {
    assertEquals(3, run(Map.of(), "--url", proxy.url().toString()));
    assertTrue(
        err.startsWith("Error: " + proxy.url() + " answered HTTP 401: it needs an access token."),
        err);
  }

  @Test
  void wrongToken_isRefused_andNotPrinted() {
    assertEquals(
        3,
        run(
            Map.of("GATEWAY_TOKEN", TOKEN + "x"),
            "--url",
            proxy.url().toString(),
            "--token-env",
            "GATEWAY_TOKEN"));
    assertTrue(
        err.contains(
            "answered HTTP 401: the gateway did not accept the token. It may have expired"),
        err);
    assertFalse(err.contains(TOKEN + "x"), err);
  }

  @Test
  void usageErrors_sendNothing() throws Exception {
    // A proxy of its own: the other tests' clients close their sessions asynchronously (DELETE).
    try (BearerProxy fresh = new BearerProxy(gateway.url(), TOKEN)) {
      usageErrors(fresh);
      assertEquals(List.of(), fresh.seen());
    }
  }

  private void usageErrors(BearerProxy proxy) {
    assertEquals(2, run(Map.of(), "--url", proxy.url().toString(), "--token-env", "MISSING_TOKEN"));
    assertTrue(err.contains("--token-env MISSING_TOKEN: the variable is not set or empty."), err);
    assertEquals(
        2, run(Map.of("T", TOKEN), "--url", "http://gateway.example.com/mcp", "--token-env", "T"));
    assertTrue(
        err.contains("Refusing to send an access token over plain http to gateway.example.com"),
        err);
    assertEquals(2, run(Map.of(), "--url", gateway.url().toString(), "--args", "{}"));
    assertTrue(err.contains("--args needs --tool"), err);
    assertEquals(
        2,
        run(Map.of(), "--url", gateway.url().toString(), "--tool", "local___add", "--args", "[1]"));
    assertEquals(2, run(Map.of(), "--tool", "local___add"));
    assertTrue(err.contains("Missing required option: '--url=<url>'"), err);
    assertEquals(2, run(Map.of(), "--url", gateway.url().toString(), "--timeout", "2h"));
    assertTrue(err.contains("--timeout may be at most 1h"), err);
    assertEquals(2, run(Map.of(), "--url", gateway.url().toString(), "--bogus"));
    assertTrue(err.contains("unknown option --bogus"), err);
    for (String help : List.of("--help", "-h")) {
      assertEquals(0, run(Map.of(), help));
      assertTrue(
          out.startsWith(
              "Usage: java -jar toolwright-agent-cli.jar --url=<url> [--token-env=<name>]"),
          out);
      assertTrue(out.contains("Exit codes:"), out);
      assertEquals("", err);
    }
  }

  @Test
  void nothingListening_exitsWith3() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      port = socket.getLocalPort();
    }
    assertEquals(3, run(Map.of(), "--url", "http://127.0.0.1:" + port + "/mcp", "--timeout", "10"));
    assertTrue(err.startsWith("Error: "), err);
  }

  /** The library entry point, as an agent framework would use it. */
  @Test
  void gatewayConnection_isTheSameForBothEndpoints() {
    for (var target : List.of(Map.entry(gateway.url(), ""), Map.entry(proxy.url(), TOKEN))) {
      String token = target.getValue().isEmpty() ? null : target.getValue();
      try (McpSyncClient client =
          GatewayConnection.open(target.getKey(), token, Duration.ofSeconds(30))) {
        assertEquals(
            List.of("local___add", "local___divide", "local___greet"),
            client.listTools().tools().stream().map(McpSchema.Tool::name).toList());
      }
    }
  }
}
