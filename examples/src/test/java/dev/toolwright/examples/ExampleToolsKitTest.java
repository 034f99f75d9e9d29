package dev.toolwright.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.toolwright.examples.calculator.Statistics;
import dev.toolwright.examples.orders.Order;
import dev.toolwright.examples.orders.OrderStatus;
import dev.toolwright.examples.orders.OrderSummary;
import dev.toolwright.testing.ToolTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The example tools called as the gateway calls them, through the toolwright-testing kit. */
class ExampleToolsKitTest {

  /**
   * Tools that do not change state share one handler; each test that cancels orders gets its own.
   */
  private static final ToolTester tools =
      ToolTester.forHandler(new ExampleHandler()).target("examples");

  @Test
  void everyToolHasASchemaEntry() {
    assertEquals(List.of(), tools.schemas().missing(new ExampleHandler().toolNames()));
    assertTrue(
        tools
            .schemas()
            .toolNames()
            .containsAll(
                List.of(
                    "add",
                    "cancel_order",
                    "convert_length",
                    "days_between",
                    "lookup_order",
                    "search_orders",
                    "statistics")));
  }

  @Test
  void lookupOrder() {
    tools
        .call("lookup_order", Map.of("orderId", "A-1001"))
        .assertOk()
        .assertJson(
            "{\"orderId\": \"A-1001\", \"customerEmail\": \"ana@example.com\", \"status\": \"delivered\","
                + " \"placedOn\": \"2026-10-02\", \"items\": [], \"total\": 25.00, \"trackingNumber\": \"1Z999\"}");

    Order order =
        tools
            .call("lookup_order", Map.of("orderId", "a-1002", "includeItems", true))
            .as(Order.class);
    assertEquals(OrderStatus.PENDING, order.status());
    assertEquals(2, order.items().size());
    assertEquals(new BigDecimal("22.50"), order.total());
    assertEquals(Optional.empty(), order.trackingNumber());
  }

  @Test
  void lookupOrder_unknownId_isAToolError() {
    tools
        .call("lookup_order", Map.of("orderId", "A-9999"))
        .assertError("TOOL_ERROR")
        .assertErrorMessage(
            "Order A-9999 does not exist. Check the id, or use search_orders to find it.")
        .assertAgentTextContains("\"retryable\":false");
  }

  @Test
  void cancelOrder_onceOnly() {
    ToolTester shop = ToolTester.forHandler(new ExampleHandler()).target("examples");
    shop.call("cancel_order", Map.of("orderId", "A-1002", "reason", "changed my mind"))
        .assertResult("Order A-1002 is cancelled (changed my mind).");
    shop.call("cancel_order", Map.of("orderId", "A-1002", "reason", "again"))
        .assertError("TOOL_ERROR")
        .assertErrorMessage(
            "Order A-1002 is cancelled and can no longer be cancelled; offer a return instead.");
  }

  @Test
  void searchOrders_nestedQuery() {
    OrderSummary summary =
        tools
            .call(
                "search_orders",
                Map.of("query", Map.of("customerEmail", "ana@example.com", "limit", 1)))
            .assertOk()
            .as(OrderSummary.class);
    assertEquals(2, summary.totalMatches());
    assertEquals("A-1002", summary.orders().get(0).orderId());

    tools
        .call("search_orders", "{\"query\": {\"status\": \"shipped\"}}")
        .assertJson(
            "{\"orders\": [{\"orderId\": \"B-2001\", \"customerEmail\": \"ben@example.com\","
                + " \"status\": \"shipped\", \"placedOn\": \"2026-11-18\", \"items\": [], \"total\": 49.00,"
                + " \"trackingNumber\": \"1Z123\"}], \"totalMatches\": 1}");
  }

  @Test
  void calculator() {
    tools.call("add", Map.of("a", 2, "b", 3)).assertResult(5.0).assertAgentText("{\"result\":5.0}");
    tools.call("convert_length", Map.of("value", 1, "from", "KILOMETRE")).assertResult(1000);
    tools
        .call("days_between", "{\"from\": \"2026-01-01\", \"to\": \"2026-03-01\"}")
        .assertResult(59);
    assertEquals(
        59L,
        tools
            .call(
                "days_between",
                Map.of("from", LocalDate.of(2026, 1, 1), "to", LocalDate.of(2026, 3, 1)))
            .resultAs(Long.class));
    assertEquals(
        new Statistics(4, 2.5, 1, 4),
        tools.call("statistics", Map.of("values", List.of(1, 2, 3, 4))).as(Statistics.class));
    tools
        .call("statistics", Map.of("values", List.of()))
        .assertError("TOOL_ERROR")
        .assertErrorMessage("Give at least one number.");
  }

  @Test
  void schemaCheck_catchesWhatTheGatewayRejects() {
    AssertionFailedError text =
        assertThrows(
            AssertionFailedError.class,
            () -> tools.call("search_orders", Map.of("query", Map.of("limit", "ten"))));
    assertTrue(
        text.getMessage().contains("'query.limit' must be an integer, got the string \"ten\""),
        text.getMessage());

    AssertionFailedError fraction =
        assertThrows(
            AssertionFailedError.class,
            () -> tools.call("search_orders", Map.of("query", Map.of("limit", 2.5))));
    assertTrue(
        fraction.getMessage().contains("'query.limit' must be an integer, got the number 2.5"),
        fraction.getMessage());

    // The Lambda would accept "true" for a boolean; the gateway rejects it before the Lambda runs.
    AssertionFailedError lenient =
        assertThrows(
            AssertionFailedError.class,
            () -> tools.call("lookup_order", Map.of("orderId", "A-1001", "includeItems", "true")));
    assertTrue(
        lenient.getMessage().contains("'includeItems' must be a boolean"), lenient.getMessage());

    AssertionFailedError missing =
        assertThrows(AssertionFailedError.class, () -> tools.call("cancel_order"));
    assertTrue(
        missing.getMessage().contains("'orderId' is required; 'reason' is required"),
        missing.getMessage());
  }

  @Test
  void lambdaChecks_beyondTheSchema() {
    // A misspelt optional field passes the gateway's schema check; the Lambda names it.
    tools
        .call("lookup_order", Map.of("orderId", "A-1001", "includeitems", true))
        .assertError("INVALID_ARGUMENTS")
        .assertErrorMessageContains("'includeitems'");
    // An enum value the schema can only describe in words.
    tools
        .call("convert_length", Map.of("value", 1, "from", "parsec"))
        .assertError("INVALID_ARGUMENTS")
        .assertErrorMessageContains("got \"parsec\"");
  }

  @Test
  void skipSchemaCheck_showsTheLambdaAnswers() {
    tools
        .skipSchemaCheck()
        .call("cancel_order")
        .assertError("INVALID_ARGUMENTS")
        .assertErrorMessage("Missing required arguments: 'orderId', 'reason'.");
    tools
        .skipSchemaCheck()
        .call("lookup_ordr", Map.of())
        .assertError("UNKNOWN_TOOL")
        .assertErrorMessage(
            "Unknown tool \"lookup_ordr\". Available tools: add, cancel_order, convert_length,"
                + " days_between, lookup_order, search_orders, statistics. Did you mean \"lookup_order\"?");
  }
}
