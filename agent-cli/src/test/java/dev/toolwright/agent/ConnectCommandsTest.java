package dev.toolwright.agent;

import static dev.toolwright.agent.FakeAuthServer.CLIENT_ID;
import static dev.toolwright.agent.FakeAuthServer.SCOPE;
import static dev.toolwright.agent.FakeAuthServer.SECRET;
import static dev.toolwright.agent.FakeAuthServer.TOKEN;
import static dev.toolwright.agent.FakeAuthServer.USER_POOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code token} and {@code curl} commands end to end on loopback: the secret from the
 * environment or from Cognito's DescribeUserPoolClient (the real SDK client against a fake), the
 * token in an owner-only file or on stdout only when asked, exit codes, and neither the secret nor
 * (unless asked) the token in anything printed.
 */
class ConnectCommandsTest {

  private static final List<String> PROPERTIES =
      List.of("aws.accessKeyId", "aws.secretAccessKey", "aws.disableEc2Metadata");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;

  private FakeAuthServer auth;
  private final Map<String, String> env = new HashMap<>();
  private Capture out;
  private Capture err;

  @BeforeAll
  static void testCredentials() {
    System.setProperty("aws.accessKeyId", "AKIDTEST");
    System.setProperty("aws.secretAccessKey", "aws-test-secret");
    System.setProperty("aws.disableEc2Metadata", "true");
  }

  @AfterAll
  static void clearCredentials() {
    PROPERTIES.forEach(System::clearProperty);
  }

  @BeforeEach
  void start() throws Exception {
    auth = new FakeAuthServer();
  }

  @AfterEach
  void stop() {
    auth.close();
  }

  private int run(String... args) {
    out = new Capture();
    err = new Capture();
    return AgentCli.run(args, out.stream, err.stream, env, home);
  }

  /** A PrintStream that remembers what was printed. */
  static final class Capture {
    private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    final java.io.PrintStream stream =
        new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);

    String text() {
      return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private String[] token(String... more) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "token",
                "--token-endpoint",
                auth.tokenEndpoint().toString(),
                "--client-id",
                CLIENT_ID,
                "--scope",
                SCOPE));
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }

  private void assertNothingSecretPrinted() {
    for (String text : List.of(out.text(), err.text())) {
      assertFalse(text.contains(SECRET), "the client secret was printed: " + text);
    }
  }

  @Test
  void secretFromTheEnvironment_tokenToAnOwnerOnlyFile_notPrinted() throws Exception {
    env.put("TOOLWRIGHT_CLIENT_SECRET", SECRET);
    Path file = home.resolve("tokens/gateway.token");

    assertEquals(0, run(token("--output", file.toString())), err.text());

    assertEquals(TOKEN + "\n", Files.readString(file));
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
    String o = out.text();
    assertTrue(
        o.startsWith(
            "Got an access token for client " + CLIENT_ID + " (Bearer, expires in 60 min, at "),
        o);
    assertTrue(
        o.contains(
            "Written to "
                + file
                + " (readable only by you). Use it:\n  export TOOLWRIGHT_TOKEN=\"$(cat '"
                + file
                + "')\""),
        o);
    assertTrue(o.contains("curl --gateway-url"), o);
    assertFalse(o.contains(TOKEN), "the token is printed only with --print-token");
    assertNothingSecretPrinted();
    assertEquals("", err.text());
  }

  @Test
  void withoutOutputOrPrint_theTokenGoesToTheHomeFolder() throws Exception {
    env.put("TOOLWRIGHT_CLIENT_SECRET", SECRET);
    assertEquals(0, run(token()), err.text());
    assertEquals(TOKEN + "\n", Files.readString(home.resolve(".toolwright/access-token")));
    assertFalse(out.text().contains(TOKEN));
    assertNothingSecretPrinted();
  }

  @Test
  void printToken_putsTheTokenAloneOnStdout() {
    env.put("TOOLWRIGHT_CLIENT_SECRET", SECRET);
    assertEquals(0, run(token("--print-token")), err.text());
    assertEquals(TOKEN + "\n", out.text(), "stdout is exactly the token, for export VAR=$(...)");
    assertTrue(err.text().contains("Got an access token"), err.text());
    assertFalse(Files.exists(home.resolve(".toolwright")), "no file unless --output is given too");
    assertNothingSecretPrinted();
  }

  @Test
  void invalidClient_exitsWith3_andPrintsNoSecret() {
    env.put("TOOLWRIGHT_CLIENT_SECRET", "not-" + SECRET);
    auth.echoSecretInErrors().invalidClientWith(401);
    assertEquals(3, run(token()));
    String e = err.text();
    assertTrue(
        e.startsWith(
            "Error: The token endpoint rejected the client credentials (HTTP 401, invalid_client"),
        e);
    assertFalse(e.contains("not-" + SECRET), e);
    assertNothingSecretPrinted();
    assertEquals("", out.text());
  }

  @Test
  void noSecret_exitsWith2_beforeAnyRequest() {
    assertEquals(2, run(token()));
    assertTrue(
        err.text()
            .contains("No client secret: set TOOLWRIGHT_CLIENT_SECRET, or pass --user-pool-id"),
        err.text());
    env.put("TOOLWRIGHT_CLIENT_SECRET", SECRET);
    assertEquals(2, run(token("--region", "us-east-1")));
    assertTrue(err.text().contains("--region applies only with --user-pool-id"), err.text());
    assertEquals(
        2,
        run(
            "token",
            "--token-endpoint",
            "http://auth.example.com/oauth2/token",
            "--client-id",
            CLIENT_ID));
    assertTrue(err.text().contains("uses plain http"), err.text());
    assertEquals(2, run(token("--user-pool-id", "not-a-pool")));
    assertTrue(err.text().contains("User pool id \"not-a-pool\" is not valid"), err.text());
    assertEquals(2, run("token", "--client-id", CLIENT_ID));
    assertTrue(
        err.text().contains("Missing required option: '--token-endpoint=<url>'"), err.text());
    assertEquals(2, run(token("--client-secret", SECRET)));
    assertTrue(
        err.text().contains("unknown option --client-secret for token"),
        "never a secret on the command line");
    assertNothingSecretPrinted();
    assertTrue(auth.requests().isEmpty(), auth.requests().toString());
  }

  @Test
  void userPoolId_readsTheSecretFromCognito_withTheRealSdkClient() throws Exception {
    assertEquals(
        0,
        run(
            token(
                "--user-pool-id",
                USER_POOL,
                "--endpoint-url",
                auth.cognitoEndpoint().toString(),
                "--print-token")),
        err.text());
    assertEquals(TOKEN + "\n", out.text());
    assertTrue(
        err.text()
            .startsWith(
                "Read the client secret of "
                    + CLIENT_ID
                    + " from Cognito "
                    + "(DescribeUserPoolClient, user pool "
                    + USER_POOL
                    + ")."),
        err.text());
    assertNothingSecretPrinted();

    FakeAuthServer.Request describe = auth.requests().get(0);
    assertEquals("/", describe.path());
    assertEquals(
        "AWSCognitoIdentityProviderService.DescribeUserPoolClient",
        describe.headers().get("x-amz-target"));
    assertTrue(describe.headers().get("content-type").startsWith("application/x-amz-json-1.1"));
    assertTrue(
        describe.headers().get("authorization").contains("/us-east-1/cognito-idp/aws4_request"),
        "signed for the user pool's region: " + describe.headers().get("authorization"));
    JsonNode body = JSON.readTree(describe.body());
    assertEquals(USER_POOL, body.get("UserPoolId").asText());
    assertEquals(CLIENT_ID, body.get("ClientId").asText());
    assertEquals("/oauth2/token", auth.requests().get(1).path());
  }

  @Test
  void userPoolId_unknownClientOrNoSecret_exitsWith3() {
    String[] args = {
      "token",
      "--token-endpoint",
      auth.tokenEndpoint().toString(),
      "--client-id",
      "otherclient",
      "--user-pool-id",
      USER_POOL,
      "--endpoint-url",
      auth.cognitoEndpoint().toString()
    };
    assertEquals(3, run(args));
    assertTrue(
        err.text()
            .startsWith("Error: Cognito has no app client otherclient in user pool " + USER_POOL),
        err.text());

    auth.cognitoSecret(null);
    assertEquals(
        3,
        run(
            token(
                "--user-pool-id", USER_POOL, "--endpoint-url", auth.cognitoEndpoint().toString())));
    assertTrue(err.text().contains("has no secret (GenerateSecret was false)"), err.text());
    assertTrue(auth.requests().stream().noneMatch(r -> r.path().equals("/oauth2/token")));
  }

  @Test
  void userPoolId_cognitoThatDoesNotAnswer_endsAtTheTimeout() {
    auth.stall();
    long start = System.nanoTime();
    assertEquals(
        3,
        run(
            token(
                "--user-pool-id",
                USER_POOL,
                "--endpoint-url",
                auth.cognitoEndpoint().toString(),
                "--timeout",
                "1")));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 4000, "took " + millis + " ms");
    assertTrue(
        err.text()
            .startsWith(
                "Error: Cognito did not answer DescribeUserPoolClient within 1s (--timeout)."),
        err.text());
    assertNothingSecretPrinted();
  }

  @Test
  void curl_printsOnlyTheCommand_andHintsWhenTheVariableIsUnset() {
    String url =
        "https://toolwright-examples-abcde12345.gateway.bedrock-agentcore.us-east-1.amazonaws.com/mcp";
    assertEquals(0, run("curl", "--gateway-url", url));
    assertEquals(
        McpCurl.toolsList(java.net.URI.create(url), "TOOLWRIGHT_TOKEN") + "\n", out.text());
    assertTrue(err.text().startsWith("Note: TOOLWRIGHT_TOKEN is not set here."), err.text());

    env.put("GW_TOKEN", TOKEN);
    assertEquals(
        0,
        run(
            "curl",
            "--gateway-url",
            url,
            "--token-env",
            "GW_TOKEN",
            "--tool",
            "examples___add",
            "--arguments",
            "{\"a\":2,\"b\":3}"));
    assertTrue(out.text().contains("${GW_TOKEN:?"), out.text());
    assertTrue(out.text().contains("\"method\":\"tools/call\""), out.text());
    assertFalse(
        out.text().contains(TOKEN), "the command reads the variable; it never embeds the token");
    assertEquals("", err.text());

    assertEquals(2, run("curl", "--gateway-url", url, "--arguments", "{}"));
    assertTrue(err.text().contains("--arguments needs --tool"), err.text());
    assertEquals(2, run("curl", "--gateway-url", url, "--region", "us-east-1"));
    assertTrue(err.text().contains("unknown option --region for curl"), err.text());
  }

  @Test
  void help_listsTheCommands_andEachHelpExitsWith0() {
    assertEquals(0, run("--help"));
    assertTrue(out.text().contains("  token "), out.text());
    assertTrue(out.text().contains("  curl "), out.text());
    assertTrue(out.text().contains("Exit codes:"), out.text());
    for (String help : List.of("--help", "-h")) {
      assertEquals(0, run("token", help));
      assertTrue(
          out.text().startsWith("Usage: java -jar toolwright-agent-cli.jar token "), out.text());
      for (String option :
          List.of(
              "--token-endpoint=<url>",
              "--client-id=<id>",
              "--scope=<scope>",
              "--user-pool-id=<id>",
              "--output=<file>",
              "--print-token",
              "--region=<region>",
              "--timeout=<duration>",
              "Exit codes:",
              "  3   could not connect")) {
        assertTrue(out.text().contains(option), option + " in " + out.text());
      }
      assertEquals(0, run("curl", help));
      assertTrue(
          out.text().startsWith("Usage: java -jar toolwright-agent-cli.jar curl "), out.text());
      assertTrue(out.text().contains("--gateway-url=<url>"), out.text());
      assertFalse(out.text().contains("--endpoint-url"), "curl calls nothing: " + out.text());
      assertEquals("", err.text());
    }
    assertEquals(2, run("token", "--timeout", "soon"));
    assertTrue(err.text().contains("--timeout \"soon\" is not a positive duration"), err.text());
  }
}
