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
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The agent side of the quickstart, in Java: connect to an MCP endpoint (an AgentCore gateway with a bearer token, or
 * the local endpoint without one), list the tools, and call one.
 *
 * <pre>
 * java -jar agent-example/target/toolwright-agent-example.jar --url "$GATEWAY_URL" --token-env TOOLWRIGHT_TOKEN \
 *     --tool examples___add --args '{"a": 2, "b": 3}'
 * </pre>
 *
 * <p>The token is read from the environment variable named by {@code --token-env}, so it never appears on the
 * command line, and is never printed. A model-driven agent would hand the listed tools to its model and call what
 * the model picks; this example calls the tool named by {@code --tool}.
 */
public final class AgentExample {

    /** Connected; the tool, if any, succeeded. */
    public static final int EXIT_OK = 0;
    /** The tool answered with {@code isError: true}. */
    public static final int EXIT_TOOL_ERROR = 1;
    /** Invalid arguments; nothing was sent. */
    public static final int EXIT_USAGE = 2;
    /** Could not connect, not authorized, or no answer in time. */
    public static final int EXIT_CONNECTION = 3;
    /** The server answered a request with a JSON-RPC error (e.g. an unknown tool). */
    public static final int EXIT_PROTOCOL = 4;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROGRAM = "java -jar toolwright-agent-example.jar";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    private AgentExample(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** Runs the example and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /**
     * Runs the example without exiting.
     *
     * @param env where {@code --token-env} is looked up
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return new AgentExample(out, err, env).execute(args);
    }

    private int execute(String[] args) {
        Map<String, String> o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("Error: " + e.getMessage());
            err.println("Run '" + PROGRAM + " --help' for usage.");
            return EXIT_USAGE;
        }
        if (o.containsKey("help")) {
            out.println(usage());
            return EXIT_OK;
        }
        URI url;
        Map<String, Object> arguments;
        String token = null;
        Duration timeout;
        try {
            url = parseUrl(o.get("url"));
            arguments = parseArguments(o.get("args"));
            timeout = parseTimeout(o.getOrDefault("timeout", "60"));
            if (o.containsKey("token-env")) {
                String name = o.get("token-env");
                token = env.get(name);
                if (token == null || token.isBlank()) {
                    throw new IllegalArgumentException("--token-env " + name + ": the variable is not set or empty. "
                            + "Get a token first, e.g. export " + name + "=\"$(java -jar toolwright-registrar.jar "
                            + "token ... --print-token)\".");
                }
                token = token.strip();
            }
        } catch (IllegalArgumentException e) {
            err.println("Error: " + e.getMessage());
            return EXIT_USAGE;
        }
        McpSyncClient client;
        try {
            client = GatewayConnection.create(url, token, timeout);
        } catch (IllegalArgumentException e) {
            err.println("Error: " + e.getMessage());
            return EXIT_USAGE;
        }
        try (client) {
            McpSchema.InitializeResult init = client.initialize();
            out.println("Connected to " + init.serverInfo().name() + " " + init.serverInfo().version() + " at " + url
                    + " (MCP " + init.protocolVersion() + (token == null ? ", no token" : ", bearer token") + ").");
            List<McpSchema.Tool> tools = client.listTools().tools(); // every page
            out.println(tools.size() + (tools.size() == 1 ? " tool:" : " tools:"));
            int width = tools.stream().mapToInt(t -> t.name().length()).max().orElse(0);
            for (McpSchema.Tool tool : tools) {
                out.printf(Locale.ROOT, "  %-" + width + "s  %s%n", tool.name(), summary(tool.description()));
            }
            if (!o.containsKey("tool")) {
                return EXIT_OK;
            }
            String name = o.get("tool");
            if (tools.stream().noneMatch(t -> t.name().equals(name))) {
                out.println("Note: " + name + " is not among the listed tools; calling it anyway.");
            }
            out.println("Calling " + name + " " + JSON.writeValueAsString(arguments) + ":");
            McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(name, arguments));
            for (McpSchema.Content content : result.content()) {
                if (content instanceof McpSchema.TextContent text) {
                    out.println(text.text());
                } else {
                    out.println("[" + content.type() + " content]");
                }
            }
            boolean flagged = Boolean.TRUE.equals(result.isError());
            // whether the gateway maps a Lambda's error answer to isError is undocumented: read the answer too
            boolean inAnswer = !flagged && answersWithAnError(result);
            out.println(flagged ? "The tool reported an error (isError: true)."
                    : inAnswer ? "The tool reported an error in its answer (\"isError\": true in the text)." : "Done.");
            return flagged || inAnswer ? EXIT_TOOL_ERROR : EXIT_OK;
        } catch (RuntimeException | IOException e) {
            return failure(e, url, token, timeout);
        }
    }

    /** Whether the one text item is Toolwright's error answer, {@code {"isError": true, "error": {…}}}. */
    private static boolean answersWithAnError(McpSchema.CallToolResult result) {
        if (result.content().size() != 1 || !(result.content().get(0) instanceof McpSchema.TextContent text)) {
            return false;
        }
        try {
            JsonNode answer = JSON.readTree(text.text());
            return answer != null && answer.path(LambdaAnswers.IS_ERROR).asBoolean(false)
                    && answer.path(LambdaAnswers.ERROR).isObject();
        } catch (IOException e) {
            return false;
        }
    }

    /** Explains a failure in one message, without a stack trace, and never with the token. */
    private int failure(Exception e, URI url, String token, Duration timeout) {
        McpHttpClientTransportAuthorizationException auth = find(e, McpHttpClientTransportAuthorizationException.class);
        McpError rpc = find(e, McpError.class);
        int code;
        String message;
        if (auth != null) {
            int status = auth.getResponseInfo() == null ? 0 : auth.getResponseInfo().statusCode();
            code = EXIT_CONNECTION;
            if (token == null) {
                message = url + " answered HTTP " + status + ": it needs an access token. Put one in an environment "
                        + "variable and pass its name with --token-env (the registrar's token command gets one).";
            } else if (status == 403) {
                message = url + " answered HTTP 403: the token was refused for this gateway. Is it from the user "
                        + "pool and app client of this gateway's authorizer (ClientId output)?";
            } else {
                message = url + " answered HTTP " + status + ": the gateway did not accept the token. It may have "
                        + "expired (Cognito access tokens last 1 hour: get a new one), or come from another user pool "
                        + "or app client than the gateway's authorizer allows.";
            }
        } else if (rpc != null && rpc.getJsonRpcError() != null) {
            code = EXIT_PROTOCOL;
            message = "The server answered with JSON-RPC error " + rpc.getJsonRpcError().code() + ": "
                    + rpc.getJsonRpcError().message();
        } else if (find(e, UnknownHostException.class) != null) {
            code = EXIT_CONNECTION;
            message = "Cannot resolve " + url.getHost() + ". A gateway just created can take a minute to resolve "
                    + "(DNS propagation): wait and try again; otherwise check --url (the stack's GatewayUrl output).";
        } else if (find(e, ConnectException.class) != null) {
            code = EXIT_CONNECTION;
            message = "Cannot connect to " + url + ". Is the endpoint running (for the local one: ./mvnw -pl examples "
                    + "exec:java) and is --url right?";
        } else if (find(e, TimeoutException.class) != null || find(e, HttpTimeoutException.class) != null) {
            code = EXIT_CONNECTION;
            message = "No answer from " + url + " within " + timeout.toSeconds() + "s (see --timeout).";
        } else {
            code = EXIT_CONNECTION;
            message = "The MCP session with " + url + " failed: " + McpError.aggregateExceptionMessages(e);
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

    // --- arguments --------------------------------------------------------------------------------------------

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> known = List.of("url", "token-env", "tool", "args", "timeout");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--help".equals(arg) || "-h".equals(arg)) {
                options.put("help", "");
                return options;
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument \"" + arg + "\"; options look like --url <url>.");
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + ".");
            }
            if (options.containsKey(name)) {
                throw new IllegalArgumentException("option --" + name + " is given more than once.");
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new IllegalArgumentException("option --" + name + " needs a value.");
                }
                value = args[++i];
            }
            options.put(name, value);
        }
        if (!options.containsKey("url")) {
            throw new IllegalArgumentException("missing required option --url.");
        }
        if (options.containsKey("args") && !options.containsKey("tool")) {
            throw new IllegalArgumentException("--args needs --tool.");
        }
        return options;
    }

    private static URI parseUrl(String text) {
        try {
            URI uri = new URI(text);
            if (uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("--url \"" + text + "\" is not an http(s) URL such as the stack's "
                + "GatewayUrl output or http://127.0.0.1:8080/mcp.");
    }

    private static Map<String, Object> parseArguments(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            Map<String, Object> parsed = JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() { });
            if (parsed == null) {
                throw new IllegalArgumentException("--args must be a JSON object such as '{\"a\": 2, \"b\": 3}'.");
            }
            return parsed;
        } catch (IOException e) {
            throw new IllegalArgumentException("--args must be a JSON object such as '{\"a\": 2, \"b\": 3}'.");
        }
    }

    private static Duration parseTimeout(String text) {
        try {
            long seconds = Long.parseLong(text.trim());
            if (seconds > 0 && seconds <= 3600) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--timeout \"" + text + "\" is not a number of seconds from 1 to 3600.");
    }

    private static String usage() {
        return "Usage: " + PROGRAM + " --url <url> [--token-env <name>] [--tool <name> [--args <json>]]\n\n"
                + "Connects to an MCP endpoint over streamable HTTP (an AgentCore gateway, or the local endpoint),\n"
                + "lists its tools and optionally calls one.\n\n"
                + "Options:\n"
                + "  --url <url>          the MCP endpoint: the stack's GatewayUrl output, or http://127.0.0.1:8080/mcp\n"
                + "  --token-env <name>   environment variable holding an OAuth access token, sent as\n"
                + "                       \"Authorization: Bearer <token>\" (omit for an endpoint without auth)\n"
                + "  --tool <name>        call this tool after listing, e.g. examples___add\n"
                + "  --args <json>        the tool's arguments, a JSON object (default {})\n"
                + "  --timeout <seconds>  limit for connecting and for each request (default 60)\n"
                + "  --help               show this help\n\n"
                + "Exit codes: 0 ok, 1 the tool reported an error, 2 invalid arguments, 3 could not connect or not\n"
                + "authorized, 4 the server answered with a JSON-RPC error.";
    }
}
