package dev.toolwright.registrar;

import static dev.toolwright.registrar.Fixtures.GATEWAY;
import static dev.toolwright.registrar.Fixtures.LAMBDA_ARN;
import static dev.toolwright.registrar.Fixtures.TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ConflictException;

/**
 * The command line against {@link FakeControlPlane} injecting the faults a deploy pipeline meets: a
 * hung connection, a signal while waiting, transient and persistent 5xx, a create race, a target
 * deleted mid-wait, a malformed body. Each asserts the exit code, that the run ends within its time
 * bound, and the operator's message: one paragraph saying what happened, what was left behind and
 * what to check, without parser or SDK class names.
 */
class FaultInjectionTest {

  private static final List<String> PROPERTIES =
      List.of("aws.accessKeyId", "aws.secretAccessKey", "aws.disableEc2Metadata");

  /** What a message for an operator must not contain. */
  private static final Pattern INTERNALS =
      Pattern.compile(
          "Exception\\b|jackson|software\\.amazon|java\\.|\\bat [a-z]+\\.|SDK Attempt Count|Source: \\(");

  private static final String OTHER_ARN =
      "arn:aws:lambda:us-east-1:123456789012:function:orders-tools:7";

  @TempDir Path dir;

  private FakeControlPlane fake;
  private String schema;

  @BeforeAll
  static void testCredentials() {
    System.setProperty("aws.accessKeyId", "AKIDTEST");
    System.setProperty("aws.secretAccessKey", "secret");
    System.setProperty("aws.disableEc2Metadata", "true");
  }

  @AfterAll
  static void clearCredentials() {
    PROPERTIES.forEach(System::clearProperty);
  }

  @BeforeEach
  void start() throws Exception {
    fake = new FakeControlPlane().addGateway(GATEWAY);
    schema = Fixtures.writeJson(dir, "orders-v1.json").toString();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private record Run(int exit, String out, String err, Duration elapsed) {
    /** The error message, which must be one paragraph on one line. */
    String error() {
      String text = err.strip();
      assertTrue(text.startsWith("Error: "), err);
      assertEquals(1, text.lines().count(), "one paragraph: " + err);
      assertFalse(INTERNALS.matcher(text).find(), "no parser or SDK internals: " + err);
      return text;
    }
  }

  private Run register(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "register",
                "--gateway",
                GATEWAY,
                "--target",
                TARGET,
                "--lambda-arn",
                LAMBDA_ARN,
                "--schema",
                schema));
    args.addAll(List.of(more));
    return cli(args);
  }

  private Run cli(List<String> command) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--region", "us-east-1", "--endpoint-url", fake.endpoint().toString()));
    Fixtures.Capture out = new Fixtures.Capture();
    Fixtures.Capture err = new Fixtures.Capture();
    long start = System.nanoTime();
    int exit =
        new RegistrarCli(
                out.stream,
                err.stream,
                new RegistrarCli.Tuning(
                    b -> b.pollInterval(Duration.ofMillis(10)),
                    Duration.ofMillis(20),
                    Duration.ofMillis(20)))
            .execute(args.toArray(new String[0]));
    return new Run(exit, out.text(), err.text(), Duration.ofNanos(System.nanoTime() - start));
  }

  private static void assertWithin(Duration limit, Run run) {
    assertTrue(
        run.elapsed().compareTo(limit) < 0,
        "took "
            + run.elapsed().toMillis()
            + " ms, limit "
            + limit.toMillis()
            + " ms; "
            + run.err());
  }

  // --- --timeout bounds everything
  // ----------------------------------------------------------------------------

  @Test
  void hungList_endsAtTheTimeout_withExit4() {
    fake.hang("ListGatewayTargets", 100);

    Run run = register("--timeout", "2");

    assertEquals(4, run.exit(), run.err());
    assertWithin(Duration.ofSeconds(2 + 3), run);
    assertTrue(
        run.elapsed().compareTo(Duration.ofMillis(1900)) > 0, "it did wait: " + run.elapsed());
    assertEquals(
        "Error: Timed out after 2s (--timeout) waiting for AgentCore to answer ListGatewayTargets (1 "
            + "attempt, unanswered). Check the network, --region and --endpoint-url, or run the command again "
            + "with a longer --timeout. Nothing was changed on the gateway.",
        run.error());
    assertTrue(fake.writes().isEmpty());
  }

  @Test
  void hungGetDuringTheReadyWait_endsAtTheTimeout_andSaysTheTargetStays() {
    fake.hang("GetGatewayTarget", 100);

    Run run = register("--timeout", "2");

    assertEquals(4, run.exit(), run.err());
    assertWithin(Duration.ofSeconds(2 + 3), run);
    String e = run.error();
    assertTrue(
        e.startsWith(
            "Error: Timed out after 2s waiting for target \"orders\" to become READY; last "
                + "status CREATING."),
        e);
    assertTrue(e.contains("The last GetGatewayTarget got no answer in time."), e);
    assertTrue(
        e.endsWith(
            "Target \"orders\" (TGT0000001) stays on the gateway, last seen CREATING; the "
                + "operation continues on the service side."),
        e);
  }

  @Test
  void hungCreate_endsAtTheTimeout_andSaysTheWriteMayHaveHappened() {
    fake.hang("CreateGatewayTarget", 100);

    Run run = register("--timeout", "2");

    assertEquals(4, run.exit(), run.err());
    assertWithin(Duration.ofSeconds(2 + 3), run);
    assertTrue(
        run.error()
            .endsWith(
                "CreateGatewayTarget was sent for target \"orders\" but its answer did not "
                    + "arrive: the change may or may not have been made, and may still be going on at the service."),
        run.err());
  }

  @Test
  void hungAttempt_isAbandonedAfterTheAttemptTimeout_andRetried() {
    fake.hang("GetGatewayTarget", 1);
    Fixtures.Capture out = new Fixtures.Capture();
    Fixtures.Capture err = new Fixtures.Capture();
    long start = System.nanoTime();

    int exit =
        new RegistrarCli(
                out.stream,
                err.stream,
                new RegistrarCli.Tuning(
                    b ->
                        b.pollInterval(Duration.ofMillis(10))
                            .attemptTimeout(Duration.ofMillis(500)),
                    Duration.ofMillis(20),
                    Duration.ofMillis(20)))
            .execute(
                new String[] {
                  "register",
                  "--gateway",
                  GATEWAY,
                  "--target",
                  TARGET,
                  "--lambda-arn",
                  LAMBDA_ARN,
                  "--schema",
                  schema,
                  "--timeout",
                  "20",
                  "--region",
                  "us-east-1",
                  "--endpoint-url",
                  fake.endpoint().toString()
                });

    Run run = new Run(exit, out.text(), err.text(), Duration.ofNanos(System.nanoTime() - start));
    assertEquals(0, run.exit(), run.err());
    assertWithin(Duration.ofSeconds(5), run);
    assertTrue(
        run.out()
            .contains(
                "No answer from AgentCore to GetGatewayTarget (connection failed or timed out); "
                    + "retrying (attempt 2)."),
        run.out());
    assertEquals("READY", fake.status(GATEWAY, TARGET));
  }

  // --- one retry layer
  // ------------------------------------------------------------------------------------------

  @Test
  void transient5xx_isRetriedWithBackoff_andConverges() {
    fake.fail("ListGatewayTargets", 3, 500, "InternalServerException")
        .fail("CreateGatewayTarget", 2, 503, "ServiceUnavailableException");

    Run run = register("--timeout", "20");

    assertEquals(0, run.exit(), run.err());
    assertWithin(Duration.ofSeconds(10), run);
    assertEquals(4, fake.count("ListGatewayTargets"), "3 failures, then the answer");
    assertEquals(3, fake.count("CreateGatewayTarget"), "2 failures, then the answer");
    assertEquals(1, fake.targetCount(GATEWAY));
    assertEquals("READY", fake.status(GATEWAY, TARGET));
    assertTrue(
        run.out()
            .contains("AgentCore answered ListGatewayTargets with HTTP 500; retrying (attempt 4)."),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "AgentCore answered CreateGatewayTarget with HTTP 503; retrying (attempt 3)."),
        run.out());
    assertEquals("", run.err());
  }

  @Test
  void persistent5xx_reportsTheTrueAttemptCount() {
    fake.fail("ListGatewayTargets", 1000, 500, "InternalServerException");

    Run run = register("--timeout", "30");

    assertEquals(5, run.exit(), run.err());
    assertWithin(Duration.ofSeconds(15), run);
    assertEquals(
        Retries.MAX_ATTEMPTS,
        fake.count("ListGatewayTargets"),
        "the SDK's attempts, no second layer");
    String e = run.error();
    assertTrue(
        e.startsWith(
            "Error: AgentCore failed ListGatewayTargets with HTTP 500 on all "
                + Retries.MAX_ATTEMPTS
                + " attempts: We encountered an internal error. Please try again. "
                + "(request id req-"),
        e);
    assertTrue(
        e.contains("check the AWS Health Dashboard for Amazon Bedrock AgentCore in us-east-1"), e);
    assertTrue(e.endsWith("Nothing was changed on the gateway."), e);
  }

  @Test
  void persistent5xx_withTheRealBackoff_stillEndsAtTheTimeout() {
    fake.fail("ListGatewayTargets", 1000, 500, "InternalServerException");
    Fixtures.Capture out = new Fixtures.Capture();
    Fixtures.Capture err = new Fixtures.Capture();
    long start = System.nanoTime();

    int exit =
        new RegistrarCli(out.stream, err.stream, RegistrarCli.Tuning.DEFAULT)
            .execute(
                new String[] {
                  "list",
                  "--gateway",
                  GATEWAY,
                  "--timeout",
                  "2",
                  "--region",
                  "us-east-1",
                  "--endpoint-url",
                  fake.endpoint().toString()
                });

    Run run = new Run(exit, out.text(), err.text(), Duration.ofNanos(System.nanoTime() - start));
    assertWithin(Duration.ofSeconds(2 + 3), run);
    assertEquals(4, run.exit(), run.err());
    assertTrue(
        run.error()
            .startsWith(
                "Error: Timed out after 2s (--timeout) waiting for AgentCore to answer "
                    + "ListGatewayTargets ("),
        run.err());
    assertTrue(fake.count("ListGatewayTargets") >= 2, "retried within the budget");
  }

  @Test
  void refusedCreate_saysNothingWasChanged() {
    fake.fail("CreateGatewayTarget", 1, 403, "AccessDeniedException");

    Run run = register("--timeout", "20");

    assertEquals(5, run.exit(), run.err());
    String e = run.error();
    assertTrue(
        e.startsWith(
            "Error: CreateGatewayTarget was denied: User: arn:aws:iam::123456789012:user/ci is not "
                + "authorized to perform: bedrock-agentcore:CreateGatewayTarget. (request id req-"),
        e);
    assertTrue(
        e.contains("The caller needs bedrock-agentcore:CreateGatewayTarget on the gateway."), e);
    assertTrue(e.endsWith("Nothing was changed on the gateway."), e);
    assertEquals(1, fake.count("CreateGatewayTarget"), "a refusal is not retried");
  }

  // --- races converge
  // -----------------------------------------------------------------------------------------

  @Test
  void createRace_withAnIdenticalTarget_convergesToNothingToDo() {
    fake.raceNextCreate(null);

    Run run = register("--timeout", "20");

    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.out()
            .contains(
                "CreateGatewayTarget conflicted: a target named \"orders\" was created "
                    + "meanwhile (another deployment?). Re-reading the gateway to continue from its state."),
        run.out());
    assertTrue(
        run.out().contains("Target \"orders\" (TGT0000001) is up to date (READY); nothing to do."),
        run.out());
    assertEquals(1, fake.count("CreateGatewayTarget"));
    assertEquals(0, fake.count("UpdateGatewayTarget"));
    assertEquals(1, fake.targetCount(GATEWAY));
    assertEquals("", run.err());
  }

  @Test
  void createRace_withADifferentTarget_convergesToAnUpdate() {
    fake.raceNextCreate(OTHER_ARN);

    Run run = register("--timeout", "20");

    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("CreateGatewayTarget conflicted"), run.out());
    assertTrue(
        run.out().contains("Updating target \"orders\" (TGT0000001), a full replace"), run.out());
    assertEquals(1, fake.count("UpdateGatewayTarget"));
    assertEquals(1, fake.targetCount(GATEWAY));
    assertEquals("READY", fake.status(GATEWAY, TARGET));
    String deployed =
        fake.writes()
            .get(fake.writes().size() - 1)
            .json()
            .at("/targetConfiguration/mcp/lambda/lambdaArn")
            .asText();
    assertEquals(LAMBDA_ARN, deployed, "the same end state as a single run");
  }

  @Test
  void updateConflict_reReadsTheGateway_andConverges() throws Exception {
    assertEquals(0, register("--timeout", "20").exit());
    schema = Fixtures.writeJson(dir, "orders-v2.json").toString();
    fake.fail("UpdateGatewayTarget", 1, 409, "ConflictException");

    Run run = register("--timeout", "20");

    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.out()
            .contains(
                "UpdateGatewayTarget conflicted: target \"orders\" changed meanwhile (another "
                    + "deployment?). Re-reading the gateway to continue from its state."),
        run.out());
    assertEquals(2, fake.count("UpdateGatewayTarget"));
    assertEquals("READY", fake.status(GATEWAY, TARGET));
  }

  @Test
  void twoRunsAtOnce_bothSucceed_withOneTarget() throws Exception {
    CompletableFuture<Run> first = CompletableFuture.supplyAsync(() -> register("--timeout", "20"));
    CompletableFuture<Run> second =
        CompletableFuture.supplyAsync(() -> register("--timeout", "20"));

    Run a = first.get(30, TimeUnit.SECONDS);
    Run b = second.get(30, TimeUnit.SECONDS);

    assertEquals(0, a.exit(), a.err());
    assertEquals(0, b.exit(), b.err());
    assertEquals(1, fake.targetCount(GATEWAY));
    assertEquals("READY", fake.status(GATEWAY, TARGET));
    assertEquals(0, fake.count("UpdateGatewayTarget"), "the same configuration: nothing to update");
  }

  @Test
  void conflictMessage_isOneSentencePerThought() {
    ConflictException conflict =
        (ConflictException)
            ConflictException.builder()
                .message("Target name already exists in this gateway.")
                .awsErrorDetails(
                    AwsErrorDetails.builder()
                        .errorCode("ConflictException")
                        .errorMessage("Target name already exists in this gateway.")
                        .build())
                .statusCode(409)
                .build();

    String m = Calls.translate("CreateGatewayTarget", conflict, 1, null, "us-east-1").getMessage();

    assertEquals(
        "CreateGatewayTarget conflicts with the target's current state: Target name already exists in "
            + "this gateway. Another operation may be in progress on this gateway; wait for it to finish and run "
            + "the command again.",
        m);
  }

  // --- a target that vanishes
  // -------------------------------------------------------------------------------

  @Test
  void targetDeletedDuringTheWait_isReportedAsGone_promptly() {
    fake.stall().vanishAfterGets(1); // one answer CREATING, then "not found" from then on

    Run run = register("--timeout", "30");

    assertEquals(3, run.exit(), run.err());
    assertWithin(Duration.ofSeconds(5), run);
    assertEquals(
        "Error: Target \"orders\" (TGT0000001) vanished while waiting for it to become READY: "
            + "GetGatewayTarget now answers \"not found\" (last status CREATING). Something else deleted it, e.g. "
            + "another pipeline's remove or the console; nothing of it is left on gateway "
            + GATEWAY
            + ". Find "
            + "out what removes it, then run register again to create it anew.",
        run.error());
    assertEquals(0, fake.targetCount(GATEWAY));
  }

  // --- a malformed body
  // -------------------------------------------------------------------------------------

  @Test
  void malformedBody_isOneReadableParagraph() {
    fake.malform("ListGatewayTargets", 1000);

    Run run = register("--timeout", "20");

    assertEquals(5, run.exit(), run.err());
    assertWithin(Duration.ofSeconds(10), run);
    String e = run.error();
    assertTrue(
        e.startsWith(
            "Error: The service returned a response to ListGatewayTargets that could not be read "
                + "(not the JSON the AgentCore API answers with)"),
        e);
    assertTrue(
        e.contains("Check that --endpoint-url and --region point at the AgentCore control plane"),
        e);
    assertTrue(e.endsWith("Nothing was changed on the gateway."), e);
  }

  @Test
  void malformedCreateAnswer_saysTheTargetMayExist_andARerunConverges() {
    fake.malform("CreateGatewayTarget", 1000);

    Run run = register("--timeout", "20");

    assertEquals(5, run.exit(), run.err());
    String e = run.error();
    assertTrue(
        e.startsWith(
            "Error: The service returned a response to CreateGatewayTarget that could not be "
                + "read (not the JSON the AgentCore API answers with) after "
                + Retries.MAX_ATTEMPTS
                + " attempts."),
        e);
    assertTrue(
        e.endsWith(
            "CreateGatewayTarget was sent for target \"orders\" but its answer did not arrive: the "
                + "change may or may not have been made, and may still be going on at the service."),
        e);
    assertEquals(1, fake.targetCount(GATEWAY), "the retries reused the clientToken");

    Run again = register("--timeout", "20");

    assertEquals(0, again.exit(), again.err());
    assertEquals(1, fake.targetCount(GATEWAY));
    assertTrue(again.out().contains("nothing to do"), again.out());
  }

  @Test
  void malformedCreateAnswerOnce_isRetriedWithTheSameClientToken() {
    fake.malform("CreateGatewayTarget", 1);

    Run run = register("--timeout", "20");

    assertEquals(0, run.exit(), run.err());
    assertEquals(2, fake.count("CreateGatewayTarget"));
    assertEquals(1, fake.targetCount(GATEWAY));
    assertEquals("READY", fake.status(GATEWAY, TARGET));
  }

  // --- signals
  // ------------------------------------------------------------------------------------------------

  @Test
  void sigterm_duringTheReadyWait_saysWhatIsLeftAndHowToResume() throws Exception {
    // ProcessHandle.destroy sends SIGTERM like Process.destroy, but leaves the pipes open for the
    // report.
    Interrupted run = interruptDuringTheWait(p -> p.toHandle().destroy());

    assertEquals(143, run.exit(), run.err());
    assertReport(run);
  }

  @Test
  void sigint_duringTheReadyWait_saysWhatIsLeftAndHowToResume() throws Exception {
    Interrupted run =
        interruptDuringTheWait(
            p -> {
              try {
                new ProcessBuilder("kill", "-INT", Long.toString(p.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
              } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });

    assertEquals(130, run.exit(), run.err());
    assertReport(run);
  }

  private void assertReport(Interrupted run) {
    assertTrue(
        run.elapsedAfterSignal().compareTo(Duration.ofSeconds(3)) < 0,
        "exits promptly: " + run.elapsedAfterSignal());
    String endpoint = fake.endpoint().toString();
    String expected =
        "Interrupted: register stopped while target \"orders\" (TGT0000001) was CREATING; the "
            + "operation continues on the service side. Check it with: java -jar toolwright-registrar.jar list "
            + "--gateway "
            + GATEWAY
            + " --region us-east-1 --endpoint-url "
            + endpoint
            + " -- and resume (it "
            + "waits for the target, then makes it match) with: java -jar toolwright-registrar.jar register "
            + "--gateway "
            + GATEWAY
            + " --target orders --lambda-arn "
            + LAMBDA_ARN
            + " --schema "
            + schema
            + " --timeout 60 --region us-east-1 --endpoint-url "
            + endpoint;
    assertTrue(run.err().contains(expected), run.err());
    assertEquals(1, run.err().split("Interrupted:", -1).length - 1, "printed once: " + run.err());
    assertEquals(
        "CREATING", fake.status(GATEWAY, TARGET), "the target is left as the message says");
  }

  private record Interrupted(int exit, String out, String err, Duration elapsedAfterSignal) {}

  /**
   * Runs register in a JVM of its own against a target that stays CREATING, and signals it while it
   * waits.
   */
  private Interrupted interruptDuringTheWait(java.util.function.Consumer<Process> signal)
      throws Exception {
    fake.stall();
    List<String> command = new ArrayList<>();
    if (resetsSigint()) {
      // A process started in the background may inherit SIGINT as ignored, and the JVM keeps it so.
      command.add("env");
      command.add("--default-signal=INT");
    }
    command.addAll(
        java(
            "register",
            "--gateway",
            GATEWAY,
            "--target",
            TARGET,
            "--lambda-arn",
            LAMBDA_ARN,
            "--schema",
            schema,
            "--timeout",
            "60",
            "--region",
            "us-east-1",
            "--endpoint-url",
            fake.endpoint().toString()));
    Process process = new ProcessBuilder(command).start();
    try {
      StringBuffer out = new StringBuffer();
      StringBuffer err = new StringBuffer();
      Thread outReader = pump(process.getInputStream(), out);
      Thread errReader = pump(process.getErrorStream(), err);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!out.toString().contains("CREATING")
          && process.isAlive()
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertTrue(out.toString().contains("CREATING"), "never got to the wait: " + out + err);
      long signalled = System.nanoTime();
      signal.accept(process);
      boolean ended = process.waitFor(10, TimeUnit.SECONDS);
      Duration after = Duration.ofNanos(System.nanoTime() - signalled);
      if (!ended) {
        Assumptions.abort("the signal was not delivered (ignored in this environment): " + err);
      }
      outReader.join(5000);
      errReader.join(5000);
      return new Interrupted(process.exitValue(), out.toString(), err.toString(), after);
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void aRunThatEnds_printsNoInterruptionReport() throws Exception {
    Process process =
        new ProcessBuilder(
                java(
                    "list",
                    "--gateway",
                    GATEWAY,
                    "--region",
                    "us-east-1",
                    "--endpoint-url",
                    fake.endpoint().toString()))
            .start();
    StringBuffer out = new StringBuffer();
    StringBuffer err = new StringBuffer();
    Thread outReader = pump(process.getInputStream(), out);
    Thread errReader = pump(process.getErrorStream(), err);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    outReader.join(5000);
    errReader.join(5000);

    assertEquals(0, process.exitValue(), err.toString());
    assertEquals("Gateway " + GATEWAY + " has no targets.\n", out.toString());
    assertEquals("", err.toString(), "the shutdown hook stays silent when the run ends by itself");
  }

  /** The command line that runs the registrar's main in a JVM of its own, with test credentials. */
  private static List<String> java(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daws.accessKeyId=AKIDTEST",
                "-Daws.secretAccessKey=secret",
                "-Daws.disableEc2Metadata=true",
                "-cp",
                classPath(),
                RegistrarCli.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isEmpty()
        ? surefire
        : System.getProperty("java.class.path");
  }

  private static boolean resetsSigint() {
    try {
      Process p =
          new ProcessBuilder("env", "--default-signal=INT", "true")
              .redirectErrorStream(true)
              .start();
      p.getInputStream().readAllBytes();
      return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static Thread pump(InputStream in, StringBuffer into) {
    Thread t =
        new Thread(
            () -> {
              try {
                byte[] buffer = new byte[4096];
                for (int n; (n = in.read(buffer)) > 0; ) {
                  into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
              } catch (IOException e) {
                // the process ended
              }
            });
    t.setDaemon(true);
    t.start();
    return t;
  }
}
