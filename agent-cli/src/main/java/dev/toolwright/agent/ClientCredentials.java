package dev.toolwright.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Gets an access token with the OAuth 2.0 client-credentials grant (RFC 6749, section 4.4), as an
 * agent does before it calls a gateway whose authorizer is CUSTOM_JWT: {@code POST} to the token
 * endpoint, form-encoded {@code grant_type=client_credentials} (and {@code scope} when given), the
 * client id and secret in HTTP Basic authentication.
 *
 * <p>The secret is sent only in the {@code Authorization} header, only over HTTPS (plain HTTP only
 * to a loopback address, for tests), never after a redirect, and never appears in a message: error
 * texts the endpoint returns are shown with the secret masked.
 *
 * <pre>{@code
 * AccessToken token = ClientCredentials.builder(URI.create(tokenEndpoint), clientId, secret)
 *         .scope("toolwright-gateway/invoke").build().fetch();
 * }</pre>
 */
public final class ClientCredentials {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ERROR_TEXT = 300;

  private final URI tokenEndpoint;
  private final String clientId;
  private final String clientSecret;
  private final String scope;
  private final Duration timeout;
  private final HttpClient http;
  private final Clock clock;

  private ClientCredentials(Builder b) {
    this.tokenEndpoint = b.tokenEndpoint;
    this.clientId = b.clientId;
    this.clientSecret = b.clientSecret;
    this.scope = b.scope;
    this.timeout = b.timeout;
    this.clock = b.clock;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(
                b.timeout.compareTo(Duration.ofSeconds(10)) < 0
                    ? b.timeout
                    : Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Starts a request for a token.
   *
   * @param tokenEndpoint e.g. {@code https://<domain>.auth.<region>.amazoncognito.com/oauth2/token}
   * @param clientId the app client's id
   * @param clientSecret the app client's secret
   */
  public static Builder builder(URI tokenEndpoint, String clientId, String clientSecret) {
    return new Builder(tokenEndpoint, clientId, clientSecret);
  }

  /**
   * Checks that a token endpoint may receive client credentials: an absolute {@code https} URL, or
   * {@code http} to a loopback address.
   *
   * @throws AgentException of kind {@code INVALID_INPUT} otherwise
   */
  public static URI checkEndpoint(String text, String what) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      uri = null;
    }
    if (uri == null
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
      throw new AgentException(
          AgentException.Kind.INVALID_INPUT,
          what
              + " \""
              + text
              + "\" is not an "
              + "https URL such as https://<domain>.auth.<region>.amazoncognito.com/oauth2/token.");
    }
    if ("http".equals(uri.getScheme()) && !isLoopback(uri.getHost())) {
      throw new AgentException(
          AgentException.Kind.INVALID_INPUT,
          what
              + " \""
              + text
              + "\" uses plain "
              + "http: credentials and tokens go only over https (http is allowed only to a loopback address).");
    }
    return uri;
  }

  static boolean isLoopback(String host) {
    String h =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    // Only literal addresses: no DNS lookup decides whether a secret may travel unencrypted.
    if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * Asks the token endpoint for a token.
   *
   * @throws AgentException {@code FAILED} when the endpoint refuses (with the OAuth error and what
   *     usually fixes it), cannot be reached or does not answer in time
   */
  public AccessToken fetch() {
    String form =
        "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + formEncode(scope));
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (formEncode(clientId) + ":" + formEncode(clientSecret))
                    .getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(tokenEndpoint)
            .timeout(timeout)
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new AgentException(
          AgentException.Kind.FAILED,
          "The token endpoint "
              + tokenEndpoint
              + " did not answer within "
              + timeout.toSeconds()
              + "s.",
          e);
    } catch (ConnectException e) {
      throw new AgentException(
          AgentException.Kind.FAILED,
          "Cannot connect to the token endpoint "
              + tokenEndpoint
              + ". Check --token-endpoint (the stack's TokenEndpoint output).",
          e);
    } catch (IOException e) {
      throw unreachable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AgentException(
          AgentException.Kind.FAILED, "Interrupted while waiting for a token.", e);
    }
    return answer(
        response.statusCode(),
        response.body(),
        response.headers().firstValue("Content-Type").orElse(""));
  }

  private AgentException unreachable(IOException e) {
    Throwable cause = e;
    while (cause != null && !(cause instanceof UnknownHostException)) {
      cause = cause.getCause();
    }
    if (cause != null) {
      return new AgentException(
          AgentException.Kind.FAILED,
          "Cannot resolve "
              + tokenEndpoint.getHost()
              + ". A new Cognito domain can take a minute or two to resolve (DNS "
              + "propagation): wait and run the command again. Otherwise check --token-endpoint (the stack's "
              + "TokenEndpoint output).",
          e);
    }
    return new AgentException(
        AgentException.Kind.FAILED,
        "Could not reach the token endpoint "
            + tokenEndpoint
            + ": "
            + mask(String.valueOf(e.getMessage())),
        e);
  }

  private AccessToken answer(int status, String body, String contentType) {
    JsonNode json = null;
    try {
      json = body == null || body.isBlank() ? null : JSON.readTree(body);
    } catch (IOException e) {
      // not JSON: reported below
    }
    if (status / 100 == 2) {
      JsonNode token = json == null ? null : json.get("access_token");
      if (token == null || !token.isTextual() || token.asText().isEmpty()) {
        throw new AgentException(
            AgentException.Kind.FAILED,
            "The token endpoint answered HTTP "
                + status
                + " without an access_token"
                + (contentType.isEmpty() ? "" : " (" + contentType + ")")
                + ". Is --token-endpoint the OAuth token endpoint (…/oauth2/token)?");
      }
      JsonNode expires = json.get("expires_in");
      Duration expiresIn =
          expires != null && expires.canConvertToLong() && expires.asLong() > 0
              ? Duration.ofSeconds(expires.asLong())
              : null;
      JsonNode type = json.get("token_type");
      JsonNode granted = json.get("scope");
      return new AccessToken(
          token.asText(),
          type == null ? null : type.asText(),
          expiresIn,
          Instant.now(clock),
          granted == null || !granted.isTextual() ? null : granted.asText());
    }
    String error =
        json != null && json.path("error").isTextual() ? json.get("error").asText() : null;
    String description =
        json != null && json.path("error_description").isTextual()
            ? json.get("error_description").asText()
            : null;
    if (error == null) {
      String hint =
          status == 404 || status == 405
              ? " Is --token-endpoint the stack's TokenEndpoint output (https://<domain>.auth.<region>."
                  + "amazoncognito.com/oauth2/token)?"
              : status >= 500 ? " The identity provider failed; try again in a moment." : "";
      return failWith("The token endpoint answered HTTP " + status + "." + hint);
    }
    String said =
        "(HTTP "
            + status
            + ", "
            + clip(error)
            + (description == null ? "" : ": " + clip(description))
            + ")";
    switch (error) {
      case "invalid_client":
        return failWith(
            "The token endpoint rejected the client credentials "
                + said
                + ". Check --client-id "
                + "(the stack's ClientId output) and the secret: TOOLWRIGHT_CLIENT_SECRET, or --user-pool-id "
                + "to read it from Cognito. An app client without a secret cannot use client credentials.");
      case "invalid_scope":
        return failWith(
            "The token endpoint does not grant the scope "
                + (scope == null ? "requested" : "\"" + scope + "\"")
                + " to this client "
                + said
                + ". Use the stack's Scope output, or "
                + "leave out --scope to get every scope the client may use.");
      case "unauthorized_client":
        return failWith(
            "This client may not use the client-credentials grant "
                + said
                + ". Its "
                + "AllowedOAuthFlows must contain client_credentials, with AllowedOAuthFlowsUserPoolClient "
                + "true.");
      default:
        return failWith("The token endpoint refused the request " + said + ".");
    }
  }

  private AccessToken failWith(String message) {
    throw new AgentException(AgentException.Kind.FAILED, message);
  }

  /**
   * Text from the endpoint, shortened, on one line, with the secret masked should the endpoint echo
   * it.
   */
  private String clip(String text) {
    String oneLine = mask(text).replaceAll("[\\r\\n\\t]+", " ").strip();
    return oneLine.length() <= MAX_ERROR_TEXT
        ? oneLine
        : oneLine.substring(0, MAX_ERROR_TEXT) + "…";
  }

  private String mask(String text) {
    return clientSecret.isEmpty() ? text : text.replace(clientSecret, "****");
  }

  /**
   * {@code application/x-www-form-urlencoded}, as RFC 6749 (section 2.3.1) asks also for Basic
   * credentials.
   */
  static String formEncode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Settings of a token request. */
  public static final class Builder {
    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private String scope;
    private Duration timeout = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();

    private Builder(URI tokenEndpoint, String clientId, String clientSecret) {
      this.tokenEndpoint =
          checkEndpoint(
              Objects.requireNonNull(tokenEndpoint, "tokenEndpoint").toString(),
              "The token endpoint");
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
    }

    /**
     * The scope to request, e.g. {@code toolwright-gateway/invoke}; none: all the client may use.
     */
    public Builder scope(String scope) {
      this.scope = scope == null || scope.isBlank() ? null : scope.strip();
      return this;
    }

    /** How long to wait for the answer; default 30 seconds. */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The request, ready to {@link ClientCredentials#fetch() fetch}. */
    public ClientCredentials build() {
      checkClientId(clientId);
      if (clientSecret.isEmpty()) {
        throw new AgentException(AgentException.Kind.INVALID_INPUT, "The client secret is empty.");
      }
      checkScope(scope);
      return new ClientCredentials(this);
    }
  }

  /** A client id: non-empty, no spaces or control characters (Cognito's are letters and digits). */
  static void checkClientId(String clientId) {
    if (clientId == null
        || clientId.isEmpty()
        || clientId.length() > 256
        || clientId.chars().anyMatch(c -> c <= ' ' || c == 0x7F)) {
      throw new AgentException(
          AgentException.Kind.INVALID_INPUT,
          "The client id \""
              + clientId
              + "\" is not valid: it must be non-empty, without spaces or control characters.");
    }
  }

  /**
   * Scopes: printable ASCII without quotes or backslashes (RFC 6749, section 3.3), separated by
   * spaces.
   */
  static void checkScope(String scope) {
    if (scope != null
        && !scope.matches("[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*")) {
      throw new AgentException(
          AgentException.Kind.INVALID_INPUT,
          "The scope \""
              + scope
              + "\" is not "
              + "valid: scopes are printable ASCII without quotes or backslashes, separated by spaces.");
    }
  }

  @Override
  public String toString() {
    return "ClientCredentials[" + tokenEndpoint + ", client " + clientId + ", scope " + scope + "]";
  }
}
