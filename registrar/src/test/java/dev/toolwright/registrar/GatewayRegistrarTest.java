package dev.toolwright.registrar;

import static dev.toolwright.registrar.Fixtures.GATEWAY;
import static dev.toolwright.registrar.Fixtures.LAMBDA_ARN;
import static dev.toolwright.registrar.Fixtures.TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.registrar.FakeControlPlane.Request;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/** Drives {@link GatewayRegistrar} through the real SDK client against {@link FakeControlPlane}. */
class GatewayRegistrarTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLLECTION_PATH = "/gateways/" + GATEWAY + "/targets/";

  private FakeControlPlane fake;
  private BedrockAgentCoreControlClient client;
  private Fixtures.Capture progress;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeControlPlane().addGateway(GATEWAY);
    client = fake.client();
    progress = new Fixtures.Capture();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private GatewayRegistrar registrar() {
    return registrar(client);
  }

  private GatewayRegistrar registrar(BedrockAgentCoreControlClient c) {
    return GatewayRegistrar.builder(c)
        .progress(progress.stream)
        .pollInterval(Duration.ofMillis(10))
        .timeout(Duration.ofSeconds(20))
        .build();
  }

  private List<Request> byMethod(String method) {
    return fake.requests().stream()
        .filter(r -> r.method().equals(method))
        .collect(Collectors.toList());
  }

  @Test
  void register_createsAbsentTarget_withLambdaConfigAndGatewayIamRole() throws Exception {
    RegisterResult result = registrar().register(Fixtures.spec("orders-v1.json"), false);

    assertEquals(RegisterResult.Change.CREATE, result.change());
    assertEquals("READY", result.status());
    assertFalse(result.dryRun());

    List<Request> requests = fake.requests();
    assertEquals("GET", requests.get(0).method());
    assertEquals(COLLECTION_PATH, requests.get(0).path());
    assertEquals("maxResults=100", requests.get(0).query());

    List<Request> posts = byMethod("POST");
    assertEquals(1, posts.size());
    Request create = posts.get(0);
    assertEquals(COLLECTION_PATH, create.path());
    assertTrue(create.contentType().startsWith("application/json"), create.contentType());
    assertTrue(
        create.authorization().startsWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/"),
        create.authorization());
    assertTrue(
        create.authorization().contains("/us-east-1/bedrock-agentcore/aws4_request"),
        "signed for the service's signing name: " + create.authorization());

    JsonNode body = create.json();
    assertEquals(TARGET, body.get("name").asText());
    assertEquals("Order tools", body.get("description").asText());
    assertTrue(
        body.get("clientToken").asText().length() >= 33,
        "clientToken meets the model's minimum length");
    assertEquals(
        JSON.readTree("[{\"credentialProviderType\":\"GATEWAY_IAM_ROLE\"}]"),
        body.get("credentialProviderConfigurations"));
    JsonNode lambda = body.get("targetConfiguration").get("mcp").get("lambda");
    assertEquals(Set.of("mcp"), fieldNames(body.get("targetConfiguration")));
    assertEquals(Set.of("lambda"), fieldNames(body.get("targetConfiguration").get("mcp")));
    assertEquals(LAMBDA_ARN, lambda.get("lambdaArn").asText());
    assertEquals(Set.of("inlinePayload"), fieldNames(lambda.get("toolSchema")));
    assertEquals(
        JSON.readTree(Fixtures.schemaText("orders-v1.json")),
        lambda.get("toolSchema").get("inlinePayload"),
        "inlinePayload is the built schema, member for member (including \"properties\": {})");
    assertEquals(
        Set.of(
            "name",
            "description",
            "clientToken",
            "targetConfiguration",
            "credentialProviderConfigurations"),
        fieldNames(body));

    List<Request> gets =
        byMethod("GET").stream()
            .filter(r -> !r.path().equals(COLLECTION_PATH))
            .collect(Collectors.toList());
    assertFalse(gets.isEmpty());
    assertEquals(COLLECTION_PATH + result.targetId() + "/", gets.get(0).path());

    String out = progress.text();
    assertTrue(out.contains("CREATING"), out);
    assertTrue(out.contains("READY"), out);
    assertTrue(out.contains("orders___lookup_order"), out);
    assertEquals("READY", fake.status(GATEWAY, TARGET));
  }

  @Test
  void register_updatesChangedTarget_withAFullReplace() {
    GatewayRegistrar registrar = registrar();
    String id = registrar.register(Fixtures.spec("orders-v1.json"), false).targetId();
    fake.clearLog();

    RegisterResult result = registrar.register(Fixtures.spec("orders-v2.json"), false);

    assertEquals(RegisterResult.Change.UPDATE, result.change());
    assertEquals(id, result.targetId());
    assertEquals("READY", result.status());
    assertEquals(List.of("cancel_order"), result.diff().addedTools());
    assertEquals(List.of("list_recent_orders"), result.diff().removedTools());
    assertEquals(List.of("lookup_order"), result.diff().changedTools());

    List<Request> writes = fake.writes();
    assertEquals(1, writes.size(), writes.toString());
    Request put = writes.get(0);
    assertEquals("PUT", put.method());
    assertEquals(COLLECTION_PATH + id + "/", put.path());
    JsonNode body = put.json();
    assertEquals(
        Set.of("name", "description", "targetConfiguration", "credentialProviderConfigurations"),
        fieldNames(body),
        "a full replace, and UpdateGatewayTarget has no clientToken");
    assertEquals(
        "GATEWAY_IAM_ROLE",
        body.get("credentialProviderConfigurations").get(0).get("credentialProviderType").asText());
    assertEquals(2, body.at("/targetConfiguration/mcp/lambda/toolSchema/inlinePayload").size());

    String out = progress.text();
    assertTrue(out.contains("UPDATING"), out);
    assertTrue(out.contains("+ inputSchema.properties.customerId"), out);
    assertTrue(
        out.contains("~ outputSchema.properties.total.type: \"number\" -> \"integer\""), out);
  }

  @Test
  void register_isIdempotent_noWriteWhenIdentical_evenIfMembersAreReordered() {
    GatewayRegistrar registrar = registrar();
    registrar.register(Fixtures.spec("orders-v1.json"), false);
    fake.clearLog();

    RegisterResult again = registrar.register(Fixtures.spec("orders-v1.json"), false);
    RegisterResult reordered = registrar.register(Fixtures.spec("orders-v1-reordered.json"), false);

    assertEquals(RegisterResult.Change.NONE, again.change());
    assertEquals(RegisterResult.Change.NONE, reordered.change());
    assertTrue(fake.writes().isEmpty(), "no write when nothing changed: " + fake.writes());
    assertTrue(progress.text().contains("nothing to do"), progress.text());
  }

  @Test
  void register_updatesWhenOnlyLambdaArnOrDescriptionChanged() {
    GatewayRegistrar registrar = registrar();
    registrar.register(Fixtures.spec("orders-v1.json"), false);
    fake.clearLog();

    TargetSpec newVersion =
        new TargetSpec(
            GATEWAY,
            TARGET,
            "arn:aws:lambda:us-east-1:123456789012:function:orders-tools:7",
            null,
            Fixtures.schema("orders-v1.json"));
    RegisterResult result = registrar.register(newVersion, false);

    assertEquals(RegisterResult.Change.UPDATE, result.change());
    assertEquals(2, result.diff().settingChanges().size(), result.diff().render());
    JsonNode body = fake.writes().get(0).json();
    assertFalse(body.has("description"), "no --description means no description (full replace)");
    assertEquals(
        "arn:aws:lambda:us-east-1:123456789012:function:orders-tools:7",
        body.at("/targetConfiguration/mcp/lambda/lambdaArn").asText());
  }

  @Test
  void register_failedTarget_reportsReasonsAndHint() {
    fake.failNextWrite(
        "FAILED",
        "Gateway execution role is not authorized to perform lambda:InvokeFunction on the function");

    RegistrarException e =
        assertThrows(
            RegistrarException.class,
            () -> registrar().register(Fixtures.spec("orders-v1.json"), false));

    assertEquals(RegistrarException.Kind.TARGET_FAILED, e.kind());
    String m = e.getMessage();
    assertTrue(m.contains("is FAILED"), m);
    assertTrue(m.contains("not authorized to perform lambda:InvokeFunction"), m);
    assertTrue(
        m.contains(
            "arn:aws:lambda:us-east-1:123456789012:function:orders-tools and "
                + "arn:aws:lambda:us-east-1:123456789012:function:orders-tools:*"),
        m);
    assertTrue(m.contains("get-gateway --gateway-identifier " + GATEWAY), m);
  }

  @Test
  void register_retriesAFailedTargetEvenWhenIdentical() {
    fake.failNextWrite("FAILED", "Schema validation failed for tool lookup_order");
    GatewayRegistrar registrar = registrar();
    RegistrarException e =
        assertThrows(
            RegistrarException.class,
            () -> registrar.register(Fixtures.spec("orders-v1.json"), false));
    assertTrue(e.getMessage().contains("rebuild the tool module"), e.getMessage());
    fake.clearLog();

    RegisterResult retry = registrar.register(Fixtures.spec("orders-v1.json"), false);

    assertEquals(RegisterResult.Change.UPDATE, retry.change());
    assertEquals("READY", retry.status());
    assertEquals(1, fake.writes().size());
  }

  @Test
  void register_updateUnsuccessful_isAFailure() {
    GatewayRegistrar registrar = registrar();
    registrar.register(Fixtures.spec("orders-v1.json"), false);
    fake.failNextWrite("UPDATE_UNSUCCESSFUL", "Something went wrong");

    RegistrarException e =
        assertThrows(
            RegistrarException.class,
            () -> registrar.register(Fixtures.spec("orders-v2.json"), false));

    assertEquals(RegistrarException.Kind.TARGET_FAILED, e.kind());
    assertTrue(e.getMessage().contains("UPDATE_UNSUCCESSFUL"), e.getMessage());
    assertTrue(e.getMessage().contains("run register again"), e.getMessage());
  }

  @Test
  void register_toleratesStatusesUnknownToTheSdk() {
    fake.interimStatuses("CREATE_PENDING_AUTH", "VALIDATING");

    RegisterResult result = registrar().register(Fixtures.spec("orders-v1.json"), false);

    assertEquals("READY", result.status());
    String out = progress.text();
    assertTrue(out.contains("CREATE_PENDING_AUTH"), out);
    assertTrue(out.contains("VALIDATING"), out);
  }

  @Test
  void register_timesOut() {
    fake.stall();
    GatewayRegistrar registrar =
        GatewayRegistrar.builder(client)
            .progress(progress.stream)
            .pollInterval(Duration.ofMillis(20))
            .timeout(Duration.ofMillis(400))
            .build();

    RegistrarException e =
        assertThrows(
            RegistrarException.class,
            () -> registrar.register(Fixtures.spec("orders-v1.json"), false));

    assertEquals(RegistrarException.Kind.TIMEOUT, e.kind());
    assertTrue(e.getMessage().contains("last status CREATING"), e.getMessage());
  }

  @Test
  void register_throttledCreate_isRetriedByTheSdkWithTheSameClientToken() {
    fake.throttle("CreateGatewayTarget", 2);

    RegisterResult result = registrar().register(Fixtures.spec("orders-v1.json"), false);

    assertEquals(RegisterResult.Change.CREATE, result.change());
    List<Request> posts = byMethod("POST");
    assertEquals(3, posts.size(), "two 429s, then success");
    Set<String> tokens =
        posts.stream().map(p -> p.json().get("clientToken").asText()).collect(Collectors.toSet());
    assertEquals(1, tokens.size(), "every attempt carries the same clientToken");
    assertEquals(1, fake.targetCount(GATEWAY));
  }

  @Test
  void register_throttling_isRetriedByTheSdkAlone_andEachRetryIsShown() {
    fake.throttle("ListGatewayTargets", 2)
        .throttle("CreateGatewayTarget", 3)
        .throttle("GetGatewayTarget", 1);

    RegisterResult result = registrar().register(Fixtures.spec("orders-v1.json"), false);

    assertEquals("READY", result.status());
    assertEquals(
        3, fake.count("ListGatewayTargets"), "two 429s, then the answer: one layer of retries");
    assertEquals(4, byMethod("POST").size());
    Set<String> tokens =
        byMethod("POST").stream()
            .map(p -> p.json().get("clientToken").asText())
            .collect(Collectors.toSet());
    assertEquals(1, tokens.size(), "every attempt reuses the clientToken");
    assertEquals(1, fake.targetCount(GATEWAY));
    String out = progress.text();
    assertTrue(
        out.contains(
            "Throttled by AgentCore on CreateGatewayTarget (HTTP 429); retrying (attempt 2)."),
        out);
    assertTrue(
        out.contains(
            "Throttled by AgentCore on CreateGatewayTarget (HTTP 429); retrying (attempt 4)."),
        out);
    assertFalse(out.contains("attempt 5"), out);
  }

  @Test
  void register_givesUpWhenThrottledTooOften_countingTheRealAttempts() {
    fake.throttle("ListGatewayTargets", 100);

    RegistrarException e =
        assertThrows(
            RegistrarException.class,
            () -> registrar().register(Fixtures.spec("orders-v1.json"), false));

    assertEquals(RegistrarException.Kind.AWS_ERROR, e.kind());
    assertEquals(Retries.MAX_ATTEMPTS, fake.count("ListGatewayTargets"));
    assertTrue(
        e.getMessage()
            .startsWith(
                "AgentCore still throttled ListGatewayTargets after "
                    + Retries.MAX_ATTEMPTS
                    + " attempts with backoff: Rate exceeded."),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("Nothing was changed on the gateway."), e.getMessage());
    assertTrue(fake.writes().isEmpty());
  }

  @Test
  void register_findsTheTargetOnALaterPage() {
    fake.pageSize(2);
    for (int i = 1; i <= 5; i++) {
      fake.seed(GATEWAY, "other" + i, JSON.createObjectNode());
    }
    GatewayRegistrar registrar = registrar();
    registrar.register(Fixtures.spec("orders-v1.json"), false);
    fake.clearLog();

    RegisterResult again = registrar.register(Fixtures.spec("orders-v1.json"), false);

    assertEquals(
        RegisterResult.Change.NONE, again.change(), "found on page 3, so not created twice");
    List<String> queries =
        fake.requests().stream()
            .filter(r -> r.path().equals(COLLECTION_PATH))
            .map(Request::query)
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "maxResults=100", "maxResults=100&nextToken=page-2", "maxResults=100&nextToken=page-4"),
        queries);
    assertEquals(6, fake.targetCount(GATEWAY));

    List<TargetInfo> all = registrar.list(GATEWAY);
    assertEquals(6, all.size());
    assertEquals(TARGET, all.get(5).name());
    assertEquals("READY", all.get(5).status());
  }

  @Test
  void register_refusesToReplaceANonLambdaTarget() throws Exception {
    fake.seed(
        GATEWAY, TARGET, JSON.readTree("{\"mcp\":{\"openApiSchema\":{\"inlinePayload\":\"{}\"}}}"));

    RegistrarException e =
        assertThrows(
            RegistrarException.class,
            () -> registrar().register(Fixtures.spec("orders-v1.json"), false));

    assertEquals(RegistrarException.Kind.INVALID_INPUT, e.kind());
    assertTrue(e.getMessage().contains("not a Lambda target"), e.getMessage());
    assertTrue(fake.writes().isEmpty());
  }

  @Test
  void dryRun_writesNothing() {
    GatewayRegistrar registrar = registrar();

    RegisterResult plannedCreate = registrar.register(Fixtures.spec("orders-v1.json"), true);
    assertEquals(RegisterResult.Change.CREATE, plannedCreate.change());
    assertTrue(plannedCreate.dryRun());
    assertNull(plannedCreate.targetId());
    assertTrue(fake.writes().isEmpty());
    assertEquals(0, fake.targetCount(GATEWAY));

    registrar.register(Fixtures.spec("orders-v1.json"), false);
    fake.clearLog();
    RegisterResult plannedUpdate = registrar.register(Fixtures.spec("orders-v2.json"), true);
    assertEquals(RegisterResult.Change.UPDATE, plannedUpdate.change());
    assertTrue(registrar.remove(GATEWAY, TARGET, true));
    assertTrue(fake.writes().isEmpty(), fake.writes().toString());
    assertTrue(progress.text().contains("Dry run: would update"), progress.text());
    assertTrue(progress.text().contains("Dry run: would delete"), progress.text());
    assertEquals(1, fake.targetCount(GATEWAY));
  }

  @Test
  void remove_deletesAndWaits_thenIsIdempotent() {
    GatewayRegistrar registrar = registrar();
    String id = registrar.register(Fixtures.spec("orders-v1.json"), false).targetId();
    fake.clearLog();

    assertTrue(registrar.remove(GATEWAY, TARGET, false));
    List<Request> deletes = byMethod("DELETE");
    assertEquals(1, deletes.size());
    assertEquals(COLLECTION_PATH + id + "/", deletes.get(0).path());
    assertEquals(0, fake.targetCount(GATEWAY));
    assertTrue(progress.text().contains("DELETING"), progress.text());
    assertTrue(progress.text().contains("deleted"), progress.text());
    fake.clearLog();

    assertFalse(registrar.remove(GATEWAY, TARGET, false));
    assertTrue(fake.writes().isEmpty());
    assertTrue(progress.text().contains("nothing to remove"), progress.text());
  }

  @Test
  void validationErrors_areReportedBeforeAnyHttpCall() {
    GatewayRegistrar registrar = registrar();
    ToolSchema schema = Fixtures.schema("orders-v1.json");

    RegistrarException badNames =
        assertThrows(
            RegistrarException.class,
            () ->
                registrar.register(
                    new TargetSpec(
                        "Orders_Gateway", "orders_tools", "arn:aws:lambda:function", null, schema),
                    false));
    assertEquals(RegistrarException.Kind.INVALID_INPUT, badNames.kind());
    String m = badNames.getMessage();
    assertTrue(m.startsWith("3 problems found"), m);
    assertTrue(m.contains("Gateway identifier \"Orders_Gateway\" is not valid"), m);
    assertTrue(m.contains("Target name \"orders_tools\" is not valid"), m);
    assertTrue(m.contains("Lambda ARN \"arn:aws:lambda:function\" is not valid"), m);

    String longTarget = "order-management-and-fulfilment-tools-eu-west1";
    assertEquals(46, longTarget.length());
    RegistrarException tooLong =
        assertThrows(
            RegistrarException.class,
            () ->
                registrar.register(
                    new TargetSpec(GATEWAY, longTarget, LAMBDA_ARN, null, schema), false));
    assertTrue(
        tooLong
            .getMessage()
            .contains("Tool \"list_recent_orders\" is too long for target \"" + longTarget + "\""),
        tooLong.getMessage());
    assertTrue(tooLong.getMessage().contains("(67 characters)"), tooLong.getMessage());
    assertTrue(
        tooLong.getMessage().contains("target name of at most 43 characters"),
        tooLong.getMessage());
    assertFalse(
        tooLong.getMessage().contains("lookup_order"),
        "55 characters is fine: " + tooLong.getMessage());
    assertTrue(tooLong.getMessage().contains("at most 64"), tooLong.getMessage());

    RegistrarException badGateway =
        assertThrows(RegistrarException.class, () -> registrar.list("gw"));
    assertEquals(RegistrarException.Kind.INVALID_INPUT, badGateway.kind());
    RegistrarException badRemove =
        assertThrows(RegistrarException.class, () -> registrar.remove(GATEWAY, "-bad", false));
    assertEquals(RegistrarException.Kind.INVALID_INPUT, badRemove.kind());

    assertTrue(fake.requests().isEmpty(), "no HTTP call: " + fake.requests());
  }

  @Test
  void sixtyFourCharacterRule_isInclusive() {
    String tool = "lookup_order"; // 12 characters
    String target = "t".repeat(64 - 3 - tool.length()); // exactly 64 in total
    List<String> problems = new java.util.ArrayList<>();
    Names.checkToolNames(target, List.of(tool), problems);
    assertTrue(problems.isEmpty(), problems.toString());
    Names.checkToolNames(target + "x", List.of(tool), problems);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).contains("(65 characters)"), problems.get(0));
  }

  @Test
  void unknownGateway_isReportedClearly() {
    RegistrarException e =
        assertThrows(
            RegistrarException.class, () -> registrar().list("missing-gateway-zzzzzzzzzz"));

    assertEquals(RegistrarException.Kind.AWS_ERROR, e.kind());
    assertTrue(
        e.getMessage()
            .contains("Gateway missing-gateway-zzzzzzzzzz was not found in region us-east-1"),
        e.getMessage());
  }

  @Test
  void diff_reportsDriftAndSync() {
    GatewayRegistrar registrar = registrar();
    TargetDiff missing = registrar.diff(Fixtures.spec("orders-v1.json"));
    assertTrue(missing.targetMissing());
    assertFalse(missing.inSync());

    registrar.register(Fixtures.spec("orders-v1.json"), false);
    fake.clearLog();
    TargetSpec schemaOnly =
        new TargetSpec(GATEWAY, TARGET, null, null, Fixtures.schema("orders-v1-reordered.json"));
    assertTrue(registrar.diff(schemaOnly).inSync(), "reordering is not drift");

    TargetDiff drift =
        registrar.diff(
            new TargetSpec(GATEWAY, TARGET, null, null, Fixtures.schema("orders-v2.json")));
    assertFalse(drift.inSync());
    String text = drift.render();
    assertTrue(text.contains("+ tool cancel_order"), text);
    assertTrue(text.contains("- tool list_recent_orders"), text);
    assertTrue(text.contains("~ tool lookup_order"), text);
    assertTrue(
        text.contains(
            "~ inputSchema.properties.orderId.description: \"The order id, e.g. A-1001.\" -> "
                + "\"The order id, e.g. A-1001 or B-2002.\""),
        text);
    assertTrue(
        text.contains(
            "+ inputSchema.properties.customerId: {\"type\":\"string\",\"description\":"
                + "\"The customer who placed the order.\"}"),
        text);
    assertTrue(text.contains("+ inputSchema.required: customerId"), text);
    assertTrue(text.contains("- inputSchema.required: includeItems"), text);
    assertTrue(fake.writes().isEmpty());
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new java.util.HashSet<>();
    node.properties().forEach(e -> names.add(e.getKey()));
    return names;
  }
}
