package dev.toolwright.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The response contract, in one place: what the Lambda returns to the gateway.
 *
 * <ul>
 *   <li>Success: the tool's return value as JSON (see {@link ToolResult}).
 *   <li>Error: {@code {"isError": true, "error": {"code": CODE, "message": TEXT, ...}}}, returned
 *       as a normal (successful) Lambda response, so the agent reads the message instead of the
 *       gateway's generic text for a Lambda function error.
 * </ul>
 *
 * <p>Error codes: the caller can fix {@code INVALID_REQUEST}, {@code UNKNOWN_TOOL} and
 * {@code INVALID_ARGUMENTS}; {@code TOOL_ERROR}, {@code TIMEOUT} and {@code INTERNAL_ERROR} are
 * failures inside the tool. Not API: the README documents the contract.
 */
public final class Responses {

  public static final String INVALID_REQUEST = "INVALID_REQUEST";
  public static final String UNKNOWN_TOOL = "UNKNOWN_TOOL";
  public static final String INVALID_ARGUMENTS = "INVALID_ARGUMENTS";
  public static final String TOOL_ERROR = "TOOL_ERROR";
  public static final String TIMEOUT = "TIMEOUT";
  public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

  private static final byte[] RESULT_PREFIX = ("{\"" + ToolResult.RESULT_PROPERTY + "\":").getBytes(
      java.nio.charset.StandardCharsets.US_ASCII);

  private Responses() {}

  /** Serialises a tool's return value; throws when Jackson cannot write it. */
  static byte[] success(ObjectMapper mapper, Object result) throws IOException {
    if (result instanceof ToolResult) {
      ToolResult wrapped = (ToolResult) result;
      if (wrapped == ToolResult.VOID) {
        return new byte[] {'{', '}'};
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(128);
      try (JsonGenerator g = mapper.createGenerator(out)) {
        g.writeStartObject();
        g.writeFieldName(ToolResult.RESULT_PROPERTY);
        mapper.writeValue(g, wrapped.value());
        g.writeEndObject();
      }
      return out.toByteArray();
    }
    if (result == null) {
      return new byte[] {'{', '}'};
    }
    byte[] json = mapper.writeValueAsBytes(result);
    if (json.length > 0 && json[0] == '{') {
      return json;
    }
    // A type Jackson writes as a scalar or array (a @JsonValue class, or a hand-written
    // dispatcher that did not wrap): wrap it, so the answer is always an object.
    byte[] wrapped = new byte[RESULT_PREFIX.length + json.length + 1];
    System.arraycopy(RESULT_PREFIX, 0, wrapped, 0, RESULT_PREFIX.length);
    System.arraycopy(json, 0, wrapped, RESULT_PREFIX.length, json.length);
    wrapped[wrapped.length - 1] = '}';
    return wrapped;
  }

  static byte[] error(ObjectMapper mapper, String code, String message) {
    return error(mapper, code, message, null, null, null);
  }

  /**
   * An error answer. {@code retryable}, {@code requestId} and {@code availableTools} are written
   * only when non-null.
   */
  static byte[] error(ObjectMapper mapper, String code, String message, Boolean retryable, String requestId,
      List<String> availableTools) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = mapper.createGenerator(out)) {
      g.writeStartObject();
      g.writeBooleanField("isError", true);
      g.writeObjectFieldStart("error");
      g.writeStringField("code", code);
      g.writeStringField("message", message);
      if (retryable != null) {
        g.writeBooleanField("retryable", retryable);
      }
      if (requestId != null) {
        g.writeStringField("requestId", requestId);
      }
      if (availableTools != null) {
        g.writeArrayFieldStart("availableTools");
        for (String tool : availableTools) {
          g.writeString(tool);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
