package dev.toolwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponsesTest {

  private final JsonSupport json = new JsonSupport();

  public record Item(
      String sku, Optional<String> note, BigDecimal price, LocalDate day, String missing) {}

  private String success(Object result) throws Exception {
    return new String(Responses.success(json, null, null, result), StandardCharsets.UTF_8);
  }

  @Test
  void voidAndNullAreAnEmptyObject() throws Exception {
    assertEquals("{}", success(ToolResult.VOID));
    assertEquals("{}", success(null));
  }

  @Test
  void nonObjectsAreWrapped() throws Exception {
    assertEquals("{\"result\":42}", success(ToolResult.wrap(42)));
    assertEquals("{\"result\":\"hi \\\"you\\\"\"}", success(ToolResult.wrap("hi \"you\"")));
    assertEquals("{\"result\":[1,2]}", success(ToolResult.wrap(List.of(1, 2))));
    // a null result is left out like any null property
    assertEquals("{}", success(ToolResult.wrap(null)));
    assertEquals("{}", success(ToolResult.wrap(Optional.empty())));
    assertEquals("{}", success(ToolResult.wrap(java.util.OptionalInt.empty())));
    assertEquals(
        "{\"result\":\"2026-01-01T00:00:00Z\"}",
        success(ToolResult.wrap(Instant.parse("2026-01-01T00:00:00Z"))));
    assertEquals("{\"result\":\"x\"}", success(ToolResult.wrap(Optional.of("x"))));
  }

  @Test
  void objectsAreWrittenAsTheyAreWithoutAbsentValues() throws Exception {
    assertEquals(
        "{\"sku\":\"A\",\"price\":12.50,\"day\":\"2026-11-22\"}",
        success(
            new Item(
                "A", Optional.empty(), new BigDecimal("12.50"), LocalDate.of(2026, 11, 22), null)));
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("a", 1);
    map.put("b", List.of());
    assertEquals("{\"a\":1,\"b\":[]}", success(map));
  }

  @Test
  void resultsJacksonWritesAsNonObjectsAreWrapped() throws Exception {
    assertEquals("{\"result\":\"BOOK-042\"}", success(new SampleTools.Sku("BOOK-042")));
    assertEquals("{\"result\":\"text\"}", success("text"));
    assertEquals("{\"result\":[1]}", success(List.of(1)));
    assertEquals("{\"result\":7}", success(7));
  }

  @Test
  void unwritableResultsThrow() {
    assertThrows(
        Exception.class, () -> Responses.success(json, null, null, new SampleTools.Unwritable()));
  }

  @Test
  void errorWithOnlyCodeAndMessage() {
    byte[] answer =
        Responses.error(json, Responses.INVALID_ARGUMENTS, "Missing required argument 'a'.");
    assertEquals(
        "{\"isError\":true,\"error\":{\"code\":\"INVALID_ARGUMENTS\",\"message\":\"Missing required argument 'a'.\"}}",
        new String(answer, StandardCharsets.UTF_8));
    Answers.documented(answer);
  }

  @Test
  void errorWithEveryOptionalField() {
    byte[] answer =
        Responses.error(
            json, Responses.UNKNOWN_TOOL, "Unknown tool \"x\".", true, "req-1", List.of("a", "b"));
    assertEquals(
        "{\"isError\":true,\"error\":{\"code\":\"UNKNOWN_TOOL\",\"message\":\"Unknown tool \\\"x\\\".\","
            + "\"retryable\":true,\"requestId\":\"req-1\",\"availableTools\":[\"a\",\"b\"]}}",
        new String(answer, StandardCharsets.UTF_8));
  }

  @Test
  void messagesAreEscapedAsJson() {
    byte[] answer =
        Responses.error(
            json, Responses.TOOL_ERROR, "line\nbreak \u0000 \"quoted\" \\ é 😀", false, null, null);
    assertEquals(
        "line\nbreak \u0000 \"quoted\" \\ é 😀", Answers.message(answer, Responses.TOOL_ERROR));
  }
}
