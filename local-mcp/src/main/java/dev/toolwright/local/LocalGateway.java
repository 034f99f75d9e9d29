package dev.toolwright.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.toolwright.emulation.GatewayLambdaContext;
import dev.toolwright.gateway.EmulationProfile;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A local stand-in for an AgentCore Gateway: serves a tool Lambda's handler over MCP streamable
 * HTTP, so MCP clients (Claude Code, VS Code, the MCP Inspector, agents under development) can use
 * the tools before anything is deployed. A development tool: keep it out of the Lambda artifact
 * (test scope).
 *
 * <pre>{@code
 * try (LocalGateway gateway = LocalGateway.serve(new WeatherHandler(), 8080)) {
 *   System.out.println(gateway.url()); // http://127.0.0.1:8080/mcp
 *   ...
 * }
 * }</pre>
 *
 * <p>It answers as the gateway does in front of a Lambda target:
 *
 * <ul>
 *   <li>{@code tools/list}: the generated schemas ({@code META-INF/toolwright/tool-schema.json} on
 *       the handler's class path, only the tools the handler serves), named {@code
 *       <target>___<tool>}.
 *   <li>{@code tools/call}: invokes the real handler through {@code handleRequest} with the bare
 *       arguments as the event and a {@link GatewayLambdaContext} carrying the prefixed tool name,
 *       the JSON-RPC id as MCP message id, message version {@code 1.0} and, when configured,
 *       propagated headers and query parameters. The result holds one text item with the JSON the
 *       Lambda returned; {@code isError} and {@code structuredContent} follow the {@link
 *       EmulationProfile} (by default: {@code isError} false for any JSON answer, no {@code
 *       structuredContent}), and a function error becomes {@code isError: true} with the gateway's
 *       generic text.
 *   <li>An unknown tool name is a JSON-RPC error ({@code -32602}, invalid params), as the MCP
 *       specification prescribes; it never reaches the Lambda.
 *   <li>Arguments that fail the input schema reach the Lambda, whose own {@code INVALID_ARGUMENTS}
 *       answer the client sees, with a warning printed; under {@code schema-violations=reject} the
 *       endpoint answers {@code isError: true} itself.
 * </ul>
 *
 * <p>It binds to {@code 127.0.0.1} by default and then accepts only loopback {@code Host} headers;
 * a browser {@code Origin} must be loopback too (DNS-rebinding protection, as MCP asks of local
 * servers). There is no authentication.
 */
public final class LocalGateway implements AutoCloseable {

  /** The port {@link #main} uses without {@code --port}. */
  public static final int DEFAULT_PORT = 8080;

  /** The target name without {@code --target}. */
  public static final String DEFAULT_TARGET = "local";

  /** The address bound without {@code --host}. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The MCP endpoint's path. */
  public static final String PATH = "/mcp";

  private final Server jetty;
  private final McpSyncServer mcp;
  private final URI url;
  private final String target;
  private final List<McpSchema.Tool> tools;
  private final PrintStream console;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);

  private LocalGateway(Builder b) {
    this.target = b.target;
    this.console = b.console;
    GatewayBridge bridge =
        new GatewayBridge(
            b.handler,
            b.target,
            b.timeout,
            b.propagatedHeaders,
            b.propagatedQueryParameters,
            b.profile,
            b.console);
    this.tools = bridge.tools();

    DefaultServerTransportSecurityValidator.Builder security =
        DefaultServerTransportSecurityValidator.builder()
            .allowedOrigins(List.of("http://127.0.0.1:*", "http://localhost:*", "http://[::1]:*"));
    if (isLoopback(b.host)) {
      security.allowedHosts(List.of("127.0.0.1:*", "localhost:*", "[::1]:*"));
    }
    int maxBody = 16 * 1024 * 1024;
    RequestCapture capture =
        new RequestCapture(b.propagatedHeaders, b.propagatedQueryParameters, maxBody);
    HttpServletStreamableServerTransportProvider transport =
        HttpServletStreamableServerTransportProvider.builder()
            .jsonMapper(new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper()))
            .mcpEndpoint(PATH)
            .contextExtractor(capture)
            .httpHeaderValidator(security.build())
            .maxRequestSize(maxBody)
            .build();
    this.mcp =
        McpServer.sync(transport)
            .serverInfo("toolwright-local-gateway", version())
            .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
            .validateToolInputs(false)
            .jsonSchemaValidator(new DefaultJsonSchemaValidator())
            .tools(bridge.specifications())
            .build();

    jetty = new Server();
    jetty.setStopTimeout(2_000);
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost(b.host);
    connector.setPort(b.port);
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    ServletHolder servlet = new ServletHolder("mcp", transport);
    servlet.setAsyncSupported(true);
    context.addServlet(servlet, PATH);
    FilterHolder filter = new FilterHolder(capture);
    filter.setAsyncSupported(true);
    context.addFilter(filter, PATH, EnumSet.of(DispatcherType.REQUEST));
    jetty.setHandler(context);
    try {
      jetty.start();
    } catch (Exception e) {
      mcp.close();
      try {
        jetty.stop();
      } catch (Exception ignored) {
        // already failing
      }
      throw new IllegalStateException(
          "Cannot start the local gateway on " + b.host + ":" + b.port + ": " + e.getMessage(), e);
    }
    String host = b.host.contains(":") ? "[" + b.host + "]" : b.host;
    this.url = URI.create("http://" + host + ":" + connector.getLocalPort() + PATH);
  }

  /**
   * Serves a handler on {@code 127.0.0.1:port} (0 picks a free port) as target {@code local}.
   *
   * @throws IllegalStateException when the port is taken or a served tool has no schema entry
   */
  public static LocalGateway serve(RequestStreamHandler handler, int port) {
    return builder(handler).port(port).start();
  }

  /** A builder for finer settings. */
  public static Builder builder(RequestStreamHandler handler) {
    return new Builder(handler);
  }

  /** The MCP endpoint, e.g. {@code http://127.0.0.1:8080/mcp}. */
  public URI url() {
    return url;
  }

  /** The port bound, useful after asking for port 0. */
  public int port() {
    return url.getPort();
  }

  /** The target name the tools are prefixed with. */
  public String target() {
    return target;
  }

  /** The tool names as MCP clients see them, {@code <target>___<tool>}, sorted. */
  public List<String> toolNames() {
    List<String> names = new ArrayList<>();
    tools.forEach(t -> names.add(t.name()));
    return names;
  }

  /**
   * A ready-to-paste MCP client configuration for this endpoint: the {@code mcpServers} form
   * (Claude Code's {@code .mcp.json} and clients that share it), VS Code's {@code servers} form,
   * Claude Desktop's (stdio only, bridged by {@code mcp-remote}) and the MCP Inspector.
   */
  public String clientConfiguration() {
    String name = "toolwright-" + target;
    String u = url.toString();
    return "Claude Code (.mcp.json) and other clients with an \"mcpServers\" map:\n"
        + "{\n  \"mcpServers\": {\n    \""
        + name
        + "\": {\n      \"type\": \"http\",\n      \"url\": \""
        + u
        + "\"\n"
        + "    }\n  }\n}\n"
        + "VS Code (.vscode/mcp.json):\n"
        + "{\n  \"servers\": {\n    \""
        + name
        + "\": {\n      \"type\": \"http\",\n      \"url\": \""
        + u
        + "\"\n"
        + "    }\n  }\n}\n"
        + "Claude Desktop (claude_desktop_config.json; it runs stdio servers only, so mcp-remote bridges):\n"
        + "{\n  \"mcpServers\": {\n    \""
        + name
        + "\": {\n      \"command\": \"npx\",\n"
        + "      \"args\": [\"-y\", \"mcp-remote\", \""
        + u
        + "\", \"--transport\", \"http-only\"]\n    }\n  }\n}\n"
        + "MCP Inspector: npx @modelcontextprotocol/inspector, then transport \"Streamable HTTP\", URL "
        + u
        + "\n";
  }

  /** Blocks until {@link #close()} has run, e.g. from a shutdown hook. */
  public void awaitClose() throws InterruptedException {
    stopped.await();
  }

  /** Stops the endpoint: closes the MCP sessions, then the HTTP server. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      mcp.closeGracefully();
    } catch (RuntimeException e) {
      console.println("[local-gateway] closing the MCP sessions failed: " + e);
    }
    try {
      jetty.stop();
    } catch (Exception e) {
      console.println("[local-gateway] stopping the HTTP server failed: " + e);
    } finally {
      stopped.countDown();
    }
  }

  /**
   * Runs the endpoint until Ctrl-C. Flags: {@code --handler <class>} (required; a {@code
   * RequestStreamHandler} with a no-argument constructor), {@code --port}, {@code --target}, {@code
   * --host}, {@code --timeout <seconds>}, {@code --propagate-header <name>} and {@code
   * --propagate-query <name>} (repeatable), {@code --gateway-profile <key=value,...>}, {@code
   * --help}.
   */
  public static void main(String[] args) throws InterruptedException {
    int status = Cli.run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** The module's version, from the properties Maven writes into the jar. */
  private static String version() {
    try (InputStream in =
        LocalGateway.class.getResourceAsStream(
            "/META-INF/maven/dev.toolwright/toolwright-local-mcp/pom.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version", "dev");
      }
    } catch (IOException e) {
      // fall through
    }
    return "dev";
  }

  /** Settings of a {@link LocalGateway}. */
  public static final class Builder {
    private final RequestStreamHandler handler;
    private int port = DEFAULT_PORT;
    private String host = DEFAULT_HOST;
    private String target = DEFAULT_TARGET;
    private Duration timeout = Duration.ofMinutes(15);
    private final List<String> propagatedHeaders = new ArrayList<>();
    private final List<String> propagatedQueryParameters = new ArrayList<>();
    private EmulationProfile profile = EmulationProfile.DEFAULT;
    private PrintStream console = System.err;

    private Builder(RequestStreamHandler handler) {
      this.handler = Objects.requireNonNull(handler, "handler");
    }

    /** The port; 0 picks a free one. Default 8080. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("Invalid port " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The address to bind; default {@code 127.0.0.1}. Anything but a loopback address makes the
     * unauthenticated endpoint reachable from other machines.
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The gateway target name; default {@code local}. */
    public Builder target(String target) {
      GatewayLambdaContext.builder().toolName(target, "check"); // validates the name
      this.target = target;
      return this;
    }

    /**
     * The function timeout each invocation gets as its deadline; default 15 minutes (Lambda's
     * maximum).
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Forwards this HTTP request header to the Lambda in {@code bedrockAgentCorePropagatedHeaders},
     * as a target that allow-lists it would.
     */
    public Builder propagateHeader(String name) {
      propagatedHeaders.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * Forwards this query parameter of the MCP endpoint's URL to the Lambda in {@code
     * bedrockAgentCorePropagatedQueryParameters}, as a target that allow-lists it would.
     */
    public Builder propagateQueryParameter(String name) {
      propagatedQueryParameters.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * How the gateway is imitated where AWS has not documented it; default {@link
     * EmulationProfile#DEFAULT} (see docs/response-contract.md).
     */
    public Builder profile(EmulationProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** Where the handler's log and the gateway's warnings go; default stderr. */
    public Builder console(PrintStream console) {
      this.console = Objects.requireNonNull(console, "console");
      return this;
    }

    /** Starts serving. */
    public LocalGateway start() {
      return new LocalGateway(this);
    }
  }
}
