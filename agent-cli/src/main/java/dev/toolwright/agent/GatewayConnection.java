package dev.toolwright.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

/**
 * Opens an MCP session over streamable HTTP, the way an agent connects to an AgentCore gateway: the
 * official MCP Java SDK's {@link HttpClientStreamableHttpTransport}, with {@code Authorization:
 * Bearer <token>} on every HTTP request when a token is given. Without a token the same code talks
 * to an endpoint that needs none, such as {@code toolwright-local-mcp}'s {@code LocalGateway}.
 *
 * <pre>{@code
 * try (McpSyncClient client = GatewayConnection.open(URI.create(gatewayUrl), System.getenv("TOOLWRIGHT_TOKEN"),
 *     Duration.ofSeconds(60))) {
 *   client.listTools().tools().forEach(t -> System.out.println(t.name()));
 * }
 * }</pre>
 */
public final class GatewayConnection {

  /** What the client calls itself in {@code initialize}. */
  public static final String CLIENT_NAME = "toolwright-agent-cli";

  private GatewayConnection() {}

  /**
   * Connects and initializes the session.
   *
   * @param url the MCP endpoint, e.g. the stack's {@code GatewayUrl} output or {@code
   *     http://127.0.0.1:8080/mcp}
   * @param bearerToken an OAuth access token, or {@code null} for an endpoint without authorization
   * @param timeout the limit for initializing and for each request
   * @throws IllegalArgumentException when the URL is not usable, or a token would travel over plain
   *     HTTP to another machine
   */
  public static McpSyncClient open(URI url, String bearerToken, Duration timeout) {
    McpSyncClient client = create(url, bearerToken, timeout);
    try {
      client.initialize();
      return client;
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  /** Like {@link #open} but without initializing: the first request does it. */
  public static McpSyncClient create(URI url, String bearerToken, Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    check(url, bearerToken);
    String base = url.getScheme() + "://" + url.getRawAuthority();
    String endpoint =
        (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
            + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    HttpClientStreamableHttpTransport.Builder transport =
        HttpClientStreamableHttpTransport.builder(base)
            .endpoint(endpoint)
            .jsonMapper(new JacksonMcpJsonMapper(new ObjectMapper()))
            .connectTimeout(Duration.ofSeconds(10));
    if (bearerToken != null) {
      String authorization = "Bearer " + bearerToken;
      // Every request of the session: initialize, the notifications, tools/list, tools/call, the
      // SSE stream.
      transport.httpRequestCustomizer(
          (request, method, uri, body, context) -> request.header("Authorization", authorization));
    }
    return McpClient.sync(transport.build())
        .clientInfo(new McpSchema.Implementation(CLIENT_NAME, version()))
        .requestTimeout(timeout)
        .initializationTimeout(timeout)
        .build();
  }

  private static void check(URI url, String bearerToken) {
    Objects.requireNonNull(url, "url");
    if (url.getHost() == null
        || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))
        || url.getRawUserInfo() != null
        || url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "\""
              + url
              + "\" is not an MCP endpoint URL such as "
              + "https://<gateway-id>.gateway.bedrock-agentcore.<region>.amazonaws.com/mcp or "
              + "http://127.0.0.1:8080/mcp.");
    }
    if (bearerToken != null) {
      if (bearerToken.isEmpty() || bearerToken.chars().anyMatch(c -> c <= ' ' || c >= 0x7F)) {
        throw new IllegalArgumentException(
            "The access token is empty or has characters a token cannot have "
                + "(spaces, line breaks, non-ASCII); it is not shown here.");
      }
      if ("http".equals(url.getScheme()) && !isLoopback(url.getHost())) {
        throw new IllegalArgumentException(
            "Refusing to send an access token over plain http to "
                + url.getHost()
                + ": use https (plain http only to a loopback address).");
      }
    }
  }

  static boolean isLoopback(String host) {
    String h =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return false; // no DNS lookup decides where a token may go unencrypted
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  static String version() {
    String v = GatewayConnection.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
