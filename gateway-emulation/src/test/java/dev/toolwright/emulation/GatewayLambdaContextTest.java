package dev.toolwright.emulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.toolwright.gateway.ClientContextKeys;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayLambdaContextTest {

  @Test
  void defaults_lookLikeAGatewayInvocation() {
    GatewayLambdaContext context = GatewayLambdaContext.forTool("weather", "get_forecast");
    Map<String, String> custom = context.getClientContext().getCustom();
    assertEquals("weather___get_forecast", custom.get("bedrockAgentCoreToolName"));
    assertEquals("1.0", custom.get("bedrockAgentCoreMessageVersion"));
    assertTrue(custom.containsKey("bedrockAgentCoreGatewayId"));
    assertTrue(custom.containsKey("bedrockAgentCoreTargetId"));
    assertTrue(custom.containsKey("bedrockAgentCoreMcpMessageId"));
    assertTrue(custom.containsKey("bedrockAgentCoreAwsRequestId"));
    assertFalse(custom.containsKey("bedrockAgentCorePropagatedHeaders"));
    assertNull(context.getClientContext().getClient());
    assertEquals(
        "arn:aws:lambda:us-east-1:123456789012:function:toolwright-local",
        context.getInvokedFunctionArn());
    int remaining = context.getRemainingTimeInMillis();
    assertTrue(remaining > 55_000 && remaining <= 60_000, "remaining " + remaining);
    assertFalse(context.getAwsRequestId().isEmpty());
  }

  @Test
  void propagatedHeaders_areAJsonString() {
    GatewayLambdaContext context =
        GatewayLambdaContext.builder()
            .toolName("t", "x")
            .propagatedHeader("X-Tenant", "acme")
            .propagatedHeader("X-Trace", "1")
            .build();
    assertEquals(
        "{\"X-Tenant\":\"acme\",\"X-Trace\":\"1\"}",
        context.custom().get("bedrockAgentCorePropagatedHeaders"));
    GatewayLambdaContext raw =
        GatewayLambdaContext.builder()
            .toolName("t", "x")
            .custom(ClientContextKeys.PROPAGATED_HEADERS, "not json")
            .build();
    assertEquals("not json", raw.custom().get("bedrockAgentCorePropagatedHeaders"));
  }

  @Test
  void keysCanBeRemovedAndDeadlineDropped() {
    GatewayLambdaContext context =
        GatewayLambdaContext.builder()
            .qualifiedToolName("bare")
            .gatewayId(null)
            .timeout(null)
            .functionName("fn")
            .build();
    assertEquals("bare", context.custom().get("bedrockAgentCoreToolName"));
    assertFalse(context.custom().containsKey("bedrockAgentCoreGatewayId"));
    assertEquals(Integer.MAX_VALUE, context.getRemainingTimeInMillis());
    assertEquals("/aws/lambda/fn", context.getLogGroupName());
  }

  @Test
  void shortTimeout() {
    GatewayLambdaContext context =
        GatewayLambdaContext.builder().timeout(Duration.ofMillis(300)).build();
    assertTrue(context.getRemainingTimeInMillis() <= 300);
  }

  @Test
  void capturingLogger_keepsText() {
    GatewayLambdaContext.CapturingLogger logger = new GatewayLambdaContext.CapturingLogger(null);
    GatewayLambdaContext context = GatewayLambdaContext.builder().logger(logger).build();
    context.getLogger().log("one ");
    context.getLogger().log("two".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("one two", logger.text());
  }
}
