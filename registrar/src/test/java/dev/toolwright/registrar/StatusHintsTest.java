package dev.toolwright.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatusHintsTest {

  private static final String ARN =
      "arn:aws:lambda:us-east-1:123456789012:function:orders-tools:live";

  @Test
  void permissionReason_suggestsGrantingInvokeOnTheFunctionAndItsQualifiers() {
    List<String> hints =
        StatusHints.hints(
            List.of("Role is not authorized to perform lambda:InvokeFunction on " + ARN),
            "gw-a1b2c3d4e5",
            ARN);

    assertEquals(2, hints.size(), hints.toString());
    assertTrue(
        hints
            .get(0)
            .contains(
                "lambda:InvokeFunction on arn:aws:lambda:us-east-1:123456789012:function:"
                    + "orders-tools and arn:aws:lambda:us-east-1:123456789012:function:orders-tools:*"),
        hints.get(0));
    assertTrue(hints.get(1).startsWith("After fixing the cause, run register again"), hints.get(1));
  }

  @Test
  void schemaReason_suggestsRebuildingTheSchema() {
    List<String> hints =
        StatusHints.hints(
            List.of("Invalid tool schema: unsupported keyword"), "gw-a1b2c3d4e5", ARN);

    assertEquals(2, hints.size(), hints.toString());
    assertTrue(hints.get(0).contains("rebuild the tool module"), hints.get(0));
  }

  @Test
  void missingFunction_suggestsCheckingTheArn() {
    List<String> hints =
        StatusHints.hints(List.of("Function not found: " + ARN), "gw-a1b2c3d4e5", ARN);

    assertTrue(hints.get(0).contains("function, version or alias was not found"), hints.toString());
  }

  @Test
  void unknownReason_stillSaysWhatToDoNext() {
    List<String> hints = StatusHints.hints(List.of(), "gw-a1b2c3d4e5", ARN);

    assertEquals(
        List.of("After fixing the cause, run register again: it updates the target in place."),
        hints);
  }
}
