package dev.toolwright.registrar;

import static dev.toolwright.registrar.Fixtures.GATEWAY;
import static dev.toolwright.registrar.Fixtures.LAMBDA_ARN;
import static dev.toolwright.registrar.Fixtures.TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the command line end to end: argument parsing, the CLI's own client factory (default
 * credential chain, fed by system properties here; {@code --region}; {@code --endpoint-url} to the
 * fake), and exit codes.
 */
class RegistrarCliTest {

  private static final List<String> PROPERTIES =
      List.of(
          "aws.accessKeyId",
          "aws.secretAccessKey",
          "aws.disableEc2Metadata",
          "aws.configFile",
          "aws.sharedCredentialsFile");

  @TempDir Path dir;

  private FakeControlPlane fake;
  private Fixtures.Capture out;
  private Fixtures.Capture err;

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
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private int run(String... args) {
    out = new Fixtures.Capture();
    err = new Fixtures.Capture();
    return new RegistrarCli(
            out.stream,
            err.stream,
            new RegistrarCli.Tuning(
                b -> b.pollInterval(Duration.ofMillis(10)),
                Duration.ofMillis(20),
                Duration.ofMillis(20)))
        .execute(args);
  }

  private String[] withEndpoint(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--region", "us-east-1", "--endpoint-url", fake.endpoint().toString()));
    return all.toArray(new String[0]);
  }

  @Test
  void help_forTheProgramAndEachCommand() {
    assertEquals(0, run("--help"));
    String main = out.text();
    assertTrue(main.startsWith("Usage: java -jar toolwright-registrar.jar [-h] <command>"), main);
    for (String word :
        List.of(
            "register",
            "diff",
            "list",
            "remove",
            "Exit codes",
            "  3   the target ended",
            "  4   timed out",
            "130   interrupted by SIGINT",
            "143   interrupted by SIGTERM")) {
      assertTrue(main.contains(word), main);
    }
    assertEquals("", err.text());
    for (String command : List.of("register", "diff", "list", "remove")) {
      for (String help : List.of("--help", "-h")) {
        assertEquals(0, run(command, help), command);
        assertTrue(
            out.text().startsWith("Usage: java -jar toolwright-registrar.jar " + command),
            out.text());
        assertTrue(out.text().contains("--endpoint-url=<url>"), out.text());
        assertTrue(out.text().contains("--timeout=<duration>"), out.text());
        assertTrue(out.text().contains("Exit codes:"), out.text());
        assertTrue(
            out.text().contains("On SIGINT (Ctrl-C) or SIGTERM the run stops at once"), out.text());
        assertEquals("", err.text());
      }
    }
    run("register", "--help");
    assertTrue(out.text().contains("--lambda-arn=<arn>"), out.text());
    assertTrue(out.text().contains("--dry-run"), out.text());
    run("list", "--help");
    assertFalse(out.text().contains("--schema"), out.text());
  }

  @Test
  void usageErrors_exitWith2() {
    assertEquals(2, run());
    assertTrue(
        err.text().startsWith("Usage: java -jar toolwright-registrar.jar"),
        "the overview: " + err.text());
    assertEquals(2, run("deploy"));
    assertTrue(err.text().contains("unknown command \"deploy\""), err.text());
    assertEquals(2, run("list", "--gateway", GATEWAY, "--schema", "x.json"));
    assertTrue(err.text().contains("unknown option --schema for list"), err.text());
    assertEquals(2, run("register", "--gateway", GATEWAY));
    assertTrue(
        err.text()
            .contains(
                "Missing required options: '--target=<name>', '--schema=<file>', "
                    + "'--lambda-arn=<arn>'"),
        err.text());
    assertTrue(
        err.text().contains("Run 'java -jar toolwright-registrar.jar register --help' for usage."),
        err.text());
    assertEquals(2, run("list", "--gateway"));
    assertTrue(
        err.text().contains("Missing required parameter for option '--gateway' (<id>)"),
        err.text());
    assertEquals(2, run(withEndpoint("list", "--gateway", GATEWAY, "--timeout", "soon")));
    assertTrue(err.text().contains("--timeout \"soon\" is not a positive duration"), err.text());
    assertEquals(2, run("list", "--gateway", GATEWAY, "--endpoint-url", "localhost:9"));
    assertTrue(fake.requests().isEmpty());
  }

  @Test
  void registerDiffListRemove_endToEnd_withTheSchemaFromAJar() throws Exception {
    String jar = Fixtures.writeToolJar(dir, "orders-v1.json").toString();

    assertEquals(
        0,
        run(
            withEndpoint(
                "register",
                "--gateway",
                GATEWAY,
                "--target",
                TARGET,
                "--lambda-arn",
                LAMBDA_ARN,
                "--schema",
                jar,
                "--description",
                "Order tools")),
        err.text());
    assertTrue(out.text().contains("Creating target \"orders\""), out.text());
    assertTrue(out.text().contains("READY"), out.text());
    assertEquals(1, fake.writes().size());

    assertEquals(
        0,
        run(
            withEndpoint(
                "register",
                "--gateway",
                GATEWAY,
                "--target",
                TARGET,
                "--lambda-arn",
                LAMBDA_ARN,
                "--schema",
                jar,
                "--description",
                "Order tools")),
        err.text());
    assertTrue(out.text().contains("up to date"), out.text());
    assertEquals(1, fake.writes().size(), "second run writes nothing");

    assertEquals(
        0, run(withEndpoint("diff", "--gateway", GATEWAY, "--target", TARGET, "--schema", jar)));
    assertTrue(out.text().contains("is in sync with"), out.text());

    String v2 = Fixtures.writeJson(dir, "orders-v2.json").toString();
    assertEquals(
        1, run(withEndpoint("diff", "--gateway", GATEWAY, "--target", TARGET, "--schema", v2)));
    String drift = out.text();
    assertTrue(
        drift.contains("differs from " + v2 + ": 1 tool added, 1 tool removed, 1 tool changed"),
        drift);
    assertTrue(drift.contains("  ~ tool lookup_order"), drift);
    assertTrue(
        drift.contains("      ~ outputSchema.properties.total.type: \"number\" -> \"integer\""),
        drift);

    assertEquals(
        1,
        run(
            withEndpoint(
                "diff",
                "--gateway",
                GATEWAY,
                "--target",
                TARGET,
                "--schema",
                jar,
                "--lambda-arn",
                "arn:aws:lambda:us-east-1:123456789012:function:orders-tools:8")));
    assertTrue(out.text().contains("~ lambdaArn:"), out.text());

    assertEquals(0, run(withEndpoint("list", "--gateway", GATEWAY)));
    assertTrue(out.text().startsWith("NAME"), out.text());
    assertTrue(out.text().contains("orders  TGT0000001  READY   Order tools"), out.text());

    assertEquals(0, run(withEndpoint("remove", "--gateway", GATEWAY, "--target", TARGET)));
    assertTrue(out.text().contains("deleted"), out.text());
    assertEquals(0, run(withEndpoint("remove", "--gateway", GATEWAY, "--target", TARGET)));
    assertTrue(out.text().contains("nothing to remove"), out.text());
    assertEquals(0, run(withEndpoint("list", "--gateway", GATEWAY)));
    assertTrue(out.text().contains("has no targets"), out.text());
    assertEquals(
        1, run(withEndpoint("diff", "--gateway", GATEWAY, "--target", TARGET, "--schema", jar)));
    assertTrue(out.text().contains("target not deployed"), out.text());
  }

  @Test
  void failedTarget_exitsWith3_andPrintsReasonsAndFix() throws Exception {
    fake.failNextWrite(
        "FAILED", "Access denied: role is not authorized to perform lambda:InvokeFunction");
    String json = Fixtures.writeJson(dir, "orders-v1.json").toString();

    int code =
        run(
            withEndpoint(
                "register",
                "--gateway",
                GATEWAY,
                "--target",
                TARGET,
                "--lambda-arn",
                LAMBDA_ARN,
                "--schema",
                json,
                "--timeout",
                "30s"));

    assertEquals(3, code);
    String e = err.text();
    assertTrue(e.startsWith("Error: Target \"orders\""), e);
    assertTrue(
        e.contains("  - Access denied: role is not authorized to perform lambda:InvokeFunction"),
        e);
    assertTrue(
        e.contains(
            "Grant it lambda:InvokeFunction on arn:aws:lambda:us-east-1:123456789012:function:"
                + "orders-tools and arn:aws:lambda:us-east-1:123456789012:function:orders-tools:*"),
        e);
    assertFalse(e.contains("\tat "), "no stack trace: " + e);
    assertTrue(out.text().contains("FAILED"), out.text());
  }

  @Test
  void timeout_exitsWith4() throws Exception {
    fake.stall();
    String json = Fixtures.writeJson(dir, "orders-v1.json").toString();

    assertEquals(
        4,
        run(
            withEndpoint(
                "register",
                "--gateway",
                GATEWAY,
                "--target",
                TARGET,
                "--lambda-arn",
                LAMBDA_ARN,
                "--schema",
                json,
                "--timeout",
                "1")));
    assertTrue(err.text().contains("Timed out after 1s"), err.text());
  }

  @Test
  void unknownGateway_exitsWith5() {
    assertEquals(5, run(withEndpoint("list", "--gateway", "other-gateway-0123456789")));
    assertTrue(err.text().contains("Gateway other-gateway-0123456789 was not found"), err.text());
  }

  @Test
  void dryRun_writesNothing() throws Exception {
    String json = Fixtures.writeJson(dir, "orders-v1.json").toString();

    assertEquals(
        0,
        run(
            withEndpoint(
                "register",
                "--dry-run",
                "--gateway",
                GATEWAY,
                "--target",
                TARGET,
                "--lambda-arn",
                LAMBDA_ARN,
                "--schema",
                json)));

    assertTrue(out.text().contains("Dry run: would create target \"orders\""), out.text());
    assertTrue(fake.writes().isEmpty());
    assertFalse(fake.requests().isEmpty(), "a dry run still reads");
  }

  @Test
  void invalidNames_exitWith2_beforeAnyHttpCall() throws Exception {
    String json = Fixtures.writeJson(dir, "orders-v1.json").toString();

    assertEquals(
        2,
        run(
            withEndpoint(
                "register",
                "--gateway",
                "my_gateway",
                "--target",
                "orders_v1",
                "--lambda-arn",
                LAMBDA_ARN,
                "--schema",
                json)));
    assertTrue(err.text().contains("Gateway identifier \"my_gateway\" is not valid"), err.text());
    assertTrue(err.text().contains("Target name \"orders_v1\" is not valid"), err.text());

    String longTarget = "a".repeat(47);
    assertEquals(
        2,
        run(
            withEndpoint(
                "register",
                "--gateway",
                GATEWAY,
                "--target",
                longTarget,
                "--lambda-arn",
                LAMBDA_ARN,
                "--schema",
                json)));
    assertTrue(err.text().contains("Tool \"list_recent_orders\" is too long"), err.text());

    assertEquals(
        2,
        run(
            withEndpoint(
                "register",
                "--gateway",
                GATEWAY,
                "--target",
                TARGET,
                "--lambda-arn",
                LAMBDA_ARN,
                "--schema",
                dir.resolve("missing.jar").toString())));
    assertTrue(err.text().contains("does not exist"), err.text());

    String rejected = Fixtures.writeJson(dir, "not-accepted.json").toString();
    assertEquals(
        2,
        run(
            withEndpoint(
                "register",
                "--gateway",
                GATEWAY,
                "--target",
                "orders_v1",
                "--lambda-arn",
                "arn:aws:lambda:us-east-1:123456789012:function:orders-tools:live",
                "--schema",
                rejected)));
    String both = err.text();
    assertTrue(both.startsWith("Error: 2 problems found:"), both);
    assertTrue(both.contains("  - Target name \"orders_v1\" is not valid"), both);
    assertTrue(
        both.contains("    - search.inputSchema.properties.status: \"enum\" is not accepted"),
        both);

    assertTrue(fake.requests().isEmpty(), "no HTTP call: " + fake.requests());
  }

  @Test
  void profile_suppliesCredentialsAndRegion() throws Exception {
    Assumptions.assumeTrue(
        System.getenv("AWS_REGION") == null && System.getenv("AWS_DEFAULT_REGION") == null,
        "an AWS_REGION in the environment would win over the profile's region");
    Path config = Files.writeString(dir.resolve("config"), "[profile tools]\nregion = eu-west-1\n");
    Path credentials =
        Files.writeString(
            dir.resolve("credentials"),
            "[tools]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret\n");
    System.setProperty("aws.configFile", config.toString());
    System.setProperty("aws.sharedCredentialsFile", credentials.toString());
    try {
      assertEquals(
          0,
          run(
              "list",
              "--gateway",
              GATEWAY,
              "--profile",
              "tools",
              "--endpoint-url",
              fake.endpoint().toString()),
          err.text());
    } finally {
      System.clearProperty("aws.configFile");
      System.clearProperty("aws.sharedCredentialsFile");
    }
    String authorization = fake.requests().get(0).authorization();
    assertTrue(authorization.contains("Credential=AKIDPROFILE/"), authorization);
    assertTrue(authorization.contains("/eu-west-1/bedrock-agentcore/aws4_request"), authorization);
  }

  @Test
  void unqualifiedArn_warnsAboutSnapStart() throws Exception {
    String json = Fixtures.writeJson(dir, "orders-v1.json").toString();

    assertEquals(
        0,
        run(
            withEndpoint(
                "register",
                "--gateway",
                GATEWAY,
                "--target",
                TARGET,
                "--lambda-arn",
                "arn:aws:lambda:us-east-1:123456789012:function:orders-tools",
                "--schema",
                json)));

    assertTrue(
        out.text()
            .contains(
                "Warning: arn:aws:lambda:us-east-1:123456789012:function:orders-tools is not "
                    + "qualified"),
        out.text());
  }
}
