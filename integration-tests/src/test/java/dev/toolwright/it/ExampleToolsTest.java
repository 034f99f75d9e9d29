package dev.toolwright.it;

import static dev.toolwright.it.GatewayCall.error;
import static dev.toolwright.it.GatewayCall.json;
import static dev.toolwright.it.GatewayCall.message;
import static dev.toolwright.it.GatewayCall.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.toolwright.examples.ExampleHandler;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every example tool, called through {@link ExampleHandler} the way the gateway calls it. */
class ExampleToolsTest {

  private final ExampleHandler handler = new ExampleHandler();

  private static final String A_1001 =
      "{'orderId':'A-1001','customerEmail':'ana@example.com','status':'delivered',"
          + "'placedOn':'2026-10-02','items':[],'total':25.00,'trackingNumber':'1Z999'}";
  private static final String A_1002 =
      "{'orderId':'A-1002','customerEmail':'ana@example.com','status':'pending',"
          + "'placedOn':'2026-11-20','items':[],'total':22.50}";
  private static final String B_2001 =
      "{'orderId':'B-2001','customerEmail':'ben@example.com','status':'shipped',"
          + "'placedOn':'2026-11-18','items':[],'total':49.00,'trackingNumber':'1Z123'}";

  @Test
  void servesTheToolsOfBothClasses() {
    assertEquals(
        List.of(
            "add",
            "cancel_order",
            "convert_length",
            "days_between",
            "lookup_order",
            "search_orders",
            "statistics"),
        handler.toolNames());
  }

  @Test
  void unknownToolListsTheOthers() {
    JsonNode e = error(handler, "lookup_ordr", "{'orderId':'A-1001'}", "UNKNOWN_TOOL");
    assertEquals(
        "Unknown tool \"lookup_ordr\". Available tools: add, cancel_order, convert_length, days_between,"
            + " lookup_order, search_orders, statistics. Did you mean \"lookup_order\"?",
        e.get("message").textValue());
    assertEquals(
        json(
            "['add','cancel_order','convert_length','days_between','lookup_order','search_orders','statistics']"),
        e.get("availableTools"));
  }

  @Nested
  class LookupOrder {

    @Test
    void withoutItems() {
      assertEquals(json(A_1001), ok(handler, "lookup_order", "{'orderId':'A-1001'}"));
      assertEquals(
          "{\"orderId\":\"A-1001\",\"customerEmail\":\"ana@example.com\",\"status\":\"delivered\","
              + "\"placedOn\":\"2026-10-02\",\"items\":[],\"total\":25.00,\"trackingNumber\":\"1Z999\"}",
          GatewayCall.raw(handler, "lookup_order", "{'orderId':'A-1001'}"));
    }

    @Test
    void withItemsAndLenientInput() {
      assertEquals(
          json(
              "{'orderId':'A-1002','customerEmail':'ana@example.com','status':'pending','placedOn':'2026-11-20',"
                  + "'items':[{'sku':'MUG-007','quantity':1,'unitPrice':9.90},{'sku':'TEA-100','quantity':3,'unitPrice':4.20}],"
                  + "'total':22.50}"),
          ok(handler, "lookup_order", "{'orderId':' a-1002 ','includeItems':'true'}"));
    }

    @Test
    void unknownOrderIsAToolError() {
      JsonNode e = error(handler, "lookup_order", "{'orderId':'Z-9'}", "TOOL_ERROR");
      assertEquals(
          "Order Z-9 does not exist. Check the id, or use search_orders to find it.",
          e.get("message").textValue());
      assertFalse(e.get("retryable").booleanValue());
    }

    @Test
    void misspeltArgument() {
      assertEquals(
          "Missing required argument 'orderId'. Unknown argument 'orderid'; expected one of: orderId,"
              + " includeItems. Did you mean 'orderId'?",
          message(handler, "lookup_order", "{'orderid':'A-1001'}", "INVALID_ARGUMENTS"));
    }

    @Test
    void wrongType() {
      assertEquals(
          "Invalid argument 'includeItems': expected boolean, got \"yes\".",
          message(
              handler,
              "lookup_order",
              "{'orderId':'A-1001','includeItems':'yes'}",
              "INVALID_ARGUMENTS"));
    }
  }

  @Nested
  class SearchOrders {

    @Test
    void everythingNewestFirst() {
      assertEquals(
          json("{'orders':[" + A_1002 + "," + B_2001 + "," + A_1001 + "],'totalMatches':3}"),
          ok(handler, "search_orders", "{'query':{}}"));
    }

    @Test
    void byCustomerStatusAndDate() {
      assertEquals(
          json("{'orders':[" + A_1002 + "],'totalMatches':1}"),
          ok(
              handler,
              "search_orders",
              "{'query':{'customerEmail':'ANA@example.com','status':'PENDING'}}"));
      assertEquals(
          json("{'orders':[" + A_1002 + "," + B_2001 + "],'totalMatches':2}"),
          ok(handler, "search_orders", "{'query':{'placedAfter':'2026-11-18'}}"));
    }

    @Test
    void limitCountsAllMatches() {
      assertEquals(
          json("{'orders':[" + A_1002 + "],'totalMatches':3}"),
          ok(handler, "search_orders", "{'query':{'limit':'1'}}"));
      assertEquals(
          json("{'orders':[],'totalMatches':3}"),
          ok(handler, "search_orders", "{'query':{'limit':0}}"));
    }

    @Test
    void queryAsAJsonString() {
      assertEquals(
          json("{'orders':[" + B_2001 + "],'totalMatches':1}"),
          ok(handler, "search_orders", "{'query':'{\\'status\\':\\'shipped\\'}'}"));
    }

    @Test
    void invalidQueries() {
      assertEquals(
          "Missing required argument 'query'.",
          message(handler, "search_orders", "{}", "INVALID_ARGUMENTS"));
      assertEquals(
          "Invalid argument 'query.limit': expected integer, got \"ten\".",
          message(handler, "search_orders", "{'query':{'limit':'ten'}}", "INVALID_ARGUMENTS"));
      assertEquals(
          "Invalid argument 'query.status': expected one of pending, shipped, delivered, cancelled, got"
              + " \"returned\". Invalid argument 'query.placedAfter': expected ISO-8601 date, e.g. 2026-11-22, got"
              + " \"last week\". Unknown argument 'query.customer'; expected one of: customerEmail, status, placedAfter,"
              + " limit.",
          message(
              handler,
              "search_orders",
              "{'query':{'status':'returned','placedAfter':'last week','customer':'ana'}}",
              "INVALID_ARGUMENTS"));
    }
  }

  @Nested
  class CancelOrder {

    @Test
    void cancelsAPendingOrderOnce() {
      assertEquals(
          json("{'result':'Order A-1002 is cancelled (changed my mind).'}"),
          ok(handler, "cancel_order", "{'orderId':'a-1002','reason':'changed my mind'}"));
      assertEquals(
          "cancelled",
          ok(handler, "lookup_order", "{'orderId':'A-1002'}").get("status").textValue());
      JsonNode e =
          error(handler, "cancel_order", "{'orderId':'A-1002','reason':'again'}", "TOOL_ERROR");
      assertEquals(
          "Order A-1002 is cancelled and can no longer be cancelled; offer a return instead.",
          e.get("message").textValue());
      assertFalse(e.get("retryable").booleanValue());
    }

    @Test
    void shippedOrdersAndUnknownOrders() {
      assertEquals(
          "Order B-2001 is shipped and can no longer be cancelled; offer a return instead.",
          message(handler, "cancel_order", "{'orderId':'B-2001','reason':'late'}", "TOOL_ERROR"));
      assertEquals(
          "Order Q-1 does not exist.",
          message(handler, "cancel_order", "{'orderId':'Q-1','reason':'late'}", "TOOL_ERROR"));
    }

    @Test
    void everyMissingArgumentAtOnce() {
      assertEquals(
          "Missing required arguments: 'orderId', 'reason'.",
          message(handler, "cancel_order", "{}", "INVALID_ARGUMENTS"));
    }
  }

  @Nested
  class Calculator {

    @Test
    void add() {
      assertEquals(json("{'result':0.30000000000000004}"), ok(handler, "add", "{'a':0.1,'b':0.2}"));
      assertEquals(json("{'result':5.5}"), ok(handler, "add", "{'a':'2','b':3.5}"));
      assertEquals(
          "Missing required argument 'b'. Invalid argument 'a': expected number, got \"two\".",
          message(handler, "add", "{'a':'two'}", "INVALID_ARGUMENTS"));
    }

    @Test
    void convertLength() {
      assertEquals(
          json("{'result':2500.0}"),
          ok(handler, "convert_length", "{'value':2.5,'from':'kilometre'}"));
      assertEquals(
          json("{'result':2.54}"),
          ok(handler, "convert_length", "{'value':1,'from':'INCH','to':'Centimetre'}"));
      assertEquals(
          json("{'result':0.9144000000000001}"),
          ok(handler, "convert_length", "{'value':'3','from':'FOOT','to':null}"));
      assertEquals(
          "Invalid argument 'from': expected one of MILLIMETRE, CENTIMETRE, METRE, KILOMETRE, INCH, FOOT,"
              + " MILE, got \"parsec\".",
          message(handler, "convert_length", "{'value':1,'from':'parsec'}", "INVALID_ARGUMENTS"));
    }

    @Test
    void daysBetween() {
      assertEquals(
          json("{'result':358}"),
          ok(handler, "days_between", "{'from':'2026-01-01','to':'2026-12-25'}"));
      assertEquals(
          json("{'result':-358}"),
          ok(handler, "days_between", "{'from':'2026-12-25','to':'2026-01-01'}"));
      assertEquals(
          "Invalid argument 'to': expected ISO-8601 date, e.g. 2026-11-22, got \"2026-02-30\".",
          message(
              handler,
              "days_between",
              "{'from':'2026-01-01','to':'2026-02-30'}",
              "INVALID_ARGUMENTS"));
    }

    @Test
    void statistics() {
      assertEquals(
          json("{'count':3,'mean':2.6666666666666665,'min':1.5,'max':4.0}"),
          ok(handler, "statistics", "{'values':[1.5,'2.5',4]}"));
      assertEquals(
          json("{'count':1,'mean':5.0,'min':5.0,'max':5.0}"),
          ok(handler, "statistics", "{'values':5}"));
      assertEquals(
          json("{'count':2,'mean':1.5,'min':1.0,'max':2.0}"),
          ok(handler, "statistics", "{'values':'[1,2]'}"));
      assertEquals(
          "Invalid argument 'values[1]': expected number, got null.",
          message(handler, "statistics", "{'values':[1,null]}", "INVALID_ARGUMENTS"));
    }

    @Test
    void statisticsOfNothingIsAToolError() {
      JsonNode e = error(handler, "statistics", "{'values':[]}", "TOOL_ERROR");
      assertEquals("Give at least one number.", e.get("message").textValue());
      assertFalse(e.get("retryable").booleanValue());
    }
  }

  @Nested
  class Invocation {

    @Test
    void localRunWithoutClientContext() {
      String answer =
          GatewayCall.raw(
              handler,
              "{\"__context__\":{\"bedrockAgentCoreToolName\":\"examples___add\"},\"a\":1,\"b\":2}",
              new GatewayCall.FakeLambdaContext(null, "local-1"));
      assertEquals("{\"result\":3.0}", answer);
    }

    @Test
    void contextFieldThroughTheGatewayIsRejected() {
      assertEquals(
          "Unknown argument '__context__'; expected one of: a, b.",
          message(
              handler,
              "add",
              "{'__context__':{'bedrockAgentCoreToolName':'examples___statistics'},'a':1,'b':2}",
              "INVALID_ARGUMENTS"));
    }

    @Test
    void anEmptyEventIsNoArguments() {
      assertEquals(
          "{\"isError\":true,\"error\":{\"code\":\"INVALID_ARGUMENTS\",\"message\":\"Missing required arguments:"
              + " 'a', 'b'.\"}}",
          GatewayCall.raw(handler, "add", ""));
    }

    @Test
    void malformedEvent() {
      String message = message(handler, "add", "{'a':1,", "INVALID_REQUEST");
      assertTrue(message.startsWith("The arguments are not valid JSON: "), message);
      assertEquals(json("{'result':3.0}"), ok(handler, "add", "{'a':1,'b':2}"));
    }
  }
}
