package dev.toolwright.emulator;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test handler run in a child JVM under the real runtime interface client. By default it answers
 * with what it received; an event {@code {"action": ...}} makes it throw, log, answer a big body,
 * sleep or halt the JVM.
 */
public class EchoHandler implements RequestStreamHandler {

  private static final AtomicInteger COUNT = new AtomicInteger();

  /** Jackson's streaming API only: the child JVM starts faster without databind. */
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    int count = COUNT.incrementAndGet();
    String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> command = commandOf(event);
    String action = command.getOrDefault("action", "echo");
    switch (action) {
      case "throw":
        throw new IllegalStateException(command.get("message"));
      case "log":
        context.getLogger().log("logger:" + command.get("text"));
        System.out.println("stdout:" + command.get("text"));
        System.err.println("stderr:" + command.get("text"));
        break;
      case "big":
        {
          int n = Integer.parseInt(command.get("bytes"));
          byte[] body = new byte[n];
          Arrays.fill(body, (byte) 'x');
          body[0] = '"';
          body[n - 1] = '"';
          output.write(body);
          return;
        }
      case "sleep":
        try {
          Thread.sleep(Long.parseLong(command.get("millis")));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        break;
      case "halt":
        Runtime.getRuntime().halt(Integer.parseInt(command.get("code")));
        break;
      default:
        break;
    }

    try (JsonGenerator json = JSON.createGenerator(output)) {
      json.writeStartObject();
      json.writeStringField("event", event);
      json.writeStringField("count", Integer.toString(count));
      json.writeStringField("remainingMs", Integer.toString(context.getRemainingTimeInMillis()));
      json.writeStringField("requestId", context.getAwsRequestId());
      json.writeStringField("functionArn", context.getInvokedFunctionArn());
      json.writeStringField("functionName", context.getFunctionName());
      json.writeStringField("functionVersion", context.getFunctionVersion());
      json.writeStringField("memoryLimitMb", Integer.toString(context.getMemoryLimitInMB()));
      json.writeStringField("logGroup", context.getLogGroupName());
      json.writeStringField("traceId", context.getXrayTraceId());
      json.writeStringField("classLoader", String.valueOf(EchoHandler.class.getClassLoader()));
      writeMap(json, "env", new TreeMap<>(System.getenv()));
      ClientContext cc = context.getClientContext();
      if (cc == null) {
        json.writeNullField("clientContext");
      } else {
        json.writeObjectFieldStart("clientContext");
        writeMap(json, "custom", cc.getCustom());
        writeMap(json, "env", cc.getEnvironment());
        json.writeBooleanField("clientIsNull", cc.getClient() == null);
        json.writeEndObject();
      }
      json.writeEndObject();
    }
  }

  private static void writeMap(JsonGenerator json, String name, Map<String, String> map)
      throws IOException {
    if (map == null) {
      json.writeNullField(name);
      return;
    }
    json.writeObjectFieldStart(name);
    for (Map.Entry<String, String> e : map.entrySet()) {
      json.writeStringField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
  }

  /** The top-level scalar members of the event, as text; empty when it is not a JSON object. */
  private static Map<String, String> commandOf(String event) {
    Map<String, String> command = new HashMap<>();
    try (JsonParser parser = JSON.createParser(event)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return command;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        if (parser.nextToken().isScalarValue()) {
          command.put(name, parser.getValueAsString());
        } else {
          parser.skipChildren();
        }
      }
    } catch (IOException notJson) {
      command.clear();
    }
    return command;
  }
}
