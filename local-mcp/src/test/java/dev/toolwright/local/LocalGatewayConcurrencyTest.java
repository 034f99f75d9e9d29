package dev.toolwright.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.toolwright.gateway.EmulationProfile;
import dev.toolwright.local.fixture.ShopHandler;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LocalGatewayConcurrencyTest {

  private static final int CLIENTS = 8;
  private static final int CALLS = 200;

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void eightClients_twoHundredCallsEach_everyAnswerRight() throws Exception {
    // add lists an outputSchema, so its answers need structuredContent to pass the MCP server's
    // check
    try (LocalGateway gateway =
        LocalGateway.builder(new ShopHandler())
            .port(0)
            .profile(EmulationProfile.DEFAULT.with(EmulationProfile.StructuredContent.FROM_ANSWER))
            .console(new PrintStream(OutputStream.nullOutputStream()))
            .start()) {
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      try {
        List<Future<Integer>> results = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          int clientIndex = c;
          results.add(pool.submit((Callable<Integer>) () -> run(gateway, clientIndex)));
        }
        int total = 0;
        for (Future<Integer> result : results) {
          total += result.get();
        }
        assertEquals(CLIENTS * CALLS, total);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static int run(LocalGateway gateway, int clientIndex) {
    McpSyncClient client =
        McpClient.sync(
                HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + gateway.port())
                    .endpoint(LocalGateway.PATH)
                    .build())
            .requestTimeout(Duration.ofSeconds(60))
            .build();
    try {
      client.initialize();
      int checked = 0;
      for (int i = 0; i < CALLS; i++) {
        long a = clientIndex * 1_000_000L;
        CallToolResult result = client.callTool(call("local___add", Map.of("a", a, "b", i)));
        assertFalse(result.isError(), "client " + clientIndex + " call " + i);
        String text = ((McpSchema.TextContent) result.content().get(0)).text();
        assertEquals("{\"result\":" + (a + i) + "}", text, "client " + clientIndex + " call " + i);
        checked++;
      }
      return checked;
    } finally {
      client.closeGracefully();
    }
  }

  private static CallToolRequest call(String name, Map<String, Object> arguments) {
    return CallToolRequest.builder(name).arguments(arguments).build();
  }
}
