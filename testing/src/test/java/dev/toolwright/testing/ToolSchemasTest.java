package dev.toolwright.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.emulation.ToolSchemas;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolSchemasTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ToolSchemas schemas =
      ToolSchemas.load(ToolSchemasTest.class.getClassLoader());

  private static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text);
  }

  @Test
  void loadsTheGeneratedSchema() {
    assertEquals(
        List.of("crash", "fail", "move", "nothing", "repeat", "sum", "whoami"),
        List.copyOf(schemas.toolNames()));
    assertTrue(schemas.tool("move").orElseThrow().path("inputSchema").isObject());
    assertEquals(List.of("nope"), schemas.missing(List.of("move", "nope")));
    assertTrue(schemas.sources().get(0).toString().endsWith(ToolSchemas.RESOURCE));
  }

  @Test
  void checkArguments_followsTheDialect() throws Exception {
    assertEquals(
        List.of(),
        schemas.checkArguments("move", json("{\"point\": {\"x\": 1, \"y\": 2}, \"extra\": true}")));
    assertEquals(List.of("'point' is required"), schemas.checkArguments("move", json("{}")));
    assertEquals(
        List.of("'point.y' must be an integer, got null"),
        schemas.checkArguments("move", json("{\"point\": {\"x\": 1, \"y\": null}}")));
    assertEquals(
        List.of("'point.label' must be a string, got the number 3"),
        schemas.checkArguments("move", json("{\"point\": {\"x\": 1, \"y\": 1, \"label\": 3}}")));
    assertEquals(
        List.of("'values' must be an array, got the string \"1,2\""),
        schemas.checkArguments("sum", json("{\"values\": \"1,2\"}")));
    assertEquals(
        List.of("the arguments must be an object, got an array"),
        schemas.checkArguments("sum", json("[]")));
  }

  @Test
  void checkResult_usesTheOutputSchema() throws Exception {
    assertEquals(List.of(), schemas.checkResult("move", json("{\"x\": 1, \"y\": 2}")));
    assertEquals(List.of("'y' is required"), schemas.checkResult("move", json("{\"x\": 1}")));
    assertEquals(List.of(), schemas.checkResult("nothing", json("{}")));
  }

  @Test
  void unknownTool() {
    assertTrue(schemas.tool("nope").isEmpty());
    assertThrows(
        IllegalArgumentException.class,
        () -> schemas.checkArguments("nope", MAPPER.createObjectNode()));
  }
}
