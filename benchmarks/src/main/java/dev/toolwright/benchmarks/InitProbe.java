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
 * A steps: jackson (JsonMapper.builder().build()), jsonsupport (new JsonSupport()), handler (new ExampleHandler(),
 *          which primes the tools when the runner sets TOOLWRIGHT_PRIMING=on), first call, second call, warm call
 * B steps: jackson (new ObjectMapper()), handler (new LookupOrderHandler()), first call, second call, warm call
 * </pre>
 *
 * {@code warm call} is the median of {@code warmCalls} further calls after the second, each timed
 * on its own (its classes: all those the further calls loaded).
 *
 * <p>Arguments: {@code A|B deadline|no-deadline [warmCalls]} (default 50). With {@code deadline}
 * the calls get a context with 30 s left (Toolwright runs the tool on a worker thread), else one
 * without a deadline.
 */
public final class InitProbe {

  private static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();
  private static long lastNanos;
  private static long lastClasses;

  private InitProbe() {}

  public static void main(String[] args) throws Exception {
    boolean toolwright = args[0].equals("A");
    boolean deadline = args[1].equals("deadline");
    int warmCalls = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    byte[] event = GatewayEvent.ARGUMENTS.getBytes(StandardCharsets.UTF_8);
    Context context = deadline ? StubContext.withDeadline(GatewayEvent.TOOL)
        : StubContext.withoutDeadline(GatewayEvent.TOOL);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    start();
    RequestStreamHandler handler = toolwright ? ToolwrightSteps.run() : BaselineSteps.run();
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
        throw new IllegalStateException("unexpected answer " + out.toString(StandardCharsets.UTF_8));
      }
    }
  }

  /** A's steps, in their own class so that B's JVM never links Toolwright or the Jackson modules. */
  private static final class ToolwrightSteps {
    static RequestStreamHandler run() throws ReflectiveOperationException {
      com.fasterxml.jackson.databind.json.JsonMapper.builder().build();
      step("jackson");
      new dev.toolwright.internal.JsonSupport();
      step("jsonsupport");
      RequestStreamHandler handler = (RequestStreamHandler) Class.forName("dev.toolwright.examples.ExampleHandler")
          .getConstructor().newInstance();
      step("handler");
      return handler;
    }
  }

  /** B's steps. */
  private static final class BaselineSteps {
    static RequestStreamHandler run() throws ReflectiveOperationException {
      new com.fasterxml.jackson.databind.ObjectMapper();
      step("jackson");
      RequestStreamHandler handler = (RequestStreamHandler) Class.forName(
          "dev.toolwright.benchmarks.baseline.LookupOrderHandler").getConstructor().newInstance();
      step("handler");
      return handler;
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
