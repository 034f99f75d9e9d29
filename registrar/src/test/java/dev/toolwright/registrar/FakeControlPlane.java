package dev.toolwright.registrar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/**
 * An in-memory AgentCore control plane for gateway targets, speaking the service's restJson1 wire
 * protocol on 127.0.0.1 so that the real SDK client can be pointed at it.
 *
 * <p>Paths, methods, status codes and member names follow the service model ({@code
 * bedrock-agentcore-control} 2023-06-05): CreateGatewayTarget {@code POST
 * /gateways/{gatewayIdentifier}/targets/} → 202, ListGatewayTargets {@code GET} on the same path
 * with {@code maxResults}/{@code nextToken} query parameters, Get/Update/Delete {@code
 * GET/PUT/DELETE /gateways/{gatewayIdentifier}/targets/{targetId}/} → 200/202/202. Errors carry
 * {@code x-amzn-ErrorType} and a {@code message} member. Timestamps are ISO 8601 strings ({@code
 * DateTimestamp} has {@code timestampFormat: iso8601}).
 *
 * <p>Each target walks a queue of statuses, one step per GetGatewayTarget: CREATING → READY by
 * default, or a failed status with {@code statusReasons} when told. Every request is logged.
 *
 * <p>Faults, each for the next {@code times} calls of an operation: an error status ({@link #fail},
 * {@link #throttle}), a connection that is accepted but never answered ({@link #hang}), a body that
 * is not JSON ({@link #malform}); and two races: another deployment creating the same target just
 * before ours ({@link #raceNextCreate}), and a target deleted by someone else while the registrar
 * waits for it ({@link #vanishAfterGets}).
 */
final class FakeControlPlane implements AutoCloseable {

  static final String REGION = "us-east-1";
  static final String ACCOUNT = "123456789012";
  private static final String GONE = "<gone>";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern COLLECTION = Pattern.compile("/gateways/([^/]+)/targets/?");
  private static final Pattern ITEM = Pattern.compile("/gateways/([^/]+)/targets/([^/]+)/?");

  /** One logged HTTP request. */
  record Request(
      String method,
      String path,
      String query,
      String body,
      String authorization,
      String contentType,
      String operation) {

    JsonNode json() {
      try {
        return JSON.readTree(body.isEmpty() ? "{}" : body);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    boolean isWrite() {
      return !"GET".equals(method);
    }

    @Override
    public String toString() {
      return method + " " + path + (query == null ? "" : "?" + query);
    }
  }

  private static final class Target {
    String id;
    String name;
    String description;
    JsonNode targetConfiguration;
    JsonNode credentialProviderConfigurations;
    String clientToken;
    String status;
    List<String> reasons = List.of();
    Instant createdAt;
    Instant updatedAt;
    final Deque<String> walk = new ArrayDeque<>();
    List<String> walkReasons = List.of();

    /** GetGatewayTarget answers left before someone else deletes it; -1: never. */
    int getsLeft = -1;
  }

  private final HttpServer server;
  private final List<Request> log = new ArrayList<>();
  private final Map<String, Map<String, Target>> gateways = new LinkedHashMap<>();
  private final Map<String, Fault> faults = new HashMap<>();
  private final ExecutorService workers = Executors.newCachedThreadPool();
  private final CountDownLatch closed = new CountDownLatch(1);
  private String raceLambdaArn;
  private boolean race;
  private int vanishAfterGets = -1;
  private int pageSize = 100;
  private int idCounter;
  private List<String> interimStatuses = List.of();
  private String failStatus;
  private List<String> failReasons = List.of();
  private boolean stall;
  private Instant clock = Instant.parse("2026-01-01T00:00:00Z");

  FakeControlPlane() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(workers); // a hung request must not hold up the others
    server.start();
  }

  // --- configuration
  // ----------------------------------------------------------------------------------------

  FakeControlPlane addGateway(String gatewayId) {
    synchronized (this) {
      gateways.putIfAbsent(gatewayId, new LinkedHashMap<>());
    }
    return this;
  }

  /** ListGatewayTargets returns at most this many items per page, whatever maxResults says. */
  synchronized FakeControlPlane pageSize(int size) {
    this.pageSize = size;
    return this;
  }

  /** What the next calls of an operation get instead of an answer. */
  private static final class Fault {
    final int status;
    final String type;
    int times;

    Fault(int status, String type, int times) {
      this.status = status;
      this.type = type;
      this.times = times;
    }
  }

  private static final int HANG = -1;
  private static final int MALFORMED = -2;

  /** The next {@code times} calls of {@code operation} (e.g. "CreateGatewayTarget") answer 429. */
  synchronized FakeControlPlane throttle(String operation, int times) {
    return fail(operation, times, 429, "ThrottlingException");
  }

  /**
   * The next {@code times} calls of {@code operation} answer {@code status} with error type {@code
   * type}.
   */
  synchronized FakeControlPlane fail(String operation, int times, int status, String type) {
    faults.put(operation, new Fault(status, type, times));
    return this;
  }

  /**
   * The next {@code times} calls of {@code operation} are read but never answered (until {@link
   * #close}).
   */
  synchronized FakeControlPlane hang(String operation, int times) {
    faults.put(operation, new Fault(HANG, null, times));
    return this;
  }

  /**
   * The next {@code times} calls of {@code operation} answer 200 with a body cut off in the middle.
   */
  synchronized FakeControlPlane malform(String operation, int times) {
    faults.put(operation, new Fault(MALFORMED, null, times));
    return this;
  }

  /**
   * Just before the next CreateGatewayTarget, another deployment creates a target of the same name
   * (with the same configuration, or with {@code otherLambdaArn} when not null), so ours answers
   * 409 ConflictException.
   */
  synchronized FakeControlPlane raceNextCreate(String otherLambdaArn) {
    this.race = true;
    this.raceLambdaArn = otherLambdaArn;
    return this;
  }

  /**
   * The next created target is deleted by someone else after {@code gets} GetGatewayTarget answers.
   */
  synchronized FakeControlPlane vanishAfterGets(int gets) {
    this.vanishAfterGets = gets;
    return this;
  }

  /** How many requests of {@code operation} arrived. */
  synchronized long count(String operation) {
    return log.stream().filter(r -> operation.equals(r.operation())).count();
  }

  /** The next write walks through these statuses (one per Get) before its final status. */
  synchronized FakeControlPlane interimStatuses(String... statuses) {
    this.interimStatuses = List.of(statuses);
    return this;
  }

  /** The next create or update ends in {@code status} with these reasons instead of READY. */
  synchronized FakeControlPlane failNextWrite(String status, String... reasons) {
    this.failStatus = status;
    this.failReasons = List.of(reasons);
    return this;
  }

  /** Targets never leave CREATING/UPDATING/DELETING. */
  synchronized FakeControlPlane stall() {
    this.stall = true;
    return this;
  }

  /** Adds a READY target directly, e.g. one with a non-Lambda configuration. */
  synchronized String seed(String gatewayId, String name, JsonNode targetConfiguration) {
    Target t = new Target();
    t.id = nextId();
    t.name = name;
    t.targetConfiguration = targetConfiguration;
    t.credentialProviderConfigurations =
        JSON.createArrayNode()
            .add(JSON.createObjectNode().put("credentialProviderType", "GATEWAY_IAM_ROLE"));
    t.status = "READY";
    t.createdAt = tick();
    t.updatedAt = t.createdAt;
    gateways.get(gatewayId).put(t.id, t);
    return t.id;
  }

  // --- inspection
  // -------------------------------------------------------------------------------------------

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  synchronized List<Request> requests() {
    return List.copyOf(log);
  }

  synchronized List<Request> writes() {
    return log.stream().filter(Request::isWrite).toList();
  }

  synchronized void clearLog() {
    log.clear();
  }

  synchronized int targetCount(String gatewayId) {
    return gateways.get(gatewayId).size();
  }

  synchronized String status(String gatewayId, String name) {
    return gateways.get(gatewayId).values().stream()
        .filter(t -> t.name.equals(name))
        .map(t -> t.status)
        .findFirst()
        .orElse(null);
  }

  /**
   * A real SDK client pointed at this server, with test credentials, a fixed region and the
   * registrar's retry strategy with short backoff steps.
   */
  BedrockAgentCoreControlClient client() {
    return BedrockAgentCoreControlClient.builder()
        .endpointOverride(endpoint())
        .region(Region.of(REGION))
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(
            c -> Retries.configure(c, Duration.ofMillis(10), Duration.ofMillis(10)))
        .build();
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    workers.shutdownNow();
  }

  // --- protocol
  // ---------------------------------------------------------------------------------------------

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String method = exchange.getRequestMethod();
      URI uri = exchange.getRequestURI();
      String path = uri.getRawPath();
      String query = uri.getRawQuery();
      Response response;
      synchronized (this) {
        log.add(
            new Request(
                method,
                path,
                query,
                body,
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                operation(method, path)));
        response = route(method, path, query, body);
      }
      if (response.status == HANG) {
        try {
          closed.await(5, TimeUnit.MINUTES); // accepted, read, never answered
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
      String text = response.body.toString();
      if (response.status == MALFORMED) {
        response = Response.ok(200, response.body);
        text = text.substring(0, text.length() / 2);
      }
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("x-amzn-RequestId", "req-" + log.size());
      if (response.errorType != null) {
        exchange.getResponseHeaders().set("x-amzn-ErrorType", response.errorType);
      }
      exchange.sendResponseHeaders(response.status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private record Response(int status, JsonNode body, String errorType) {
    static Response ok(int status, JsonNode body) {
      return new Response(status, body, null);
    }

    static Response error(int status, String type, String message) {
      return new Response(status, JSON.createObjectNode().put("message", message), type);
    }
  }

  private static String operation(String method, String path) {
    if (COLLECTION.matcher(path).matches()) {
      return "POST".equals(method)
          ? "CreateGatewayTarget"
          : "GET".equals(method) ? "ListGatewayTargets" : null;
    }
    if (ITEM.matcher(path).matches()) {
      return switch (method) {
        case "GET" -> "GetGatewayTarget";
        case "PUT" -> "UpdateGatewayTarget";
        case "DELETE" -> "DeleteGatewayTarget";
        default -> null;
      };
    }
    return null;
  }

  private Response route(String method, String path, String query, String body) {
    Matcher item = ITEM.matcher(path);
    Matcher collection = COLLECTION.matcher(path);
    item.matches();
    collection.matches();
    String operation = operation(method, path);
    if (operation == null) {
      return Response.error(
          404, "UnknownOperationException", "No operation for " + method + " " + path);
    }
    Fault fault = faults.get(operation);
    if (fault != null && fault.times > 0) {
      fault.times--;
      if (fault.status == HANG) {
        return new Response(HANG, JSON.createObjectNode(), null);
      }
      if (fault.status == MALFORMED) {
        Response real = route(operation, method, path, query, body, item, collection);
        return new Response(MALFORMED, real.body, null);
      }
      String message =
          switch (fault.status) {
            case 429 -> "Rate exceeded";
            case 403 ->
                "User: arn:aws:iam::"
                    + ACCOUNT
                    + ":user/ci is not authorized to perform: "
                    + "bedrock-agentcore:"
                    + operation;
            case 409 -> "The target is being modified by another operation.";
            default -> "We encountered an internal error. Please try again.";
          };
      return Response.error(fault.status, fault.type, message);
    }
    return route(operation, method, path, query, body, item, collection);
  }

  private Response route(
      String operation,
      String method,
      String path,
      String query,
      String body,
      Matcher item,
      Matcher collection) {
    String gatewayId = decode(collection.matches() ? collection.group(1) : item.group(1));
    Map<String, Target> targets = gateways.get(gatewayId);
    if (targets == null) {
      return Response.error(
          404, "ResourceNotFoundException", "Gateway " + gatewayId + " not found");
    }
    JsonNode request;
    try {
      request = JSON.readTree(body.isEmpty() ? "{}" : body);
    } catch (IOException e) {
      return Response.error(400, "ValidationException", "Cannot parse request body");
    }
    switch (operation) {
      case "CreateGatewayTarget":
        return create(gatewayId, targets, request);
      case "ListGatewayTargets":
        return list(targets, query);
      default:
        break;
    }
    Target target = targets.get(decode(item.group(2)));
    if (target == null) {
      return Response.error(
          404, "ResourceNotFoundException", "Target " + item.group(2) + " not found");
    }
    switch (operation) {
      case "GetGatewayTarget":
        if (target.getsLeft == 0) {
          targets.remove(target.id);
          return Response.error(
              404, "ResourceNotFoundException", "Target " + target.id + " not found");
        }
        if (target.getsLeft > 0) {
          target.getsLeft--;
        }
        step(targets, target);
        if (!targets.containsKey(target.id)) {
          return Response.error(
              404, "ResourceNotFoundException", "Target " + target.id + " not found");
        }
        return Response.ok(200, full(gatewayId, target));
      case "UpdateGatewayTarget":
        return update(gatewayId, targets, target, request);
      default:
        return delete(gatewayId, target);
    }
  }

  private Response create(String gatewayId, Map<String, Target> targets, JsonNode request) {
    String problem = validateWrite(request);
    if (problem != null) {
      return Response.error(400, "ValidationException", problem);
    }
    String token = request.path("clientToken").asText(null);
    if (race) {
      race = false;
      Target other = new Target();
      other.id = nextId();
      other.clientToken = "another-deployment";
      apply(other, request);
      if (raceLambdaArn != null) {
        ObjectNode configuration = other.targetConfiguration.deepCopy();
        ((ObjectNode) configuration.path("mcp").path("lambda")).put("lambdaArn", raceLambdaArn);
        other.targetConfiguration = configuration;
      }
      other.status = "CREATING";
      other.createdAt = other.updatedAt;
      planWalk(other, "READY", "FAILED");
      targets.put(other.id, other);
    }
    for (Target existing : targets.values()) {
      if (token != null && token.equals(existing.clientToken)) {
        return Response.ok(202, full(gatewayId, existing)); // idempotent replay
      }
      if (existing.name.equals(request.get("name").asText())) {
        return Response.error(
            409, "ConflictException", "Target name already exists: " + existing.name);
      }
    }
    Target t = new Target();
    t.id = nextId();
    t.clientToken = token;
    apply(t, request);
    t.status = "CREATING";
    t.createdAt = t.updatedAt;
    planWalk(t, "READY", "FAILED");
    t.getsLeft = vanishAfterGets;
    vanishAfterGets = -1;
    targets.put(t.id, t);
    return Response.ok(202, full(gatewayId, t));
  }

  private Response update(
      String gatewayId, Map<String, Target> targets, Target t, JsonNode request) {
    String problem = validateWrite(request);
    if (problem != null) {
      return Response.error(400, "ValidationException", problem);
    }
    for (Target other : targets.values()) {
      if (other != t && other.name.equals(request.get("name").asText())) {
        return Response.error(
            409, "ConflictException", "Target name already exists: " + other.name);
      }
    }
    apply(t, request);
    t.status = "UPDATING";
    t.reasons = List.of();
    planWalk(t, "READY", "UPDATE_UNSUCCESSFUL");
    return Response.ok(202, full(gatewayId, t));
  }

  private Response delete(String gatewayId, Target t) {
    t.status = "DELETING";
    t.walk.clear();
    if (!stall) {
      t.walk.add(GONE);
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("gatewayArn", gatewayArn(gatewayId));
    out.put("targetId", t.id);
    out.put("status", t.status);
    return Response.ok(202, out);
  }

  private Response list(Map<String, Target> targets, String query) {
    Map<String, String> params = params(query);
    int max = params.containsKey("maxResults") ? Integer.parseInt(params.get("maxResults")) : 1000;
    if (max < 1 || max > 1000) {
      return Response.error(400, "ValidationException", "maxResults must be 1..1000");
    }
    int offset =
        params.containsKey("nextToken")
            ? Integer.parseInt(params.get("nextToken").substring(5))
            : 0;
    int size = Math.min(max, pageSize);
    List<Target> all = new ArrayList<>(targets.values());
    ObjectNode out = JSON.createObjectNode();
    ArrayNode items = out.putArray("items");
    for (int i = offset; i < Math.min(all.size(), offset + size); i++) {
      Target t = all.get(i);
      ObjectNode s = items.addObject();
      s.put("targetId", t.id);
      s.put("name", t.name);
      s.put("status", t.status);
      if (t.description != null) {
        s.put("description", t.description);
      }
      s.put("createdAt", t.createdAt.toString());
      s.put("updatedAt", t.updatedAt.toString());
    }
    if (offset + size < all.size()) {
      out.put("nextToken", "page-" + (offset + size));
    }
    return Response.ok(200, out);
  }

  /**
   * The checks the real service makes that matter here (required members, Lambda credential
   * provider).
   */
  private static String validateWrite(JsonNode request) {
    if (!request.path("name").isTextual()) {
      return "name is required";
    }
    JsonNode lambda = request.path("targetConfiguration").path("mcp").path("lambda");
    if (!lambda.path("lambdaArn").isTextual()
        || !lambda.path("toolSchema").path("inlinePayload").isArray()) {
      return "targetConfiguration.mcp.lambda with lambdaArn and toolSchema.inlinePayload is required";
    }
    JsonNode credentials = request.path("credentialProviderConfigurations");
    if (credentials.size() != 1
        || !"GATEWAY_IAM_ROLE".equals(credentials.get(0).path("credentialProviderType").asText())) {
      return "Lambda targets require credentialProviderConfigurations [{credentialProviderType: GATEWAY_IAM_ROLE}]";
    }
    return null;
  }

  private void apply(Target t, JsonNode request) {
    t.name = request.get("name").asText();
    t.description = request.path("description").asText(null);
    t.targetConfiguration = request.get("targetConfiguration");
    t.credentialProviderConfigurations = request.get("credentialProviderConfigurations");
    t.updatedAt = tick();
  }

  private void planWalk(Target t, String success, String defaultFailure) {
    t.walk.clear();
    if (stall) {
      return;
    }
    t.walk.addAll(interimStatuses);
    interimStatuses = List.of();
    if (failStatus != null) {
      t.walk.add(failStatus.isEmpty() ? defaultFailure : failStatus);
      t.walkReasons = failReasons;
      failStatus = null;
    } else {
      t.walk.add(success);
      t.walkReasons = List.of();
    }
  }

  private void step(Map<String, Target> targets, Target t) {
    String next = t.walk.poll();
    if (next == null) {
      return;
    }
    if (GONE.equals(next)) {
      targets.remove(t.id);
      return;
    }
    t.status = next;
    if (t.walk.isEmpty()) {
      t.reasons = t.walkReasons;
    }
  }

  private ObjectNode full(String gatewayId, Target t) {
    ObjectNode out = JSON.createObjectNode();
    out.put("gatewayArn", gatewayArn(gatewayId));
    out.put("targetId", t.id);
    out.put("createdAt", t.createdAt.toString());
    out.put("updatedAt", t.updatedAt.toString());
    out.put("status", t.status);
    if (!t.reasons.isEmpty()) {
      ArrayNode reasons = out.putArray("statusReasons");
      t.reasons.forEach(reasons::add);
    }
    out.put("name", t.name);
    if (t.description != null) {
      out.put("description", t.description);
    }
    out.set("targetConfiguration", t.targetConfiguration);
    out.set("credentialProviderConfigurations", t.credentialProviderConfigurations);
    return out;
  }

  private Instant tick() {
    clock = clock.plus(1, ChronoUnit.SECONDS);
    return clock;
  }

  private String nextId() {
    return String.format("TGT%07d", ++idCounter);
  }

  private static String gatewayArn(String gatewayId) {
    return "arn:aws:bedrock-agentcore:" + REGION + ":" + ACCOUNT + ":gateway/" + gatewayId;
  }

  private static Map<String, String> params(String query) {
    Map<String, String> params = new HashMap<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        params.put(
            decode(eq < 0 ? pair : pair.substring(0, eq)),
            eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
    return params;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
