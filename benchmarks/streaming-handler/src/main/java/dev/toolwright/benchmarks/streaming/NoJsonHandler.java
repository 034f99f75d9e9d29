package dev.toolwright.benchmarks.streaming;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Benchmark variant E, the floor: no JSON at all. It reads the whole event and answers the
 * benchmark call's answer bytes, computed ahead of time (the runner checks that they equal A's, B's
 * and S's). What is left is the JVM and the runtime interface client. It ships in S's jar but never
 * touches Jackson. Handler: {@code
 * dev.toolwright.benchmarks.streaming.NoJsonHandler::handleRequest}.
 */
public final class NoJsonHandler implements RequestStreamHandler {

  private static final byte[] ANSWER =
      ("{\"orders\":["
              + "{\"orderId\":\"A-1002\",\"customerEmail\":\"ana@example.com\",\"status\":\"pending\","
              + "\"placedOn\":\"2026-11-20\",\"items\":[],\"total\":22.50},"
              + "{\"orderId\":\"A-1001\",\"customerEmail\":\"ana@example.com\",\"status\":\"delivered\","
              + "\"placedOn\":\"2026-10-02\",\"items\":[],\"total\":25.00,\"trackingNumber\":\"1Z999\"}],"
              + "\"totalMatches\":2}")
          .getBytes(StandardCharsets.UTF_8);

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    input.readAllBytes();
    output.write(ANSWER);
  }
}
