package dev.toolwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.toolwright.ToolDispatcher;
import dev.toolwright.ToolLog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Calls with a deadline run on a worker thread that is handed the next call too, instead of a
 * thread per call; a worker lost to a tool that overran its budget is replaced.
 */
class WorkerReuseTest {

  /** Tools that report on the thread they run on. */
  private static final class ThreadTools implements ToolDispatcher {
    @Override
    public String toolClassName() {
      return "test.ThreadTools";
    }

    @Override
    public List<String> toolNames() {
      return List.of("echo", "hang", "interrupt_self", "interrupted", "log", "thread");
    }

    @Override
    public Object dispatch(String toolName, ToolArguments arguments) throws Exception {
      switch (toolName) {
        case "thread":
          return ToolResult.wrap(Thread.currentThread().getName());
        case "interrupt_self":
          Thread.currentThread().interrupt();
          return ToolResult.VOID;
        case "interrupted":
          return ToolResult.wrap(Thread.currentThread().isInterrupted());
        case "hang":
          long until = System.nanoTime() + 5_000_000_000L;
          while (System.nanoTime() < until) {
            Thread.onSpinWait(); // ignores interrupts, like a tool stuck in a loop
          }
          return ToolResult.VOID;
        case "log":
          ToolLog.info("from the tool");
          return ToolResult.VOID;
        default:
          return ToolResult.wrap(arguments.string("text") + "@" + Thread.currentThread().getName());
      }
    }
  }

  private final ToolEngine engine =
      new ToolEngine(List.of(new ThreadTools()), new JsonSupport(), 500);
  private final List<ExecutorService> executors = new ArrayList<>();

  @AfterEach
  void shutDown() {
    executors.forEach(ExecutorService::shutdownNow);
  }

  private JsonNode call(String tool, String body, long remainingMillis) {
    byte[] bytes = Answers.utf8(body);
    return Answers.parse(
        engine.invoke(
            bytes, bytes.length, FakeContext.gateway("t___" + tool).remaining(remainingMillis)));
  }

  private String threadOfACall() {
    return call("thread", "{}", 30_000).get("result").textValue();
  }

  @Test
  void callsWithADeadlineRunOnOneReusedWorker() {
    String first = threadOfACall();
    assertTrue(first.startsWith("toolwright-worker-"), first);
    assertNotEquals(Thread.currentThread().getName(), first);
    assertEquals(first, threadOfACall());
    assertEquals(first, threadOfACall());
  }

  @Test
  void aWorkerLostToAnOverrunningToolIsReplaced() {
    String before = threadOfACall();
    JsonNode timeout = call("hang", "{}", 700);
    assertEquals(
        Responses.TIMEOUT, timeout.path("error").path("code").textValue(), timeout.toString());

    String after = threadOfACall();
    assertNotEquals(before, after, "the hung worker is not handed another call");
    assertEquals(after, threadOfACall());
  }

  @Test
  void anInterruptLeftByOneCallDoesNotReachTheNext() {
    call("interrupt_self", "{}", 30_000);
    assertEquals("{\"result\":false}", call("interrupted", "{}", 30_000).toString());
  }

  @Test
  void toolLogLinesFromTheWorkerCarryTheInvocation() {
    FakeContext context = FakeContext.gateway("t___log").remaining(30_000);
    byte[] body = Answers.utf8("{}");
    engine.invoke(body, body.length, context);
    String toolLine =
        context.log().lines().filter(l -> l.contains("from the tool")).findFirst().orElse("");
    assertTrue(toolLine.contains("\"tool\":\"log\""), context.log());
  }

  @Test
  void concurrentCallsAllGetTheirOwnAnswer_onAtMostOneWorkerEach() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    executors.add(pool);
    List<Future<String>> answers = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String text = "call-" + i;
      Callable<String> c =
          () -> {
            String answer =
                call("echo", "{\"text\":\"" + text + "\"}", 30_000).path("result").textValue();
            assertTrue(answer.startsWith(text + "@toolwright-worker-"), answer);
            return answer.substring(answer.indexOf('@') + 1);
          };
      answers.add(pool.submit(c));
    }
    Set<String> workers = new HashSet<>();
    for (Future<String> answer : answers) {
      workers.add(answer.get());
    }
    // at most 8 calls overlap, so at most 8 workers were needed and are kept idle
    assertTrue(workers.size() <= 8, "workers used: " + workers);
    assertTrue(alive(workers) <= 8, "workers used: " + workers);
  }

  @Test
  void aThousandCallsUseOneWorker() {
    Set<String> workers = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      workers.add(threadOfACall());
    }
    assertEquals(1, workers.size(), workers.toString());
  }

  private static long alive(Set<String> names) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> names.contains(t.getName()) && t.isAlive())
        .count();
  }

  @Test
  void callsWithoutADeadlineStayOnTheCallersThread() {
    byte[] body = Answers.utf8("{}");
    JsonNode answer =
        Answers.parse(engine.invoke(body, body.length, FakeContext.gateway("t___thread")));
    assertEquals(Thread.currentThread().getName(), answer.get("result").textValue());
    assertFalse(Thread.currentThread().isInterrupted());
  }
}
