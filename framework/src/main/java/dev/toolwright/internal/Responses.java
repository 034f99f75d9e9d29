package dev.toolwright.internal;

import dev.toolwright.ToolDispatcher;
import dev.toolwright.gateway.LambdaAnswers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The response contract, in one place: what the Lambda returns to the gateway.
 *
 * <ul>
 *   <li>Success: the tool's return value as JSON (see {@link ToolResult}), written by the
 *       dispatcher's generated writer.
 *   <li>Error: {@code {"isError": true, "error": {"code": CODE, "message": TEXT, ...}}}, returned
 *       as a normal (successful) Lambda response, so the agent reads the message instead of the
 *       gateway's generic text for a Lambda function error.
 * </ul>
 *
 * <p>Error codes: the caller can fix {@code INVALID_REQUEST}, {@code UNKNOWN_TOOL} and {@code
 * INVALID_ARGUMENTS}; {@code TOOL_ERROR}, {@code TIMEOUT} and {@code INTERNAL_ERROR} are failures
 * inside the tool. Not API: docs/response-contract.md documents the contract.
 */
public final class Responses {

  public static final String INVALID_REQUEST = LambdaAnswers.INVALID_REQUEST;
  public static final String UNKNOWN_TOOL = LambdaAnswers.UNKNOWN_TOOL;
  public static final String INVALID_ARGUMENTS = LambdaAnswers.INVALID_ARGUMENTS;
  public static final String TOOL_ERROR = LambdaAnswers.TOOL_ERROR;
  public static final String TIMEOUT = LambdaAnswers.TIMEOUT;
  public static final String INTERNAL_ERROR = LambdaAnswers.INTERNAL_ERROR;

  private static final JsonOut.Name RESULT = JsonOut.Name.of(ToolResult.RESULT_PROPERTY);
  private static final JsonOut.Name IS_ERROR = JsonOut.Name.of(LambdaAnswers.IS_ERROR);
  private static final JsonOut.Name ERROR = JsonOut.Name.of(LambdaAnswers.ERROR);
  private static final JsonOut.Name CODE = JsonOut.Name.of(LambdaAnswers.CODE);
  private static final JsonOut.Name MESSAGE = JsonOut.Name.of(LambdaAnswers.MESSAGE);
  private static final JsonOut.Name RETRYABLE = JsonOut.Name.of("retryable");
  private static final JsonOut.Name REQUEST_ID = JsonOut.Name.of("requestId");
  private static final JsonOut.Name AVAILABLE_TOOLS = JsonOut.Name.of("availableTools");

  private Responses() {}

  /**
   * Serialises a tool's return value with the dispatcher's generated writer (Jackson only for a
   * value it has no writer for); throws when it cannot be written.
   */
  static byte[] success(JsonSupport json, ToolDispatcher dispatcher, String tool, Object result)
      throws IOException {
    // no value, or a wrapped null or empty Optional: {} (left out like any absent property, so an
    // outputSchema that does not require "result" describes the answer honestly)
    if (result == null
        || result == ToolResult.VOID
        || result instanceof ToolResult && absent(((ToolResult) result).value())) {
      return new byte[] {'{', '}'};
    }
    JsonOut writer = new JsonOut(json);
    if (result instanceof ToolResult) {
      Object value = ((ToolResult) result).value();
      writer.startObject();
      writer.name(RESULT);
      if (dispatcher == null || !dispatcher.writeResult(tool, value, writer)) {
        writer.fallback(value);
      }
      writer.endObject();
    } else if (dispatcher == null || !dispatcher.writeResult(tool, result, writer)) {
      return fallback(json, result);
    }
    return writer.toByteArray();
  }

  /** Null or an empty {@code Optional}: what Jackson's {@code NON_ABSENT} leaves out. */
  private static boolean absent(Object value) {
    return value == null
        || value instanceof Optional && ((Optional<?>) value).isEmpty()
        || value instanceof OptionalInt && ((OptionalInt) value).isEmpty()
        || value instanceof OptionalLong && ((OptionalLong) value).isEmpty()
        || value instanceof OptionalDouble && ((OptionalDouble) value).isEmpty();
  }

  /** A value without a generated writer, written by Jackson; wrapped when it is not an object. */
  private static byte[] fallback(JsonSupport json, Object result) throws IOException {
    byte[] written = json.mapper().writeValueAsBytes(result);
    if (written.length > 0 && written[0] == '{') {
      return written;
    }
    // a type Jackson writes as a scalar or array (a @JsonValue class, or a hand-written
    // dispatcher that did not wrap): wrap it, so the answer is always an object
    byte[] prefix =
        ("{\"" + ToolResult.RESULT_PROPERTY + "\":").getBytes(StandardCharsets.US_ASCII);
    byte[] wrapped = new byte[prefix.length + written.length + 1];
    System.arraycopy(prefix, 0, wrapped, 0, prefix.length);
    System.arraycopy(written, 0, wrapped, prefix.length, written.length);
    wrapped[wrapped.length - 1] = '}';
    return wrapped;
  }

  static byte[] error(JsonSupport json, String code, String message) {
    return error(json, code, message, null, null, null);
  }

  /**
   * An error answer. {@code retryable}, {@code requestId} and {@code availableTools} are written
   * only when non-null.
   */
  static byte[] error(
      JsonSupport json,
      String code,
      String message,
      Boolean retryable,
      String requestId,
      List<String> availableTools) {
    JsonOut out = new JsonOut(json, 256);
    try {
      out.startObject();
      out.name(IS_ERROR);
      out.bool(true);
      out.name(ERROR);
      out.startObject();
      out.name(CODE);
      out.string(code);
      out.name(MESSAGE);
      out.string(message);
      if (retryable != null) {
        out.name(RETRYABLE);
        out.bool(retryable);
      }
      if (requestId != null) {
        out.name(REQUEST_ID);
        out.string(requestId);
      }
      if (availableTools != null) {
        out.name(AVAILABLE_TOOLS);
        out.startArray();
        for (String tool : availableTools) {
          out.string(tool);
        }
        out.endArray();
      }
      out.endObject();
      out.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
