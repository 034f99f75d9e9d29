package dev.toolwright.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.toolwright.examples.ExampleHandler;
import dev.toolwright.examples.calculator.Calculator;
import dev.toolwright.examples.orders.Order;
import dev.toolwright.examples.orders.OrderTools;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One warm lookup_order call, bytes in (an {@link InputStream}, as the runtime hands it) to bytes out
 * (an {@link java.io.OutputStream}), four ways:
 *
 * <ul>
 *   <li>{@link #generated}: {@code ExampleHandler.handleRequest}, i.e. Toolwright's whole request path
 *       (read the stream, tool name from the client context, parse to a tree, check against the
 *       shape, the generated dispatcher's typed reads, the method, the response), with a Lambda
 *       context <em>without a deadline</em>, so the tool runs on the calling thread;
 *   <li>{@link #generatedWithDeadline}: the same with a deadline, as every real Lambda invocation
 *       has one: Toolwright then runs the tool on a new worker thread;
 *   <li>{@link #direct}: the floor: an {@link ObjectReader} for the arguments record, the same
 *       {@code OrderTools.lookupOrder}, an {@link ObjectWriter};
 *   <li>{@link #reflective}: a Spring-AI-style reflective dispatcher ({@link ReflectiveDispatcher}).
 * </ul>
 *
 * All four write the same bytes (checked in {@link #setUp}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WarmPathBenchmark {

  /** The arguments of lookup_order, for the direct path. */
  public record LookupOrderArguments(String orderId, boolean includeItems) {}

  private byte[] request;
  private ExampleHandler handler;
  private StubContext noDeadline;
  private StubContext deadline;
  private OrderTools orderTools;
  private ObjectReader reader;
  private ObjectWriter writer;
  private ReflectiveDispatcher reflective;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

  /** The Jackson set-up a hand-written handler needs to write the same JSON as Toolwright. */
  static ObjectMapper handWrittenMapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
  }

  @Setup
  public void setUp() throws IOException {
    request = GatewayEvent.argumentBytes();
    handler = new ExampleHandler();
    noDeadline = StubContext.withoutDeadline(GatewayEvent.TOOL);
    deadline = StubContext.withDeadline(GatewayEvent.TOOL);
    orderTools = new OrderTools();
    ObjectMapper mapper = handWrittenMapper();
    reader = mapper.readerFor(LookupOrderArguments.class);
    writer = mapper.writerFor(Order.class);
    JsonNode schema;
    try (InputStream in = OrderTools.class.getClassLoader()
        .getResourceAsStream("META-INF/toolwright/tool-schema.json")) {
      if (in == null) {
        throw new IllegalStateException("META-INF/toolwright/tool-schema.json is not on the class path");
      }
      schema = mapper.readTree(in);
    }
    reflective = new ReflectiveDispatcher(mapper, schema, new OrderTools(), new Calculator());

    String[] names = {"generated", "generatedWithDeadline", "direct", "reflective"};
    for (String name : names) {
      switch (name) {
        case "generated": generated(); break;
        case "generatedWithDeadline": generatedWithDeadline(); break;
        case "direct": direct(); break;
        default: reflective(); break;
      }
      String answer = out.toString(StandardCharsets.UTF_8);
      if (!answer.equals(GatewayEvent.EXPECTED_ANSWER)) {
        throw new IllegalStateException(name + " answered " + answer + ", expected " + GatewayEvent.EXPECTED_ANSWER);
      }
    }
  }

  @Benchmark
  public int generated() throws IOException {
    out.reset();
    handler.handleRequest(new ByteArrayInputStream(request), out, noDeadline);
    return out.size();
  }

  @Benchmark
  public int generatedWithDeadline() throws IOException {
    out.reset();
    handler.handleRequest(new ByteArrayInputStream(request), out, deadline);
    return out.size();
  }

  @Benchmark
  public int direct() throws IOException {
    out.reset();
    LookupOrderArguments arguments = reader.readValue(new ByteArrayInputStream(request));
    Order order = orderTools.lookupOrder(arguments.orderId(), arguments.includeItems());
    writer.writeValue(out, order);
    return out.size();
  }

  @Benchmark
  public int reflective() {
    out.reset();
    reflective.call(GatewayEvent.TOOL, new ByteArrayInputStream(request), out);
    return out.size();
  }
}
