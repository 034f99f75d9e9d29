package dev.toolwright.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Init errors, crashes, restarts and the task-root class loader, each in its own short-lived child
 * JVM.
 */
@EnabledOnOs(
    value = OS.LINUX,
    architectures = {"amd64", "x86_64", "aarch64"},
    disabledReason =
        "the runtime interface client's native library exists for Linux x86_64 and aarch64 only")
class LambdaProcessLifecycleTest {

  static final Duration WAIT = Duration.ofSeconds(30);

  static LambdaProcess.Builder echo(LambdaRuntimeEmulator emulator) {
    return LambdaProcess.builder()
        .emulator(emulator)
        .classpath(TestJson.echoHandler())
        .handler(EchoHandler.class.getName() + "::handleRequest")
        .jvmOptions("-XX:TieredStopAtLevel=1");
  }

  @Test
  void constructorFailureIsAnInitError() throws Exception {
    try (LambdaRuntimeEmulator emulator = new LambdaRuntimeEmulator()) {
      CompletableFuture<InvocationResult> answer = emulator.submit(Invocation.of("{}"));
      try (LambdaProcess process =
          echo(emulator).handler(BrokenInitHandler.class.getName()).start()) {
        InitError ie = emulator.awaitInitError(WAIT);
        assertEquals("Runtime.BadFunctionCode", ie.errorType(), ie::toString);
        assertTrue(ie.body().contains("init boom"), ie::toString);
        ExecutionException e =
            assertThrows(ExecutionException.class, () -> answer.get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage().contains("init error"), e.getCause().getMessage());
        assertEquals(1, process.awaitExit(WAIT));
        assertFalse(process.isAlive());
      }
    }
  }

  @Test
  void unknownHandlerClassFailsEachInvocationNotTheInit() {
    try (LambdaRuntimeEmulator emulator = new LambdaRuntimeEmulator();
        LambdaProcess process =
            echo(emulator)
                .handler("com.example.Missing::handleRequest")
                .echoOutput("[missing-handler {pid}] ")
                .start()) {
      InvocationResult r = emulator.invoke(Invocation.of("{}"), WAIT);
      assertTrue(r.isError(), r::toString);
      assertEquals("Runtime.BadFunctionCode", r.errorType(), r::toString);
      assertTrue(r.bodyAsString().contains("ClassNotFoundException"), r::toString);
      InvocationResult again = emulator.invoke(Invocation.of("{}"), WAIT);
      assertEquals("Runtime.BadFunctionCode", again.errorType(), again::toString);
      assertTrue(emulator.initError().isEmpty());
      assertTrue(process.isAlive());
    }
  }

  @Test
  void crashFailsThePendingInvocationAtOnceAndANewProcessTakesOver() throws InterruptedException {
    try (LambdaRuntimeEmulator emulator = new LambdaRuntimeEmulator()) {
      try (LambdaProcess process = echo(emulator).start()) {
        assertTrue(emulator.invoke(Invocation.of("{}"), WAIT).isResponse());
        long t0 = System.nanoTime();
        LambdaEmulatorException e =
            assertThrows(
                LambdaEmulatorException.class,
                () -> emulator.invoke(Invocation.of("{\"action\":\"halt\",\"code\":3}"), WAIT));
        assertTrue(e.getMessage().contains("exited with code 3"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10));
        assertEquals(3, process.awaitExit(WAIT));
      }
      try (LambdaProcess second = echo(emulator).start()) {
        InvocationResult r = emulator.invoke(Invocation.of("{\"again\":true}"), WAIT);
        assertTrue(r.isResponse(), r::toString);
        assertTrue(r.answeredAtNanos() > second.startNanos());
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (emulator.activePolls() == 0 && System.nanoTime() < deadline) {
          Thread.sleep(5); // close it while it is long-polling again
        }
        assertEquals(1, emulator.activePolls());
      }
      // the poll left over from the closed process must not swallow the next invocation
      try (LambdaProcess third = echo(emulator).start()) {
        InvocationResult r = emulator.invoke(Invocation.of("{\"third\":true}"), WAIT);
        assertTrue(r.isResponse(), r::toString);
        assertTrue(r.fetchedAtNanos() > third.startNanos());
      }
      assertEquals(0, emulator.pendingCount());
    }
  }

  @Test
  void taskRootIsLoadedByTheCustomerClassLoader(@TempDir Path taskRoot) throws IOException {
    // An unzipped deployment package: the handler's classes at the task root, not on the JVM's
    // classpath.
    Path classes = LambdaProcess.classpathOf(EchoHandler.class);
    Path pkg = taskRoot.resolve("dev/toolwright/emulator");
    Files.createDirectories(pkg);
    Files.copy(
        classes.resolve("dev/toolwright/emulator/EchoHandler.class"),
        pkg.resolve("EchoHandler.class"));
    try (LambdaRuntimeEmulator emulator = new LambdaRuntimeEmulator();
        LambdaProcess process =
            LambdaProcess.builder()
                .emulator(emulator)
                .taskRoot(taskRoot)
                .classpath(TestJson.jacksonCore())
                .handler(EchoHandler.class.getName() + "::handleRequest")
                .start()) {
      InvocationResult r = emulator.invoke(Invocation.of("{}"), WAIT);
      assertTrue(r.isResponse(), () -> r + "\n" + process.stderr());
      Map<String, Object> echo = TestJson.parseObject(r.bodyAsString());
      assertTrue(
          String.valueOf(echo.get("classLoader")).contains("CustomerClassLoader"), echo::toString);
      assertEquals(taskRoot.toAbsolutePath().normalize(), process.taskRoot());
    }
    assertTrue(Files.exists(taskRoot.resolve("dev")), "a caller's task root is not deleted");
  }
}
