package dev.toolwright.agent;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.gateway.LambdaAnswers;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The agent side of the quickstart, in Java, as one command line: connect to an MCP endpoint (an
 * AgentCore gateway with a bearer token, or the local endpoint without one), list the tools and
 * call one; {@code token} gets the access token with the client-credentials grant, and {@code curl}
 * prints the quickstart's curl check.
 *
 * <pre>
 * export TOOLWRIGHT_TOKEN="$(java -jar toolwright-agent-cli.jar token --token-endpoint "$TOKEN_ENDPOINT" \
 *     --client-id "$CLIENT_ID" --user-pool-id "$USER_POOL_ID" --print-token)"
 * java -jar agent-cli/target/toolwright-agent-cli.jar --url "$GATEWAY_URL" --token-env TOOLWRIGHT_TOKEN \
 *     --tool examples___add --args '{"a": 2, "b": 3}'
 * </pre>
 *
 * <p>The token is read from the environment variable named by {@code --token-env}, so it never
 * appears on the command line, and is never printed (unless {@code token --print-token} asks for
 * it). A model-driven agent would hand the listed tools to its model and call what the model picks;
 * this command line calls the tool named by {@code --tool}.
 */
@Command(
    name = AgentCli.PROGRAM,
    sortOptions = false,
    usageHelpAutoWidth = false,
    usageHelpWidth = 116,
    customSynopsis = {
      AgentCli.PROGRAM + " --url=<url> [--token-env=<name>] [--tool=<name> [--args=<json>]]",
      "         [--timeout=<duration>]",
      "   or: " + AgentCli.PROGRAM + " token|curl [options]   (see <command> --help)"
    },
    description = {
      "Connects to an MCP endpoint over streamable HTTP (an AgentCore gateway, or the local "
          + "endpoint), lists its tools and optionally calls one; token and curl do the quickstart's other agent "
          + "steps."
    },
    subcommands = {AgentCli.Token.class, AgentCli.Curl.class},
    commandListHeading = "%nCommands:%n")
public final class AgentCli implements Callable<Integer> {

  /** Connected; the tool, if any, succeeded. */
  public static final int EXIT_OK = 0;

  /** The tool answered with {@code isError: true}. */
  public static final int EXIT_TOOL_ERROR = 1;

  /** Invalid arguments; nothing was sent. */
  public static final int EXIT_USAGE = 2;

  /**
   * Could not connect, not authorized, or no answer in time; for {@code token}: the token endpoint
   * or Cognito refused, could not be reached, or did not answer in time.
   */
  public static final int EXIT_CONNECTION = 3;

  /** The server answered a request with a JSON-RPC error (e.g. an unknown tool). */
  public static final int EXIT_PROTOCOL = 4;

  /** Internal error: a bug, please report it. */
  public static final int EXIT_INTERNAL = 70;

  /**
   * The environment variable {@code token} reads the client secret from (unless given
   * --user-pool-id).
   */
  public static final String CLIENT_SECRET_VARIABLE = "TOOLWRIGHT_CLIENT_SECRET";

  static final String PROGRAM = "java -jar toolwright-agent-cli.jar";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  private static final Map<String, String> EXIT_CODES = exitCodes();

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final Path home;

  @Option(
      names = "--url",
      paramLabel = "<url>",
      order = 1,
      description = "the MCP endpoint: the stack's GatewayUrl output, or http://127.0.0.1:8080/mcp")
  String url;

  @Option(
      names = "--token-env",
      paramLabel = "<name>",
      order = 2,
      description =
          "environment variable holding an OAuth access token, sent as \"Authorization: Bearer "
              + "<token>\" (omit for an endpoint without auth)")
  String tokenEnv;

  @Option(
      names = "--tool",
      paramLabel = "<name>",
      order = 3,
      description = "call this tool after listing, e.g. examples___add")
  String tool;

  @Option(
      names = "--args",
      paramLabel = "<json>",
      order = 4,
      description = "the tool's arguments, a JSON object (default {})")
  String args;

  @Option(
      names = "--timeout",
      paramLabel = "<duration>",
      order = 5,
      converter = DurationConverter.class,
      description =
          "limit for connecting and for each request: seconds (60) or 90s, 10m (default 60s, at "
              + "most 1h)")
  Duration timeout;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      order = 99,
      description = "show this help")
  boolean help;

  private AgentCli(PrintStream out, PrintStream err, Map<String, String> env, Path home) {
    this.out = out;
    this.err = err;
    this.env = env;
    this.home = home;
  }

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /**
   * Runs the command line without exiting.
   *
   * @param env where {@code --token-env} and {@value #CLIENT_SECRET_VARIABLE} are looked up
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    return run(args, out, err, env, Path.of(System.getProperty("user.home")));
  }

  static int run(
      String[] args, PrintStream out, PrintStream err, Map<String, String> env, Path home) {
    AgentCli cli = new AgentCli(out, err, env, home);
    CommandLine commandLine = new CommandLine(cli);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setParameterExceptionHandler(
        (e, a) -> {
          err.println("Error: " + usageMessage(e));
          err.println(
              "Run '"
                  + e.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help' for usage.");
          return EXIT_USAGE;
        });
    commandLine.setExecutionExceptionHandler((e, cl, parsed) -> cli.failure(e));
    commandLine
        .getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(EXIT_CODES);
    for (CommandLine sub : commandLine.getSubcommands().values()) {
      sub.getCommandSpec()
          .usageMessage()
          .exitCodeListHeading("%nExit codes:%n")
          .exitCodeList(EXIT_CODES);
    }
    return commandLine.execute(args);
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(" 0", "ok");
    codes.put(" 1", "the tool reported an error (isError: true)");
    codes.put(" 2", "invalid arguments; nothing was sent");
    codes.put(
        " 3",
        "could not connect, not authorized, or no answer in time; token: the token endpoint or "
            + "Cognito refused (invalid_client, ...), could not be reached or did not answer in time");
    codes.put(" 4", "the server answered with a JSON-RPC error (e.g. an unknown tool)");
    codes.put("70", "internal error (a bug; please report it)");
    return codes;
  }

  /**
   * The parser's complaint, without echoing values that did not match: an unknown option's value
   * could be a secret typed in the wrong place.
   */
  static String usageMessage(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException) {
      List<String> unmatched = ((CommandLine.UnmatchedArgumentException) e).getUnmatched();
      List<String> options =
          unmatched.stream()
              .filter(a -> a.startsWith("-"))
              .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a)
              .collect(Collectors.toList());
      if (!options.isEmpty()) {
        return "unknown option"
            + (options.size() == 1 ? " " : "s ")
            + String.join(", ", options)
            + " for "
            + e.getCommandLine().getCommandName()
            + ".";
      }
      return "unexpected argument \""
          + (unmatched.isEmpty() ? "" : unmatched.get(0))
          + "\"; options look like "
          + "--url <url>.";
    }
    return e.getMessage();
  }

  private int failure(Exception e) {
    if (e instanceof AgentException) {
      AgentException ae = (AgentException) e;
      err.println("Error: " + ae.getMessage());
      return ae.kind() == AgentException.Kind.INVALID_INPUT ? EXIT_USAGE : EXIT_CONNECTION;
    }
    err.println("Internal error (please report): " + e);
    return EXIT_INTERNAL;
  }

  // --- connect: list the tools and call one
  // -----------------------------------------------------------------

  @Override
  public Integer call() {
    URI endpoint;
    Map<String, Object> arguments;
    String token = null;
    Duration limit = timeout == null ? Duration.ofSeconds(60) : timeout;
    try {
      if (url == null) {
        throw new IllegalArgumentException(
            "Missing required option: '--url=<url>'. Run '" + PROGRAM + " --help' for usage.");
      }
      if (args != null && tool == null) {
        throw new IllegalArgumentException("--args needs --tool.");
      }
      if (limit.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("--timeout may be at most 1h.");
      }
      endpoint = parseUrl(url);
      arguments = parseArguments(args);
      if (tokenEnv != null) {
        token = env.get(tokenEnv);
        if (token == null || token.isBlank()) {
          throw new IllegalArgumentException(
              "--token-env "
                  + tokenEnv
                  + ": the variable is not set or "
                  + "empty. Get a token first, e.g. export "
                  + tokenEnv
                  + "=\"$("
                  + PROGRAM
                  + " token ... "
                  + "--print-token)\".");
        }
        token = token.strip();
      }
    } catch (IllegalArgumentException e) {
      err.println("Error: " + e.getMessage());
      return EXIT_USAGE;
    }
    McpSyncClient client;
    try {
      client = GatewayConnection.create(endpoint, token, limit);
    } catch (IllegalArgumentException e) {
      err.println("Error: " + e.getMessage());
      return EXIT_USAGE;
    }
    try (client) {
      McpSchema.InitializeResult init = client.initialize();
      out.println(
          "Connected to "
              + init.serverInfo().name()
              + " "
              + init.serverInfo().version()
              + " at "
              + endpoint
              + " (MCP "
              + init.protocolVersion()
              + (token == null ? ", no token" : ", bearer token")
              + ").");
      List<McpSchema.Tool> tools = client.listTools().tools(); // every page
      out.println(tools.size() + (tools.size() == 1 ? " tool:" : " tools:"));
      int width = tools.stream().mapToInt(t -> t.name().length()).max().orElse(0);
      for (McpSchema.Tool t : tools) {
        out.printf(Locale.ROOT, "  %-" + width + "s  %s%n", t.name(), summary(t.description()));
      }
      if (tool == null) {
        return EXIT_OK;
      }
      if (tools.stream().noneMatch(t -> t.name().equals(tool))) {
        out.println("Note: " + tool + " is not among the listed tools; calling it anyway.");
      }
      out.println("Calling " + tool + " " + JSON.writeValueAsString(arguments) + ":");
      McpSchema.CallToolResult result =
          client.callTool(new McpSchema.CallToolRequest(tool, arguments));
      for (McpSchema.Content content : result.content()) {
        if (content instanceof McpSchema.TextContent text) {
          out.println(text.text());
        } else {
          out.println("[" + content.type() + " content]");
        }
      }
      boolean flagged = Boolean.TRUE.equals(result.isError());
      // whether the gateway maps a Lambda's error answer to isError is undocumented: read the
      // answer too
      boolean inAnswer = !flagged && answersWithAnError(result);
      out.println(
          flagged
              ? "The tool reported an error (isError: true)."
              : inAnswer
                  ? "The tool reported an error in its answer (\"isError\": true in the text)."
                  : "Done.");
      return flagged || inAnswer ? EXIT_TOOL_ERROR : EXIT_OK;
    } catch (RuntimeException | IOException e) {
      return connectionFailure(e, endpoint, token, limit);
    }
  }

  /**
   * Whether the one text item is Toolwright's error answer, {@code {"isError": true, "error":
   * {…}}}.
   */
  private static boolean answersWithAnError(McpSchema.CallToolResult result) {
    if (result.content().size() != 1
        || !(result.content().get(0) instanceof McpSchema.TextContent text)) {
      return false;
    }
    try {
      JsonNode answer = JSON.readTree(text.text());
      return answer != null
          && answer.path(LambdaAnswers.IS_ERROR).asBoolean(false)
          && answer.path(LambdaAnswers.ERROR).isObject();
    } catch (IOException e) {
      return false;
    }
  }

  /** Explains a failure in one message, without a stack trace, and never with the token. */
  private int connectionFailure(Exception e, URI endpoint, String token, Duration limit) {
    McpHttpClientTransportAuthorizationException auth =
        find(e, McpHttpClientTransportAuthorizationException.class);
    McpError rpc = find(e, McpError.class);
    int code;
    String message;
    if (auth != null) {
      int status = auth.getResponseInfo() == null ? 0 : auth.getResponseInfo().statusCode();
      code = EXIT_CONNECTION;
      if (token == null) {
        message =
            endpoint
                + " answered HTTP "
                + status
                + ": it needs an access token. Put one in an "
                + "environment variable and pass its name with --token-env (the token command gets one).";
      } else if (status == 403) {
        message =
            endpoint
                + " answered HTTP 403: the token was refused for this gateway. Is it from the user "
                + "pool and app client of this gateway's authorizer (ClientId output)?";
      } else {
        message =
            endpoint
                + " answered HTTP "
                + status
                + ": the gateway did not accept the token. It may "
                + "have expired (Cognito access tokens last 1 hour: get a new one), or come from another user "
                + "pool or app client than the gateway's authorizer allows.";
      }
    } else if (rpc != null && rpc.getJsonRpcError() != null) {
      code = EXIT_PROTOCOL;
      message =
          "The server answered with JSON-RPC error "
              + rpc.getJsonRpcError().code()
              + ": "
              + rpc.getJsonRpcError().message();
    } else if (find(e, UnknownHostException.class) != null) {
      code = EXIT_CONNECTION;
      message =
          "Cannot resolve "
              + endpoint.getHost()
              + ". A gateway just created can take a minute to "
              + "resolve (DNS propagation): wait and try again; otherwise check --url (the stack's GatewayUrl "
              + "output).";
    } else if (find(e, ConnectException.class) != null) {
      code = EXIT_CONNECTION;
      message =
          "Cannot connect to "
              + endpoint
              + ". Is the endpoint running (for the local one: ./mvnw -pl "
              + "examples exec:java) and is --url right?";
    } else if (find(e, TimeoutException.class) != null
        || find(e, HttpTimeoutException.class) != null) {
      code = EXIT_CONNECTION;
      message =
          "No answer from " + endpoint + " within " + limit.toSeconds() + "s (see --timeout).";
    } else {
      code = EXIT_CONNECTION;
      message =
          "The MCP session with " + endpoint + " failed: " + McpError.aggregateExceptionMessages(e);
    }
    err.println("Error: " + (token == null ? message : message.replace(token, "****")));
    return code;
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      for (Throwable s : t.getSuppressed()) {
        if (type.isInstance(s)) {
          return type.cast(s);
        }
      }
    }
    return null;
  }

  private static String summary(String description) {
    if (description == null || description.isBlank()) {
      return "";
    }
    String first = description.strip().lines().findFirst().orElse("");
    return first.length() <= 100 ? first : first.substring(0, 99) + "…";
  }

  private static URI parseUrl(String text) {
    try {
      URI uri = new URI(text);
      if (uri.getHost() != null
          && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--url \""
            + text
            + "\" is not an http(s) URL such as the stack's "
            + "GatewayUrl output or http://127.0.0.1:8080/mcp.");
  }

  private static Map<String, Object> parseArguments(String text) {
    if (text == null) {
      return Map.of();
    }
    try {
      Map<String, Object> parsed =
          JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {});
      if (parsed == null) {
        throw new IllegalArgumentException(
            "--args must be a JSON object such as '{\"a\": 2, \"b\": 3}'.");
      }
      return parsed;
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "--args must be a JSON object such as '{\"a\": 2, \"b\": 3}'.");
    }
  }

  /** Parses {@code 300}, {@code 90s}, {@code 10m}, {@code 1h}. */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})([smh]?)");

    @Override
    public Duration convert(String text) {
      Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
      if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
        throw new CommandLine.TypeConversionException(
            "--timeout \""
                + text
                + "\" is not a positive "
                + "duration; use seconds (60) or a unit: 90s, 10m, 1h.");
      }
      long amount = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "m":
          return Duration.ofMinutes(amount);
        case "h":
          return Duration.ofHours(amount);
        default:
          return Duration.ofSeconds(amount);
      }
    }
  }

  // --- token
  // ------------------------------------------------------------------------------------------------

  /**
   * Gets an access token with the client-credentials grant. The secret comes from Cognito (with
   * --user-pool-id) or from the environment, never from the command line; neither it nor the token
   * is printed, unless --print-token asks for the token.
   */
  @Command(
      name = "token",
      sortOptions = false,
      usageHelpAutoWidth = false,
      usageHelpWidth = 116,
      description =
          "Get an OAuth access token with the client-credentials grant, as an agent does; the secret "
              + "comes from "
              + CLIENT_SECRET_VARIABLE
              + " or, with --user-pool-id, from Cognito.")
  static final class Token implements Callable<Integer> {
    @ParentCommand AgentCli cli;

    @Option(
        names = "--token-endpoint",
        required = true,
        paramLabel = "<url>",
        order = 1,
        description =
            "OAuth token endpoint (the stack's TokenEndpoint output), https://<domain>.auth."
                + "<region>.amazoncognito.com/oauth2/token")
    String tokenEndpoint;

    @Option(
        names = "--client-id",
        required = true,
        paramLabel = "<id>",
        order = 2,
        description = "app client id (the stack's ClientId output)")
    String clientId;

    @Option(
        names = "--scope",
        paramLabel = "<scope>",
        order = 3,
        description =
            "scope to request (the stack's Scope output); default: every scope the client may use")
    String scope;

    @Option(
        names = "--user-pool-id",
        paramLabel = "<id>",
        order = 4,
        description =
            "read the client secret from Cognito (DescribeUserPoolClient) instead of "
                + CLIENT_SECRET_VARIABLE
                + "; the stack's UserPoolId output")
    String userPoolId;

    @Option(
        names = "--output",
        paramLabel = "<file>",
        order = 5,
        description =
            "write the token to this file, readable only by you (default without --print-token: "
                + "~/.toolwright/access-token)")
    Path output;

    @Option(
        names = "--print-token",
        order = 6,
        description =
            "print the token itself on stdout (and nothing else there), e.g. for export "
                + "TOOLWRIGHT_TOKEN=$(...)")
    boolean printToken;

    @Option(
        names = "--timeout",
        paramLabel = "<duration>",
        order = 7,
        converter = DurationConverter.class,
        description =
            "time limit for the whole command (Cognito and the token endpoint): 300, 90s, 10m "
                + "(default 30s)")
    Duration timeout;

    @Option(
        names = "--region",
        paramLabel = "<region>",
        order = 8,
        description = "with --user-pool-id: Cognito's region (default: the user pool id's)")
    String region;

    @Option(
        names = "--profile",
        paramLabel = "<name>",
        order = 9,
        description = "with --user-pool-id: named profile (~/.aws/config) for credentials")
    String profile;

    @Option(
        names = "--endpoint-url",
        paramLabel = "<url>",
        order = 10,
        description = "with --user-pool-id: AWS API endpoint override, e.g. a local server")
    String endpointUrl;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        order = 99,
        description = "show this help")
    boolean help;

    @Override
    public Integer call() {
      PrintStream out = cli.out;
      URI endpoint = ClientCredentials.checkEndpoint(tokenEndpoint, "--token-endpoint");
      ClientCredentials.checkClientId(clientId);
      ClientCredentials.checkScope(scope);
      long start = System.nanoTime();
      Duration limit = timeout == null ? Duration.ofSeconds(30) : timeout;
      Path file =
          output != null
              ? output
              : printToken ? null : cli.home.resolve(".toolwright").resolve("access-token");
      // With --print-token, stdout carries the token alone; what is said about it goes to stderr.
      PrintStream status = printToken ? cli.err : out;
      String secret;
      if (userPoolId != null) {
        String poolRegion = CognitoClientSecret.regionOf(userPoolId); // also checks the id
        URI cognitoEndpoint = endpointUrl == null ? null : awsEndpoint(endpointUrl);
        try (CognitoIdentityProviderClient cognito =
            CognitoClientSecret.createClient(
                region == null ? poolRegion : region, profile, cognitoEndpoint)) {
          secret = CognitoClientSecret.read(cognito, userPoolId, clientId, limit);
        }
        limit = limit.minusNanos(System.nanoTime() - start);
        if (limit.toMillis() < 100) {
          throw new AgentException(
              AgentException.Kind.FAILED,
              "No time left for the token request after "
                  + "reading the secret from Cognito; raise --timeout.");
        }
        status.println(
            "Read the client secret of "
                + clientId
                + " from Cognito (DescribeUserPoolClient, "
                + "user pool "
                + userPoolId
                + ").");
      } else {
        for (String[] option :
            new String[][] {
              {"region", region}, {"profile", profile}, {"endpoint-url", endpointUrl}
            }) {
          if (option[1] != null) {
            throw new AgentException(
                AgentException.Kind.INVALID_INPUT,
                "--" + option[0] + " applies " + "only with --user-pool-id (to call Cognito).");
          }
        }
        secret = cli.env.get(CLIENT_SECRET_VARIABLE);
        if (secret == null || secret.isBlank()) {
          throw new AgentException(
              AgentException.Kind.INVALID_INPUT,
              "No client secret: set "
                  + CLIENT_SECRET_VARIABLE
                  + ", or pass --user-pool-id to read it from Cognito (needs "
                  + "cognito-idp:DescribeUserPoolClient). The secret is never taken from the command line.");
        }
        secret = secret.strip();
      }
      AccessToken token =
          ClientCredentials.builder(endpoint, clientId, secret)
              .scope(scope)
              .timeout(limit)
              .build()
              .fetch();
      status.println("Got an access token for client " + clientId + describe(token) + ".");
      if (token.tokenType() != null && !token.tokenType().equalsIgnoreCase("Bearer")) {
        status.println("Warning: the token type is \"" + token.tokenType() + "\", not Bearer.");
      }
      if (file != null) {
        writeOwnerOnly(file, token.value() + "\n");
        status.println("Written to " + file + " (readable only by you). Use it:");
        status.println(
            "  export "
                + McpCurl.DEFAULT_TOKEN_VARIABLE
                + "=\"$(cat "
                + McpCurl.shellQuote(file.toString())
                + ")\"");
      }
      if (printToken) {
        out.println(token.value());
      }
      status.println("Then: " + PROGRAM + " curl --gateway-url <the stack's GatewayUrl output>");
      return EXIT_OK;
    }

    private static URI awsEndpoint(String text) {
      try {
        URI uri = new URI(text);
        if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
            && uri.getHost() != null) {
          return uri;
        }
      } catch (URISyntaxException e) {
        // reported below
      }
      throw new AgentException(
          AgentException.Kind.INVALID_INPUT,
          "--endpoint-url \""
              + text
              + "\" is not an "
              + "http(s) URL such as https://cognito-idp.us-east-1.amazonaws.com.");
    }

    private static String describe(AccessToken token) {
      List<String> parts = new ArrayList<>();
      if (token.tokenType() != null) {
        parts.add(token.tokenType());
      }
      if (token.scope() != null) {
        parts.add("scope " + token.scope());
      }
      if (token.expiresIn() != null) {
        long seconds = token.expiresIn().toSeconds();
        String in = seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
        parts.add("expires in " + in + ", at " + token.expiresAt().truncatedTo(ChronoUnit.SECONDS));
      } else {
        parts.add("no expiry given; Cognito's last 1 hour by default");
      }
      return " (" + String.join(", ", parts) + ")";
    }
  }

  /**
   * Writes a file only its owner may read (POSIX permissions where the file system has them),
   * atomically.
   */
  static void writeOwnerOnly(Path file, String content) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
      if (!Files.isDirectory(dir)) {
        if (posix) {
          Files.createDirectories(
              dir,
              PosixFilePermissions.asFileAttribute(
                  EnumSet.of(
                      PosixFilePermission.OWNER_READ,
                      PosixFilePermission.OWNER_WRITE,
                      PosixFilePermission.OWNER_EXECUTE)));
        } else {
          Files.createDirectories(dir);
        }
      }
      Path temp =
          posix
              ? Files.createTempFile(
                  dir, ".token-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
              : Files.createTempFile(dir, ".token-", ".tmp");
      try {
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
      if (posix) {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
      }
    } catch (IOException e) {
      throw new AgentException(
          AgentException.Kind.INVALID_INPUT,
          "Cannot write the token to " + file + ": " + e.getMessage(),
          e);
    }
  }

  // --- curl
  // -------------------------------------------------------------------------------------------------

  /**
   * Prints a curl for tools/list (or tools/call): the command alone on stdout, so that it can be
   * piped to sh.
   */
  @Command(
      name = "curl",
      sortOptions = false,
      usageHelpAutoWidth = false,
      usageHelpWidth = 116,
      description =
          "Print a ready-to-run curl for MCP tools/list (or tools/call) against a gateway, reading "
              + "the token from an environment variable.")
  static final class Curl implements Callable<Integer> {
    @ParentCommand AgentCli cli;

    @Option(
        names = "--gateway-url",
        required = true,
        paramLabel = "<url>",
        order = 1,
        description = "the gateway's MCP endpoint (the stack's GatewayUrl output)")
    String gatewayUrl;

    @Option(
        names = "--token-env",
        paramLabel = "<name>",
        order = 2,
        description =
            "environment variable the command reads the access token from (default "
                + McpCurl.DEFAULT_TOKEN_VARIABLE
                + ")")
    String tokenEnv = McpCurl.DEFAULT_TOKEN_VARIABLE;

    @Option(
        names = "--tool",
        paramLabel = "<name>",
        order = 3,
        description = "print a tools/call of this tool instead of tools/list")
    String tool;

    @Option(
        names = "--arguments",
        paramLabel = "<json>",
        order = 4,
        description = "with --tool: the arguments, a JSON object (default {})")
    String arguments;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        order = 99,
        description = "show this help")
    boolean help;

    @Override
    public Integer call() {
      URI uri = McpCurl.checkGatewayUrl(gatewayUrl);
      String variable = McpCurl.checkVariable(tokenEnv);
      if (arguments != null && tool == null) {
        throw new AgentException(AgentException.Kind.INVALID_INPUT, "--arguments needs --tool.");
      }
      String command =
          tool != null
              ? McpCurl.toolsCall(uri, variable, tool, arguments)
              : McpCurl.toolsList(uri, variable);
      cli.out.println(command);
      String value = cli.env.get(variable);
      if (value == null || value.isBlank()) {
        cli.err.println(
            "Note: "
                + variable
                + " is not set here. Get a token first, e.g. export "
                + variable
                + "=\"$("
                + PROGRAM
                + " token --token-endpoint <url> --client-id <id> "
                + "--user-pool-id <id> --print-token)\"");
      }
      return EXIT_OK;
    }
  }
}
