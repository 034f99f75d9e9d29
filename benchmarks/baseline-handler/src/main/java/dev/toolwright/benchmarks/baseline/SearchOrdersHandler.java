package dev.toolwright.benchmarks.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.toolwright.benchmarks.orders.OrderQuery;
import dev.toolwright.benchmarks.orders.OrderStore;
import dev.toolwright.benchmarks.orders.OrderSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Benchmark variant B: the examples' search_orders as a careful user writes it by hand with Jackson
 * databind. The event (the gateway's bare arguments object, {@code {"query": {...}}}) is bound with
 * {@link ObjectMapper#readValue}, the search runs, and the summary is written with {@link
 * ObjectMapper#writeValue}, with Jackson's jdk8 ({@code Optional}) and jsr310 ({@code LocalDate})
 * modules, ISO dates and absent values left out: the same bytes as Toolwright. No validation beyond
 * Jackson's, no error contract, no deadline handling, no tool-name routing. Handler: {@code
 * dev.toolwright.benchmarks.baseline.SearchOrdersHandler::handleRequest}.
 */
public final class SearchOrdersHandler implements RequestStreamHandler {

  /** The arguments object of search_orders. */
  public record SearchOrdersRequest(OrderQuery query) {}

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
          .build();

  private final OrderStore store = new OrderStore();

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    SearchOrdersRequest request = MAPPER.readValue(input, SearchOrdersRequest.class);
    OrderQuery query =
        request.query() != null ? request.query() : new OrderQuery(null, null, null, null);
    OrderSummary summary = store.searchOrders(query);
    MAPPER.writeValue(output, summary);
  }
}
