package dev.toolwright.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A loopback stand-in for a Cognito user pool, as the {@code token} command meets it: the OAuth 2.0
 * token endpoint of its domain ({@code POST /oauth2/token}, client-credentials grant, HTTP Basic
 * client authentication, answers and errors shaped as RFC 6749 sections 5.1 and 5.2 prescribe), and
 * the Cognito API's {@code DescribeUserPoolClient} ({@code POST /} with {@code X-Amz-Target:
 * AWSCognitoIdentityProviderService.DescribeUserPoolClient}, AWS JSON 1.1). Every request is
 * logged.
 */
final class FakeAuthServer implements AutoCloseable {

  static final String USER_POOL = "us-east-1_AbCdEf123";
  static final String CLIENT_ID = "4b1ctq9ex5c2m0fakeclient01";
  static final String SECRET = "s3cr3t-Vq8Zp1Lm7Kx2Rt5Ny9Bw3Hd6Jf0Gs4";
  static final String SCOPE = "toolwright-gateway/invoke";
  static final String TOKEN =
      "eyJraWQiOiJmYWtlIiwiYWxnIjoiUlMyNTYifQ.eyJjbGllbnRfaWQiOiJmYWtlIn0.c2lnbmF0dXJl";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One logged request. */
  record Request(String method, String path, Map<String, String> headers, String body) {

    /** The form fields of a token request. */
    Map<String, String> form() {
      Map<String, String> fields = new LinkedHashMap<>();
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          fields.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
      return fields;
    }
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile String expectedSecret = SECRET;
  private volatile int invalidClientStatus = 400;
  private volatile boolean echoSecretInErrors;
  private volatile String cognitoSecret = SECRET;
  private volatile boolean stall;

  FakeAuthServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fake-auth");
              t.setDaemon(true);
              return t;
            }));
    server.createContext("/", this::handle);
    server.start();
  }

  URI tokenEndpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/token");
  }

  /** The base URL for the Cognito API (the SDK's endpoint override). */
  URI cognitoEndpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  List<Request> requests() {
    return requests;
  }

  /**
   * Answers invalid_client with 401 (RFC 6749 for Basic authentication) instead of Cognito's 400.
   */
  FakeAuthServer invalidClientWith(int status) {
    this.invalidClientStatus = status;
    return this;
  }

  /** A hostile or careless endpoint that repeats the presented secret in its error description. */
  FakeAuthServer echoSecretInErrors() {
    this.echoSecretInErrors = true;
    return this;
  }

  /** What DescribeUserPoolClient returns as ClientSecret; null: the client has none. */
  FakeAuthServer cognitoSecret(String secret) {
    this.cognitoSecret = secret;
    return this;
  }

  FakeAuthServer stall() {
    this.stall = true;
    return this;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> headers = new LinkedHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach(
              (k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
      String path = exchange.getRequestURI().getPath();
      requests.add(new Request(exchange.getRequestMethod(), path, headers, body));
      if (stall) {
        sleep(5_000);
        return;
      }
      switch (path) {
        case "/oauth2/token":
          token(exchange, headers, body);
          return;
        case "/":
          cognito(exchange, headers, body);
          return;
        case "/redirect":
          exchange.getResponseHeaders().add("Location", url("/captured").toString());
          send(exchange, 302, "text/plain", "moved");
          return;
        default:
          send(exchange, 404, "text/html", "<html><body>Not found</body></html>");
      }
    }
  }

  private void token(HttpExchange exchange, Map<String, String> headers, String body)
      throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      send(exchange, 405, "application/json", "{\"error\":\"invalid_request\"}");
      return;
    }
    if (!"application/x-www-form-urlencoded".equals(headers.get("content-type"))) {
      send(exchange, 400, "application/json", "{\"error\":\"invalid_request\"}");
      return;
    }
    String presented = null;
    String clientId = null;
    String authorization = headers.getOrDefault("authorization", "");
    if (authorization.startsWith("Basic ")) {
      String decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      clientId = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
      presented = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
    }
    Map<String, String> form = new Request("POST", "", headers, body).form();
    if (!CLIENT_ID.equals(clientId) || !expectedSecret.equals(presented)) {
      String description =
          echoSecretInErrors ? "Client secret '" + presented + "' does not match" : null;
      send(
          exchange,
          invalidClientStatus,
          "application/json",
          "{\"error\":\"invalid_client\""
              + (description == null ? "" : ",\"error_description\":\"" + description + "\"")
              + "}");
      return;
    }
    if (!"client_credentials".equals(form.get("grant_type"))) {
      send(exchange, 400, "application/json", "{\"error\":\"unsupported_grant_type\"}");
      return;
    }
    String scope = form.get("scope");
    if (scope != null && !scope.equals(SCOPE)) {
      send(exchange, 400, "application/json", "{\"error\":\"invalid_scope\"}");
      return;
    }
    send(
        exchange,
        200,
        "application/json;charset=UTF-8",
        "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}");
  }

  private void cognito(HttpExchange exchange, Map<String, String> headers, String body)
      throws IOException {
    if (!"AWSCognitoIdentityProviderService.DescribeUserPoolClient"
        .equals(headers.get("x-amz-target"))) {
      cognitoError(
          exchange,
          "UnknownOperationException",
          "unknown operation " + headers.get("x-amz-target"));
      return;
    }
    JsonNode request = JSON.readTree(body);
    if (!USER_POOL.equals(request.path("UserPoolId").asText())
        || !CLIENT_ID.equals(request.path("ClientId").asText())) {
      cognitoError(
          exchange,
          "ResourceNotFoundException",
          "User pool client " + request.path("ClientId").asText() + " does not exist.");
      return;
    }
    Map<String, Object> client = new LinkedHashMap<>();
    client.put("UserPoolId", USER_POOL);
    client.put("ClientName", "toolwright-examples-agent");
    client.put("ClientId", CLIENT_ID);
    if (cognitoSecret != null) {
      client.put("ClientSecret", cognitoSecret);
    }
    client.put("AllowedOAuthFlows", List.of("client_credentials"));
    client.put("AllowedOAuthScopes", List.of(SCOPE));
    send(
        exchange,
        200,
        "application/x-amz-json-1.1",
        JSON.writeValueAsString(Map.of("UserPoolClient", client)));
  }

  private static void cognitoError(HttpExchange exchange, String type, String message)
      throws IOException {
    exchange.getResponseHeaders().add("x-amzn-ErrorType", type);
    send(
        exchange,
        400,
        "application/x-amz-json-1.1",
        JSON.writeValueAsString(Map.of("__type", type, "message", message)));
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
