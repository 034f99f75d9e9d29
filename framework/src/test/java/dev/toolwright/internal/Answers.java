package dev.toolwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;

/** Parses handler answers and checks that each is one of the documented response shapes. */
public final class Answers {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> CODES =
      Set.of(
          Responses.INVALID_REQUEST,
          Responses.UNKNOWN_TOOL,
          Responses.INVALID_ARGUMENTS,
          Responses.TOOL_ERROR,
          Responses.TIMEOUT,
          Responses.INTERNAL_ERROR);
  private static final Set<String> ERROR_FIELDS =
      Set.of("code", "message", "retryable", "requestId", "availableTools");

  private Answers() {}

  public static JsonNode parse(byte[] answer) {
    try {
      JsonNode node = MAPPER.readTree(answer);
      assertTrue(
          node != null && node.isObject(),
          () -> "not a JSON object: " + new String(answer, StandardCharsets.UTF_8));
      return node;
    } catch (IOException e) {
      return fail("not JSON: " + new String(answer, StandardCharsets.UTF_8), e);
    }
  }

  /** The answer as an error object, after checking it has exactly the documented shape. */
  public static JsonNode error(byte[] answer, String expectedCode) {
    JsonNode node = documented(answer);
    assertTrue(node.has("isError"), () -> "expected an error, got " + node);
    JsonNode error = node.get("error");
    assertEquals(expectedCode, error.get("code").textValue(), () -> "answer: " + node);
    return error;
  }

  /** The message of an error answer with the given code. */
  public static String message(byte[] answer, String expectedCode) {
    return error(answer, expectedCode).get("message").textValue();
  }

  /** A success answer: a JSON object that is not an error. */
  public static JsonNode success(byte[] answer) {
    JsonNode node = documented(answer);
    assertFalse(node.has("isError"), () -> "expected success, got " + node);
    return node;
  }

  /** Checks that the answer is one of the documented shapes and returns it. */
  public static JsonNode documented(byte[] answer) {
    JsonNode node = parse(answer);
    if (!node.has("isError")) {
      return node; // success: any JSON object
    }
    assertEquals(2, node.size(), () -> "an error has exactly isError and error: " + node);
    assertTrue(
        node.get("isError").isBoolean() && node.get("isError").booleanValue(), node::toString);
    JsonNode error = node.get("error");
    assertTrue(error != null && error.isObject(), node::toString);
    for (Iterator<String> names = error.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      assertTrue(ERROR_FIELDS.contains(name), () -> "undocumented field " + name + " in " + node);
    }
    String code = error.path("code").textValue();
    assertTrue(CODES.contains(code), () -> "undocumented code in " + node);
    assertTrue(
        error.path("message").isTextual() && !error.get("message").textValue().isBlank(),
        node::toString);
    switch (code) {
      case Responses.UNKNOWN_TOOL:
        assertTrue(error.path("availableTools").isArray(), node::toString);
        error.get("availableTools").forEach(t -> assertTrue(t.isTextual(), node::toString));
        break;
      case Responses.TOOL_ERROR:
        assertTrue(error.path("retryable").isBoolean(), node::toString);
        break;
      case Responses.TIMEOUT:
        assertTrue(error.path("retryable").booleanValue(), node::toString);
        break;
      case Responses.INTERNAL_ERROR:
        assertTrue(error.path("requestId").isTextual(), node::toString);
        break;
      default:
        break;
    }
    return node;
  }

  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
