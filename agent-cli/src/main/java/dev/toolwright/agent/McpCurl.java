package dev.toolwright.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A ready-to-run {@code curl} command for one MCP request to a gateway, the quickstart's quick
 * check: a JSON-RPC {@code tools/list} (or {@code tools/call}) {@code POST}ed to the gateway URL
 * with the headers the streamable HTTP transport needs ({@code Content-Type: application/json},
 * {@code Accept: application/json, text/event-stream}) and {@code Authorization: Bearer} followed
 * by an environment variable. The command names the variable, never a token or a secret, so it can
 * be pasted into a terminal, a script or a ticket.
 */
public final class McpCurl {

  /** The variable the printed command reads the access token from unless told otherwise. */
  public static final String DEFAULT_TOKEN_VARIABLE = "TOOLWRIGHT_TOKEN";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
  private static final Pattern TOOL = Pattern.compile("[A-Za-z0-9_.-]{1,256}");

  private McpCurl() {}

  /** The command for {@code tools/list}. */
  public static String toolsList(URI gatewayUrl, String tokenVariable) {
    ObjectNode body = request("tools/list");
    body.putObject("params");
    return command(gatewayUrl, tokenVariable, body);
  }

  /**
   * The command for {@code tools/call}.
   *
   * @param tool the tool's name as the gateway lists it, e.g. {@code examples___add}
   * @param argumentsJson a JSON object; {@code null} sends {@code {}}
   */
  public static String toolsCall(
      URI gatewayUrl, String tokenVariable, String tool, String argumentsJson) {
    if (tool == null || !TOOL.matcher(tool).matches()) {
      throw invalid(
          "Tool name \""
              + tool
              + "\" is not valid: letters, digits, '_', '-' and '.', as tools/list "
              + "names them (e.g. examples___lookup_order).");
    }
    JsonNode arguments;
    try {
      arguments = argumentsJson == null ? JSON.createObjectNode() : JSON.readTree(argumentsJson);
    } catch (IOException e) {
      arguments = null;
    }
    if (arguments == null || !arguments.isObject()) {
      throw invalid("--arguments must be a JSON object, e.g. '{\"a\": 2, \"b\": 3}'.");
    }
    ObjectNode body = request("tools/call");
    ObjectNode params = body.putObject("params");
    params.put("name", tool);
    params.set("arguments", arguments);
    return command(gatewayUrl, tokenVariable, body);
  }

  /**
   * Checks a gateway URL: an absolute {@code https} URL (plain {@code http} only to a loopback
   * address), without credentials or a fragment.
   */
  public static URI checkGatewayUrl(String text) {
    URI uri = ClientCredentials.checkEndpoint(text, "The gateway URL");
    if (uri.getRawFragment() != null) {
      throw invalid(
          "The gateway URL \"" + text + "\" has a fragment; use the stack's GatewayUrl output.");
    }
    return uri;
  }

  /** Checks the name of the environment variable that will hold the token. */
  public static String checkVariable(String name) {
    if (name == null || !VARIABLE.matcher(name).matches()) {
      throw invalid(
          "--token-env \""
              + name
              + "\" is not an environment variable name (letters, digits, '_').");
    }
    return name;
  }

  private static ObjectNode request(String method) {
    ObjectNode body = JSON.createObjectNode();
    body.put("jsonrpc", "2.0");
    body.put("id", 1);
    body.put("method", method);
    return body;
  }

  private static String command(URI gatewayUrl, String tokenVariable, ObjectNode body) {
    Objects.requireNonNull(gatewayUrl, "gatewayUrl");
    String variable = checkVariable(tokenVariable);
    checkGatewayUrl(gatewayUrl.toString());
    String json;
    try {
      json = JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    // Double quotes only around the header that expands the variable; everything else is
    // single-quoted, so the
    // shell expands nothing else. ${VAR:?...} stops curl with a message when the variable is unset.
    return "curl -sS -X POST "
        + shellQuote(gatewayUrl.toString())
        + " \\\n"
        + "  -H \"Authorization: Bearer ${"
        + variable
        + ":?set it to an access token first}\" \\\n"
        + "  -H 'Content-Type: application/json' \\\n"
        + "  -H 'Accept: application/json, text/event-stream' \\\n"
        + "  -d "
        + shellQuote(json);
  }

  /** POSIX shell single quotes: nothing inside is expanded; a single quote becomes {@code '\''}. */
  static String shellQuote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  private static AgentException invalid(String message) {
    return new AgentException(AgentException.Kind.INVALID_INPUT, message);
  }
}
