package dev.toolwright.emulator;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test handler run in a child JVM under the real runtime interface client. By default it answers with what it
 * received; an event {@code {"action": ...}} makes it throw, log, answer a big body, sleep or halt the JVM.
 */
public class EchoHandler implements RequestStreamHandler {

    private static final AtomicInteger COUNT = new AtomicInteger();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        int count = COUNT.incrementAndGet();
        String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        Map<String, Object> command = commandOf(event);
        String action = command == null ? "echo" : String.valueOf(command.getOrDefault("action", "echo"));
        switch (action) {
            case "throw":
                throw new IllegalStateException(String.valueOf(command.get("message")));
            case "log":
                context.getLogger().log("logger:" + command.get("text"));
                System.out.println("stdout:" + command.get("text"));
                System.err.println("stderr:" + command.get("text"));
                break;
            case "big": {
                int n = ((BigDecimal) command.get("bytes")).intValueExact();
                byte[] body = new byte[n];
                Arrays.fill(body, (byte) 'x');
                body[0] = '"';
                body[n - 1] = '"';
                output.write(body);
                return;
            }
            case "sleep":
                try {
                    Thread.sleep(((BigDecimal) command.get("millis")).longValueExact());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                break;
            case "halt":
                Runtime.getRuntime().halt(((BigDecimal) command.get("code")).intValueExact());
                break;
            default:
                break;
        }

        StringBuilder sb = new StringBuilder("{");
        field(sb, "event", event).append(',');
        field(sb, "count", Integer.toString(count)).append(',');
        field(sb, "remainingMs", Integer.toString(context.getRemainingTimeInMillis())).append(',');
        field(sb, "requestId", context.getAwsRequestId()).append(',');
        field(sb, "functionArn", context.getInvokedFunctionArn()).append(',');
        field(sb, "functionName", context.getFunctionName()).append(',');
        field(sb, "functionVersion", context.getFunctionVersion()).append(',');
        field(sb, "memoryLimitMb", Integer.toString(context.getMemoryLimitInMB())).append(',');
        field(sb, "logGroup", context.getLogGroupName()).append(',');
        field(sb, "traceId", context.getXrayTraceId()).append(',');
        field(sb, "classLoader", String.valueOf(EchoHandler.class.getClassLoader())).append(',');
        sb.append("\"env\":").append(Json.stringMap(new TreeMap<>(System.getenv()))).append(',');
        ClientContext cc = context.getClientContext();
        sb.append("\"clientContext\":");
        if (cc == null) {
            sb.append("null");
        } else {
            sb.append("{\"custom\":").append(cc.getCustom() == null ? "null" : Json.stringMap(cc.getCustom()))
                    .append(",\"env\":").append(cc.getEnvironment() == null ? "null" : Json.stringMap(cc.getEnvironment()))
                    .append(",\"clientIsNull\":").append(cc.getClient() == null).append('}');
        }
        sb.append('}');
        output.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static StringBuilder field(StringBuilder sb, String name, String value) {
        sb.append(Json.quote(name)).append(':');
        if (value == null) {
            return sb.append("null");
        }
        Json.quote(value, sb);
        return sb;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> commandOf(String event) {
        try {
            Object parsed = Json.parse(event);
            return parsed instanceof Map ? (Map<String, Object>) parsed : null;
        } catch (IllegalArgumentException notJson) {
            return null;
        }
    }
}
