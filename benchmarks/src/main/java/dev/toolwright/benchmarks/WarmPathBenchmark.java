package dev.toolwright.benchmarks;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
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
import dev.toolwright.examples.calculator.Calculator_ToolDispatcher;
import dev.toolwright.examples.orders.OrderQuery;
import dev.toolwright.examples.orders.OrderSummary;
import dev.toolwright.examples.orders.OrderTools;
import dev.toolwright.examples.orders.OrderTools_ToolDispatcher;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One warm search_orders call ({@link GatewayEvent}), bytes in (an {@link InputStream}, as the
 * runtime hands it) to bytes out (an {@link OutputStream}), five ways:
 *
 * <ul>
 *   <li>{@link #generated}: {@code ExampleHandler.handleRequest}, i.e. Toolwright's whole request
 *       path (read the stream, tool name from the client context, read and check the arguments, the
 *       generated dispatcher's typed reads, the method, the response), with a Lambda context
 *       <em>without a deadline</em>, so the tool runs on the calling thread; it includes the
 *       invocation's JSON log line and EMF document, written to {@code System.out} (see below);
 *   <li>{@link #generatedTelemetryOff}: the same dispatch with the per-invocation log line and EMF
 *       document off ({@code TOOLWRIGHT_LOG_LEVEL=FATAL}, {@code
 *       TOOLWRIGHT_METRICS_DISABLED=true}), built by {@link
 *       FrameworkInternals#engineWithTelemetryOff} with the same dispatchers as {@code
 *       ExampleHandler}: the difference to {@code generated} is the telemetry per call;
 *   <li>{@link #generatedWithDeadline}: the same with a deadline, as every real Lambda invocation
 *       has one: Toolwright then runs the tool on its worker thread;
 *   <li>{@link #direct}: the floor: an {@link ObjectReader} for the arguments record, the same
 *       {@code OrderTools.searchOrders}, an {@link ObjectWriter} (a hand-written databind handler's
 *       warm path: variant B's work);
 *   <li>{@link #reflective}: a Spring-AI-style reflective dispatcher ({@link
 *       ReflectiveDispatcher}).
 * </ul>
 *
 * All five write the same bytes (checked in {@link #setUp}).
 *
 * <p>In a JMH fork {@code System.out} is JMH's link to the host, which prints every line on the
 * console: a log line would cost far more than on Lambda, where an invocation's lines are one
 * {@code write} to the runtime's pipe, and flood the output. The fork's {@code System.out} is
 * therefore an unbuffered stream to {@code /dev/null} while it runs: every line is built and
 * written with the system calls Toolwright makes, and goes nowhere.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WarmPathBenchmark {

  /**
   * The arguments of search_orders, for the direct path ({@code limit} gets no default: the call
   * sets it).
   */
  public record SearchOrdersArguments(OrderQuery query) {}

  private byte[] request;
  private ExampleHandler handler;
  private RequestStreamHandler telemetryOff;
  private StubContext noDeadline;
  private StubContext deadline;
  private OrderTools orderTools;
  private ObjectReader reader;
  private ObjectWriter writer;
  private ReflectiveDispatcher reflective;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);
  private PrintStream systemOut;

  /** The Jackson set-up a hand-written handler needs to write the same JSON as Toolwright. */
  static ObjectMapper handWrittenMapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(
                JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
  }

  @Setup
  public void setUp() throws IOException {
    systemOut = System.out;
    File devNull = new File("/dev/null");
    System.setOut(
        new PrintStream(
            devNull.exists() ? new FileOutputStream(devNull) : OutputStream.nullOutputStream(),
            false,
            StandardCharsets.UTF_8));
    request = GatewayEvent.argumentBytes();
    handler = new ExampleHandler();
    telemetryOff =
        FrameworkInternals.engineWithTelemetryOff(
            List.of(
                new OrderTools_ToolDispatcher(new OrderTools()),
                new Calculator_ToolDispatcher(new Calculator())));
    noDeadline = StubContext.withoutDeadline(GatewayEvent.TOOL);
    deadline = StubContext.withDeadline(GatewayEvent.TOOL);
    orderTools = new OrderTools();
    ObjectMapper mapper = handWrittenMapper();
    reader = mapper.readerFor(SearchOrdersArguments.class);
    writer = mapper.writerFor(OrderSummary.class);
    JsonNode schema;
    try (InputStream in =
        OrderTools.class
            .getClassLoader()
            .getResourceAsStream("META-INF/toolwright/tool-schema.json")) {
      if (in == null) {
        throw new IllegalStateException(
            "META-INF/toolwright/tool-schema.json is not on the class path");
      }
      schema = mapper.readTree(in);
    }
    reflective = new ReflectiveDispatcher(mapper, schema, new OrderTools(), new Calculator());

    String[] names = {
      "generated", "generatedTelemetryOff", "generatedWithDeadline", "direct", "reflective"
    };
    for (String name : names) {
      switch (name) {
        case "generated":
          generated();
          break;
        case "generatedTelemetryOff":
          generatedTelemetryOff();
          break;
        case "generatedWithDeadline":
          generatedWithDeadline();
          break;
        case "direct":
          direct();
          break;
        default:
          reflective();
          break;
      }
      String answer = out.toString(StandardCharsets.UTF_8);
      if (!answer.equals(GatewayEvent.EXPECTED_ANSWER)) {
        throw new IllegalStateException(
            name + " answered " + answer + ", expected " + GatewayEvent.EXPECTED_ANSWER);
      }
    }
  }

  @TearDown
  public void tearDown() {
    PrintStream logs = System.out;
    System.setOut(systemOut);
    logs.close();
  }

  @Benchmark
  public int generated() throws IOException {
    out.reset();
    handler.handleRequest(new ByteArrayInputStream(request), out, noDeadline);
    return out.size();
  }

  @Benchmark
  public int generatedTelemetryOff() throws IOException {
    out.reset();
    telemetryOff.handleRequest(new ByteArrayInputStream(request), out, noDeadline);
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
    SearchOrdersArguments arguments = reader.readValue(new ByteArrayInputStream(request));
    writer.writeValue(out, orderTools.searchOrders(arguments.query()));
    return out.size();
  }

  @Benchmark
  public int reflective() {
    out.reset();
    reflective.call(GatewayEvent.TOOL, new ByteArrayInputStream(request), out);
    return out.size();
  }
}
