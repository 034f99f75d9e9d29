package dev.toolwright.benchmarks.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Benchmark variant B: the smallest honest hand-written Lambda for one tool. The event (the
 * gateway's bare arguments object) is read with {@link ObjectMapper#readValue}, the lookup_order
 * logic runs, and the order is written with {@link ObjectMapper#writeValue}. No validation beyond
 * Jackson's, no error contract, no deadline handling, no tool-name routing: the floor Toolwright is
 * measured against. Handler: {@code dev.toolwright.benchmarks.baseline.LookupOrderHandler::handleRequest}.
 */
public final class LookupOrderHandler implements RequestStreamHandler {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final OrderStore store = new OrderStore();

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    LookupOrderRequest request = MAPPER.readValue(input, LookupOrderRequest.class);
    Order order = store.lookupOrder(request.orderId(), request.includeItems());
    MAPPER.writeValue(output, order);
  }
}
