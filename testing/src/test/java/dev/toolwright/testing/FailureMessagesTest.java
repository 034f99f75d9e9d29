package dev.toolwright.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.gateway.EmulationProfile;
import dev.toolwright.testing.fixture.KitHandler;
import dev.toolwright.testing.fixture.Point;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * A failed assertion's message alone (what a CI log shows) says what was expected and what came
 * back.
 */
class FailureMessagesTest {

  // move lists an outputSchema: read its answers as a strict client does when the gateway adds
  // structuredContent
  private static final ToolTester tester =
      ToolTester.forHandler(new KitHandler())
          .target("kit")
          .profile(EmulationProfile.parse("structured-content=from-answer"));
  private static final ObjectMapper mapper = new ObjectMapper();

  @Test
  void assertJson_listsEachDifferingPathWithBothValues() {
    ToolResponse moved =
        tester.call("move", Map.of("point", new Point(1, 2, Optional.of("p")), "dx", 2));
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class, () -> moved.assertJson("{\"x\": 4, \"y\": 2.0, \"z\": 0}"));
    assertEquals(
        "The answer of move differs from the expected JSON at $.x, $.z, $.label:\n"
            + "  $.x: expected 4, got 3\n"
            + "  $.z: expected 0, got (absent)\n"
            + "  $.label: expected (absent), got \"p\"\n"
            + "The agent sees: {\"x\":3,\"y\":2,\"label\":\"p\"}",
        e.getMessage());
    // The values stay attached for an IDE's diff view.
    assertTrue(
        e.getExpected().getStringRepresentation().contains("\"z\" : 0"),
        e.getExpected().getStringRepresentation());
    assertTrue(e.getActual().getStringRepresentation().contains("\"label\" : \"p\""));
  }

  @Test
  void assertResult_pointsAtTheWrappedValue() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () -> tester.call("repeat", Map.of("text", "ab", "times", 2)).assertResult("abab!"));
    assertEquals(
        "The result of repeat differs at $.result:\n  $.result: expected \"abab!\", got \"abab\"\n"
            + "The agent sees: {\"result\":\"abab\"}",
        e.getMessage());
    assertEquals("\"abab!\"", e.getExpected().getStringRepresentation());
  }

  @Test
  void assertErrorMessage_showsBothTextsAndWhereTheyPart() {
    ToolResponse failed = tester.call("fail", Map.of("message", "Order A-9 does not exist."));
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class, () -> failed.assertErrorMessage("Order A-9 is unknown."));
    assertEquals(
        "The error message of fail differs from character 11:\n"
            + "  expected: \"Order A-9 is unknown.\"\n"
            + "  got:      \"Order A-9 does not exist.\" (code TOOL_ERROR)",
        e.getMessage());
    assertEquals("Order A-9 is unknown.", e.getExpected().getValue());
    assertEquals("Order A-9 does not exist.", e.getActual().getValue());

    AssertionFailedError contains =
        assertThrows(
            AssertionFailedError.class, () -> failed.assertErrorMessageContains("unknown"));
    assertEquals(
        "Expected the error message of fail to contain \"unknown\":\n"
            + "  got: \"Order A-9 does not exist.\" (code TOOL_ERROR)",
        contains.getMessage());
  }

  @Test
  void assertAgentText_showsBothTexts() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class, () -> tester.call("nothing").assertAgentText("{ }"));
    assertEquals(
        "The text the agent sees from nothing differs from character 2:\n"
            + "  expected: \"{ }\"\n  got:      \"{}\"",
        e.getMessage());
  }

  @Test
  void diff_walksArraysAndNestedObjects() throws Exception {
    JsonNode expected =
        mapper.readTree(
            "{\"order\": {\"items\": [{\"sku\": \"A\", \"qty\": 1}, {\"sku\": \"B\"}], \"total\": 10.50, \"odd key\": 1}}");
    JsonNode actual =
        mapper.readTree(
            "{\"order\": {\"items\": [{\"sku\": \"A\", \"qty\": 2}], \"total\": 10.5, \"odd key\": \"1\"}}");
    assertEquals(
        List.of(
            "$.order.items[0].qty: expected 1, got 2",
            "$.order.items[1]: expected {\"sku\":\"B\"}, got (absent)",
            "$.order[\"odd key\"]: expected 1, got \"1\""),
        JsonDiff.differences(expected, actual, "$"));
    assertTrue(
        JsonDiff.equal(
            mapper.readTree("{\"a\": [1, 2.0], \"b\": {}}"),
            mapper.readTree("{\"b\": {}, \"a\": [1.00, 2]}")));
    assertEquals(
        List.of("$: expected [], got {}"),
        JsonDiff.differences(mapper.readTree("[]"), mapper.readTree("{}"), "$"));
  }

  @Test
  void diff_listsAtMostTwentyDifferences() throws Exception {
    JsonNode expected = mapper.readTree("[" + "1,".repeat(24) + "1]");
    JsonNode actual = mapper.readTree("[" + "2,".repeat(24) + "2]");
    List<String> lines = JsonDiff.differences(expected, actual, "$");
    assertEquals(JsonDiff.MAX_LISTED + 1, lines.size());
    assertEquals("… and 5 more", lines.get(JsonDiff.MAX_LISTED));
  }
}
