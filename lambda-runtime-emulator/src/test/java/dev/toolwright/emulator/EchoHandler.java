package dev.toolwright.emulator;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test handler run in a child JVM under the real runtime interface client. By default it answers with what it
 * received; an event {@code {"action": ...}} makes it throw, log, answer a big body, sleep or halt the JVM.
 */
public class EchoHandler implements RequestStreamHandler {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        int count = COUNT.incrementAndGet();
        String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        JsonNode command = commandOf(event);
        String action = command.path("action").asText("echo");
        switch (action) {
            case "throw":
                throw new IllegalStateException(command.path("message").asText());
            case "log":
                context.getLogger().log("logger:" + command.path("text").asText());
                System.out.println("stdout:" + command.path("text").asText());
                System.err.println("stderr:" + command.path("text").asText());
                break;
            case "big": {
                int n = command.path("bytes").intValue();
                byte[] body = new byte[n];
                Arrays.fill(body, (byte) 'x');
                body[0] = '"';
                body[n - 1] = '"';
                output.write(body);
                return;
            }
            case "sleep":
                try {
                    Thread.sleep(command.path("millis").longValue());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                break;
            case "halt":
                Runtime.getRuntime().halt(command.path("code").intValue());
                break;
            default:
                break;
        }

        ObjectNode echo = MAPPER.createObjectNode();
        echo.put("event", event);
        echo.put("count", Integer.toString(count));
        echo.put("remainingMs", Integer.toString(context.getRemainingTimeInMillis()));
        echo.put("requestId", context.getAwsRequestId());
        echo.put("functionArn", context.getInvokedFunctionArn());
        echo.put("functionName", context.getFunctionName());
        echo.put("functionVersion", context.getFunctionVersion());
        echo.put("memoryLimitMb", Integer.toString(context.getMemoryLimitInMB()));
        echo.put("logGroup", context.getLogGroupName());
        echo.put("traceId", context.getXrayTraceId());
        echo.put("classLoader", String.valueOf(EchoHandler.class.getClassLoader()));
        echo.set("env", MAPPER.valueToTree(new TreeMap<>(System.getenv())));
        ClientContext cc = context.getClientContext();
        if (cc == null) {
            echo.putNull("clientContext");
        } else {
            ObjectNode client = echo.putObject("clientContext");
            client.set("custom", MAPPER.valueToTree(cc.getCustom()));
            client.set("env", MAPPER.valueToTree(cc.getEnvironment()));
            client.put("clientIsNull", cc.getClient() == null);
        }
        output.write(MAPPER.writeValueAsBytes(echo));
    }

    /** The event as a command object, or an empty object when it is not one. */
    private static JsonNode commandOf(String event) {
        try {
            JsonNode parsed = MAPPER.readTree(event);
            return parsed != null && parsed.isObject() ? parsed : MAPPER.createObjectNode();
        } catch (IOException notJson) {
            return MAPPER.createObjectNode();
        }
    }
}
