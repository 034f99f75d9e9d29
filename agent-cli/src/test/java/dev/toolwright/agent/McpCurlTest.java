package dev.toolwright.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The printed curl: its exact text, its quoting, and what a shell and curl really send with it (on
 * loopback).
 */
class McpCurlTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final URI GATEWAY =
      URI.create(
          "https://toolwright-examples-abcde12345.gateway.bedrock-agentcore.us-east-1.amazonaws.com/mcp");

  @Test
  void toolsList_isTheQuickstartsCheckWithTheStreamableHttpHeaders() {
    assertEquals(
        "curl -sS -X POST "
            + "'https://toolwright-examples-abcde12345.gateway.bedrock-agentcore.us-east-1.amazonaws.com/mcp' \\\n"
            + "  -H \"Authorization: Bearer ${TOOLWRIGHT_TOKEN:?set it to an access token first}\" \\\n"
            + "  -H 'Content-Type: application/json' \\\n"
            + "  -H 'Accept: application/json, text/event-stream' \\\n"
            + "  -d '{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{}}'",
        McpCurl.toolsList(GATEWAY, "TOOLWRIGHT_TOKEN"));
  }

  @Test
  void toolsCall_quotesArgumentsForTheShell() {
    String command =
        McpCurl.toolsCall(
            GATEWAY,
            "MY_TOKEN",
            "examples___lookup_order",
            "{\"orderId\": \"O'Brien-1\", \"note\": \"$HOME `x`\"}");
    assertTrue(command.contains("${MY_TOKEN:?"), command);
    assertTrue(
        command.endsWith(
            "-d '{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":"
                + "\"examples___lookup_order\",\"arguments\":{\"orderId\":\"O'\\''Brien-1\",\"note\":\"$HOME `x`\"}}}'"),
        command);
  }

  @Test
  void invalidInput_isRejected() {
    assertThrows(AgentException.class, () -> McpCurl.toolsList(GATEWAY, "1BAD"));
    assertThrows(AgentException.class, () -> McpCurl.toolsList(GATEWAY, "A;rm"));
    assertThrows(AgentException.class, () -> McpCurl.toolsCall(GATEWAY, "T", "add", "[1,2]"));
    assertThrows(AgentException.class, () -> McpCurl.toolsCall(GATEWAY, "T", "add", "{oops"));
    assertThrows(AgentException.class, () -> McpCurl.toolsCall(GATEWAY, "T", "a b", "{}"));
    assertThrows(
        AgentException.class, () -> McpCurl.checkGatewayUrl("http://gateway.example.com/mcp"));
    assertThrows(
        AgentException.class, () -> McpCurl.checkGatewayUrl("https://g.example.com/mcp#x"));
  }

  /**
   * Runs the printed command with sh and the real curl against a loopback server that records what
   * arrives.
   */
  @Test
  void thePrintedCommandRunsAndSendsTheTokenFromTheEnvironment() throws Exception {
    Path sh = onPath("sh");
    Path curl = onPath("curl");
    Assumptions.assumeTrue(sh != null && curl != null, "needs sh and curl on the PATH");
    List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
    List<String> bodies = new CopyOnWriteArrayList<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/mcp",
        exchange -> {
          try (exchange) {
            seen.add(
                Map.of(
                    "method",
                    exchange.getRequestMethod(),
                    "authorization",
                    String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                    "content-type",
                    String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")),
                    "accept",
                    String.valueOf(exchange.getRequestHeaders().getFirst("Accept"))));
            bodies.add(
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer =
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"tools\":[]}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(answer);
            }
          }
        });
    server.start();
    try {
      URI local = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mcp");
      String list = McpCurl.toolsList(local, "TOOLWRIGHT_TOKEN");
      Result ok = run(sh, list, Map.of("TOOLWRIGHT_TOKEN", "tok-123"));
      assertEquals(0, ok.exit(), ok.output());
      assertEquals("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"tools\":[]}}", ok.output().strip());
      assertEquals(
          Map.of(
              "method",
              "POST",
              "authorization",
              "Bearer tok-123",
              "content-type",
              "application/json",
              "accept",
              "application/json, text/event-stream"),
          seen.get(0));
      assertEquals("tools/list", JSON.readTree(bodies.get(0)).get("method").asText());

      String call =
          McpCurl.toolsCall(
              local, "TOOLWRIGHT_TOKEN", "examples___add", "{\"note\": \"it's $HOME\"}");
      Result called = run(sh, call, Map.of("TOOLWRIGHT_TOKEN", "tok-456"));
      assertEquals(0, called.exit(), called.output());
      JsonNode body = JSON.readTree(bodies.get(1));
      assertEquals("tools/call", body.get("method").asText());
      assertEquals("examples___add", body.at("/params/name").asText());
      assertEquals(
          "it's $HOME",
          body.at("/params/arguments/note").asText(),
          "nothing expanded by the shell");

      Result unset = run(sh, list, Map.of());
      assertTrue(unset.exit() != 0, "an unset token variable stops the command");
      assertTrue(unset.output().contains("TOOLWRIGHT_TOKEN"), unset.output());
      assertEquals(2, seen.size(), "nothing sent without a token");
    } finally {
      server.stop(0);
    }
  }

  private record Result(int exit, String output) {}

  private static Result run(Path sh, String command, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(sh.toString(), "-c", command).redirectErrorStream(true);
    pb.environment().remove("TOOLWRIGHT_TOKEN");
    pb.environment().putAll(env);
    // Loopback only: no proxy may see the request.
    for (String proxy :
        List.of(
            "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy")) {
      pb.environment().remove(proxy);
    }
    Process process = pb.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    return new Result(process.exitValue(), output);
  }

  private static Path onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
