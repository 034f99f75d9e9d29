package dev.toolwright.benchmarks;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a cold start's time goes, step by step, in a fresh JVM whose class path is one Lambda jar
 * plus this class (the runner starts it; no runtime client). Each step's time and the classes it
 * loaded are printed as {@code step<TAB>nanos<TAB>classes}. Steps are cumulative: a step pays only
 * for what the steps before it did not already load.
 *
 * <pre>
 * A steps: handler (new ExampleHandler(): whatever the framework sets up, and priming when the runner sets
 *          TOOLWRIGHT_PRIMING=on), first call, second call, warm call
 * B steps: jackson (JsonMapper.builder().build()), jdk8 (new Jdk8Module()), jsr310 (new JavaTimeModule()),
 *          handler (new SearchOrdersHandler(): its mapper with both modules, the store), first, second, warm call
 * S steps: jsonfactory (new JsonFactory()), handler (new SearchOrdersStreamingHandler()), first, second, warm call
 * E steps: handler (new NoJsonHandler()), first, second, warm call
 * </pre>
 *
 * A builds no Jackson object of its own here: the probe measures what the handler does, whatever
 * the framework uses. {@code warm call} is the median of {@code warmCalls} further calls after the
 * second, each timed on its own (its classes: all those the further calls loaded).
 *
 * <p>Arguments: {@code A|B|S|E deadline|no-deadline [warmCalls]} (default 50). With {@code
 * deadline} the calls get a context with 30 s left (Toolwright runs the tool on a worker thread),
 * else one without a deadline.
 */
public final class InitProbe {

  private static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();
  private static long lastNanos;
  private static long lastClasses;

  private InitProbe() {}

  public static void main(String[] args) throws Exception {
    String variant = args[0];
    boolean deadline = args[1].equals("deadline");
    int warmCalls = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    byte[] event = GatewayEvent.argumentBytes();
    Context context =
        deadline
            ? StubContext.withDeadline(GatewayEvent.TOOL)
            : StubContext.withoutDeadline(GatewayEvent.TOOL);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    start();
    RequestStreamHandler handler = steps(variant);
    handler.handleRequest(new ByteArrayInputStream(event), out, context);
    step("first call");
    String answer = out.toString(StandardCharsets.UTF_8);
    out.reset();
    handler.handleRequest(new ByteArrayInputStream(event), out, context);
    step("second call");
    if (!answer.equals(GatewayEvent.EXPECTED_ANSWER)) {
      throw new IllegalStateException("unexpected answer " + answer);
    }
    if (warmCalls > 0) {
      long[] nanos = new long[warmCalls];
      for (int i = 0; i < warmCalls; i++) {
        out.reset();
        long before = System.nanoTime();
        handler.handleRequest(new ByteArrayInputStream(event), out, context);
        nanos[i] = System.nanoTime() - before;
      }
      long classes = CLASSES.getTotalLoadedClassCount() - lastClasses;
      Arrays.sort(nanos);
      int mid = warmCalls / 2;
      long median = warmCalls % 2 == 1 ? nanos[mid] : (nanos[mid - 1] + nanos[mid]) / 2;
      System.out.println("warm call\t" + median + "\t" + classes);
      if (!out.toString(StandardCharsets.UTF_8).equals(GatewayEvent.EXPECTED_ANSWER)) {
        throw new IllegalStateException(
            "unexpected answer " + out.toString(StandardCharsets.UTF_8));
      }
    }
  }

  /**
   * The variant's set-up steps, up to its constructed handler. Each variant's library calls sit in
   * a class of their own, so that no JVM links another variant's libraries.
   */
  private static RequestStreamHandler steps(String variant) throws ReflectiveOperationException {
    switch (variant) {
      case "A":
        return handler("dev.toolwright.examples.ExampleHandler");
      case "B":
        DatabindSteps.run();
        return handler("dev.toolwright.benchmarks.baseline.SearchOrdersHandler");
      case "S":
        StreamingSteps.run();
        return handler("dev.toolwright.benchmarks.streaming.SearchOrdersStreamingHandler");
      case "E":
        return handler("dev.toolwright.benchmarks.streaming.NoJsonHandler");
      default:
        throw new IllegalArgumentException("Unknown variant " + variant + "; A, B, S or E");
    }
  }

  private static RequestStreamHandler handler(String className)
      throws ReflectiveOperationException {
    RequestStreamHandler handler =
        (RequestStreamHandler) Class.forName(className).getConstructor().newInstance();
    step("handler");
    return handler;
  }

  /** B's Jackson set-up, piece by piece. */
  private static final class DatabindSteps {
    static void run() {
      com.fasterxml.jackson.databind.json.JsonMapper.builder().build();
      step("jackson");
      new com.fasterxml.jackson.datatype.jdk8.Jdk8Module();
      step("jdk8");
      new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule();
      step("jsr310");
    }
  }

  /** S's Jackson set-up. */
  private static final class StreamingSteps {
    static void run() {
      new com.fasterxml.jackson.core.JsonFactory();
      step("jsonfactory");
    }
  }

  private static void start() {
    CLASSES.getLoadedClassCount(); // load what measuring needs before the first step
    System.nanoTime();
    lastClasses = CLASSES.getTotalLoadedClassCount();
    lastNanos = System.nanoTime();
  }

  private static void step(String name) {
    long now = System.nanoTime();
    long classes = CLASSES.getTotalLoadedClassCount();
    System.out.println(name + "\t" + (now - lastNanos) + "\t" + (classes - lastClasses));
    lastClasses = CLASSES.getTotalLoadedClassCount();
    lastNanos = System.nanoTime();
  }
}
