package dev.toolwright.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetDiffTest {

  @Test
  void orderOfMembersPropertiesRequiredAndTools_isNotDrift() {
    TargetDiff diff =
        TargetDiff.compare(
            Fixtures.schema("orders-v1.json").toolDefinitions(),
            Fixtures.schema("orders-v1-reordered.json").toolDefinitions(),
            List.of());

    assertTrue(diff.inSync(), diff.render());
    assertEquals("in sync", diff.summary());
  }

  @Test
  void reportsToolsAndPathsInsideSchemas() {
    TargetDiff diff =
        TargetDiff.compare(
            Fixtures.schema("orders-v1.json").toolDefinitions(),
            Fixtures.schema("orders-v2.json").toolDefinitions(),
            List.<String[]>of(new String[] {"lambdaArn", "arn:a:1", "arn:a:2"}));

    assertFalse(diff.inSync());
    assertEquals("1 setting changed, 1 tool added, 1 tool removed, 1 tool changed", diff.summary());
    String expected =
        String.join(
            System.lineSeparator(),
            "  ~ lambdaArn: \"arn:a:1\" -> \"arn:a:2\"",
            "  + tool cancel_order",
            "  - tool list_recent_orders",
            "  ~ tool lookup_order",
            "      + inputSchema.properties.customerId: {\"type\":\"string\",\"description\":\"The customer who "
                + "placed the order.\"}",
            "      ~ inputSchema.properties.orderId.description: \"The order id, e.g. A-1001.\" -> \"The order "
                + "id, e.g. A-1001 or B-2002.\"",
            "      + inputSchema.required: customerId",
            "      - inputSchema.required: includeItems",
            "      ~ outputSchema.properties.total.type: \"number\" -> \"integer\"");
    assertEquals(expected, diff.render());
  }

  @Test
  void missingTarget_addsEverything() {
    TargetDiff diff = TargetDiff.missing(Fixtures.schema("orders-v1.json").toolDefinitions());

    assertTrue(diff.targetMissing());
    assertEquals(List.of("list_recent_orders", "lookup_order"), diff.addedTools());
    assertTrue(diff.render().contains("target not deployed"), diff.render());
  }
}
