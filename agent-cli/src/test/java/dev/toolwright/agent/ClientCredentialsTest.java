package dev.toolwright.agent;

import static dev.toolwright.agent.FakeAuthServer.CLIENT_ID;
import static dev.toolwright.agent.FakeAuthServer.SCOPE;
import static dev.toolwright.agent.FakeAuthServer.SECRET;
import static dev.toolwright.agent.FakeAuthServer.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client-credentials grant against a loopback token endpoint shaped like Cognito's. */
class ClientCredentialsTest {

  private FakeAuthServer auth;

  @BeforeEach
  void start() throws Exception {
    auth = new FakeAuthServer();
  }

  @AfterEach
  void stop() {
    auth.close();
  }

  private ClientCredentials.Builder request(String secret) {
    return ClientCredentials.builder(auth.tokenEndpoint(), CLIENT_ID, secret)
        .timeout(Duration.ofSeconds(10));
  }

  @Test
  void success_postsTheFormWithBasicAuthentication_andReadsTheAnswer() {
    Instant now = Instant.parse("2026-11-22T12:00:00Z");
    AccessToken token =
        request(SECRET).scope(SCOPE).clock(Clock.fixed(now, ZoneOffset.UTC)).build().fetch();

    assertEquals(TOKEN, token.value());
    assertEquals("Bearer", token.tokenType());
    assertEquals(Duration.ofHours(1), token.expiresIn());
    assertEquals(Instant.parse("2026-11-22T13:00:00Z"), token.expiresAt());
    assertNull(token.scope(), "Cognito does not echo the scope");
    assertFalse(token.toString().contains(TOKEN), token.toString());

    assertEquals(1, auth.requests().size());
    FakeAuthServer.Request sent = auth.requests().get(0);
    assertEquals("POST", sent.method());
    assertEquals("/oauth2/token", sent.path());
    assertEquals("application/x-www-form-urlencoded", sent.headers().get("content-type"));
    assertEquals(
        "Basic "
            + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8)),
        sent.headers().get("authorization"));
    assertEquals(Map.of("grant_type", "client_credentials", "scope", SCOPE), sent.form());
    assertFalse(
        sent.body().contains(SECRET), "the secret travels only in the Authorization header");
  }

  @Test
  void withoutScope_asksForEveryScopeTheClientMayUse() {
    request(SECRET).build().fetch();
    assertEquals(Map.of("grant_type", "client_credentials"), auth.requests().get(0).form());
  }

  @Test
  void invalidClient_400or401_saysWhatToCheck_withoutTheSecret() {
    for (int status : new int[] {400, 401}) {
      auth.invalidClientWith(status);
      AgentException e =
          assertThrows(AgentException.class, () -> request("wrong-" + SECRET).build().fetch());
      assertEquals(AgentException.Kind.FAILED, e.kind());
      assertTrue(
          e.getMessage()
              .startsWith(
                  "The token endpoint rejected the client credentials (HTTP "
                      + status
                      + ", invalid_client). Check --client-id"),
          e.getMessage());
      assertTrue(
          e.getMessage().contains("TOOLWRIGHT_CLIENT_SECRET, or --user-pool-id"), e.getMessage());
      assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    }
  }

  @Test
  void anEchoedSecretIsMasked() {
    auth.echoSecretInErrors();
    String wrong = "Wrong-Secret-0123456789";
    AgentException e = assertThrows(AgentException.class, () -> request(wrong).build().fetch());
    assertTrue(
        e.getMessage().contains("invalid_client: Client secret '****' does not match"),
        e.getMessage());
    assertFalse(e.getMessage().contains(wrong), e.getMessage());
  }

  @Test
  void invalidScope_andOtherRefusals() {
    AgentException scope =
        assertThrows(
            AgentException.class, () -> request(SECRET).scope("other/scope").build().fetch());
    assertTrue(
        scope
            .getMessage()
            .contains(
                "does not grant the scope \"other/scope\" to this client (HTTP 400, "
                    + "invalid_scope). Use the stack's Scope output"),
        scope.getMessage());
  }

  @Test
  void notATokenEndpoint_pointsAtTheOutput() {
    AgentException notFound =
        assertThrows(
            AgentException.class,
            () ->
                ClientCredentials.builder(auth.url("/wrong/path"), CLIENT_ID, SECRET)
                    .build()
                    .fetch());
    assertEquals(
        "The token endpoint answered HTTP 404. Is --token-endpoint the stack's TokenEndpoint output "
            + "(https://<domain>.auth.<region>.amazoncognito.com/oauth2/token)?",
        notFound.getMessage());
  }

  @Test
  void redirectsAreNotFollowed_soTheCredentialsGoNowhereElse() {
    AgentException e =
        assertThrows(
            AgentException.class,
            () ->
                ClientCredentials.builder(auth.url("/redirect"), CLIENT_ID, SECRET)
                    .build()
                    .fetch());
    assertTrue(e.getMessage().startsWith("The token endpoint answered HTTP 302."), e.getMessage());
    assertTrue(
        auth.requests().stream().noneMatch(r -> r.path().equals("/captured")),
        auth.requests().toString());
  }

  @Test
  void plainHttpOnlyToLoopback_andNothingIsSentOtherwise() {
    for (String bad :
        new String[] {
          "http://auth.example.com/oauth2/token",
          "ftp://127.0.0.1/x",
          "not a url",
          "https://user:pw@auth.example.com/oauth2/token"
        }) {
      AgentException e =
          assertThrows(
              AgentException.class, () -> ClientCredentials.checkEndpoint(bad, "--token-endpoint"));
      assertEquals(AgentException.Kind.INVALID_INPUT, e.kind(), bad);
    }
    assertEquals(
        URI.create("https://toolwright-x.auth.us-east-1.amazoncognito.com/oauth2/token"),
        ClientCredentials.checkEndpoint(
            "https://toolwright-x.auth.us-east-1.amazoncognito.com/oauth2/token",
            "--token-endpoint"));
    ClientCredentials.checkEndpoint("http://localhost:9/oauth2/token", "--token-endpoint");
    ClientCredentials.checkEndpoint("http://[::1]:9/oauth2/token", "--token-endpoint");
    assertThrows(
        AgentException.class,
        () ->
            ClientCredentials.checkEndpoint("http://127.0.0.1.example.com/t", "--token-endpoint"));
    assertTrue(auth.requests().isEmpty());
  }

  @Test
  void badClientIdOrScope_isRejectedBeforeSending() {
    assertThrows(
        AgentException.class,
        () -> ClientCredentials.builder(auth.tokenEndpoint(), "a b", SECRET).build());
    assertThrows(AgentException.class, () -> request(SECRET).scope("bad\"scope").build());
    assertThrows(AgentException.class, () -> request("").build());
    assertTrue(auth.requests().isEmpty());
  }

  @Test
  void timeoutAndRefusedConnection_areReportedAsSuch() throws Exception {
    auth.stall();
    AgentException slow =
        assertThrows(
            AgentException.class,
            () -> request(SECRET).timeout(Duration.ofMillis(500)).build().fetch());
    assertEquals(AgentException.Kind.FAILED, slow.kind(), slow.getMessage());
    assertTrue(slow.getMessage().contains("did not answer within"), slow.getMessage());

    int closedPort;
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      closedPort = socket.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/oauth2/token");
    AgentException refused =
        assertThrows(
            AgentException.class,
            () -> ClientCredentials.builder(nowhere, CLIENT_ID, SECRET).build().fetch());
    assertEquals(AgentException.Kind.FAILED, refused.kind());
    assertTrue(
        refused.getMessage().startsWith("Cannot connect to the token endpoint " + nowhere),
        refused.getMessage());
  }
}
