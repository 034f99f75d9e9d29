package dev.toolwright.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.toolwright.gateway.EmulationProfile;
import dev.toolwright.gateway.GatewayNames;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line of {@link LocalGateway#main} (picocli): flags, help, start-up banner, Ctrl-C.
 */
@Command(
    name = "local-gateway",
    sortOptions = false,
    usageHelpWidth = 100,
    description =
        "Serves a tool Lambda over MCP streamable HTTP, answering as an AgentCore Gateway does.",
    footer = {
      "",
      "Exit status: 0 after Ctrl-C, 1 when the endpoint cannot start, 2 on a usage error.",
      "Stop it with Ctrl-C."
    })
final class Cli implements Callable<Integer> {

  private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  @Option(
      names = "--handler",
      required = true,
      paramLabel = "<class>",
      description =
          "the Lambda handler: a RequestStreamHandler (e.g. a ToolHandler) with a no-argument constructor,"
              + " on the class path")
  String handler;

  @Option(
      names = "--port",
      paramLabel = "<n>",
      defaultValue = "" + LocalGateway.DEFAULT_PORT,
      description = "the port; 0 picks a free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--target",
      paramLabel = "<name>",
      defaultValue = LocalGateway.DEFAULT_TARGET,
      description =
          "the gateway target name; tools are <target>"
              + GatewayNames.TARGET_SEPARATOR
              + "<tool> (default: ${DEFAULT-VALUE})")
  String target;

  @Option(
      names = "--host",
      paramLabel = "<address>",
      defaultValue = LocalGateway.DEFAULT_HOST,
      description =
          "the address to bind (default: ${DEFAULT-VALUE}; anything else is reachable from other"
              + " machines, without authentication)")
  String host;

  @Option(
      names = "--timeout",
      paramLabel = "<seconds>",
      defaultValue = "900",
      description = "the function timeout each call gets, 1-900 (default: ${DEFAULT-VALUE})")
  int timeoutSeconds;

  @Option(
      names = "--propagate-header",
      paramLabel = "<name>",
      description =
          "forward this HTTP header to the Lambda as the gateway's propagated headers (repeatable)")
  List<String> headers = new ArrayList<>();

  @Option(
      names = "--propagate-query",
      paramLabel = "<name>",
      description =
          "forward this query parameter of the endpoint URL to the Lambda as the gateway's propagated"
              + " query parameters (repeatable)")
  List<String> queryParameters = new ArrayList<>();

  @Option(
      names = "--gateway-profile",
      paramLabel = "<key=value,...>",
      converter = ProfileConverter.class,
      description =
          "how to imitate what AWS has not documented, e.g. structured-content=from-answer,"
              + "error-answers=tool-error (default: the conservative reading; see docs/response-contract.md)")
  EmulationProfile profile = EmulationProfile.DEFAULT;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "this text")
  boolean help;

  @Spec CommandSpec spec;

  private final PrintStream out;
  private final PrintStream err;

  Cli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Parses, starts, prints the banner and blocks until Ctrl-C; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    // slf4j-simple: only warnings from the SDK and Jetty, unless asked otherwise with -D.
    if (System.getProperty(LOG_LEVEL) == null) {
      System.setProperty(LOG_LEVEL, "warn");
    }
    return command(out, err).execute(args);
  }

  /** The picocli command, writing help to {@code out} and mistakes to {@code err}. */
  static CommandLine command(PrintStream out, PrintStream err) {
    CommandLine command = new CommandLine(new Cli(out, err));
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    command.setParameterExceptionHandler(
        (e, args) -> {
          e.getCommandLine().getErr().println("error: " + e.getMessage());
          e.getCommandLine().getErr().println("Run with --help for the options.");
          return CommandLine.ExitCode.USAGE;
        });
    return command;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw usage("--port must be a number from 0 to 65535, got " + port);
    }
    if (timeoutSeconds < 1 || timeoutSeconds > 900) {
      throw usage("--timeout must be a number of seconds from 1 to 900, got " + timeoutSeconds);
    }
    if (!target.matches(GatewayNames.TARGET_NAME_PATTERN)) {
      throw usage(
          "invalid target name \""
              + target
              + "\": use letters, digits and single hyphens, no underscores");
    }
    RequestStreamHandler instance;
    LocalGateway gateway;
    try {
      instance = instantiate(handler);
      LocalGateway.Builder builder =
          LocalGateway.builder(instance)
              .port(port)
              .host(host)
              .target(target)
              .timeout(Duration.ofSeconds(timeoutSeconds))
              .profile(profile)
              .console(err);
      headers.forEach(builder::propagateHeader);
      queryParameters.forEach(builder::propagateQueryParameter);
      gateway = builder.start();
    } catch (UsageException e) {
      throw usage(e.getMessage());
    } catch (RuntimeException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  gateway.close();
                  out.println("Toolwright local gateway stopped.");
                  out.flush();
                },
                "toolwright-local-gateway-shutdown"));
    out.print(banner(gateway, handler));
    out.flush();
    gateway.awaitClose();
    return 0;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** A mistake in the handler class, told to the user as a usage error. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Reads {@code --gateway-profile}. */
  static final class ProfileConverter implements ITypeConverter<EmulationProfile> {
    @Override
    public EmulationProfile convert(String value) {
      try {
        return EmulationProfile.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static RequestStreamHandler instantiate(String className) throws UsageException {
    Class<?> type;
    try {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      type = Class.forName(className, true, loader != null ? loader : Cli.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new UsageException("handler class " + className + " is not on the class path");
    }
    if (!RequestStreamHandler.class.isAssignableFrom(type)) {
      throw new UsageException(
          className + " is not a RequestStreamHandler (extend dev.toolwright.ToolHandler)");
    }
    try {
      return (RequestStreamHandler) type.getDeclaredConstructor().newInstance();
    } catch (NoSuchMethodException e) {
      throw new UsageException(className + " has no no-argument constructor");
    } catch (InvocationTargetException e) {
      throw new UsageException("the constructor of " + className + " failed: " + e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new UsageException("cannot create " + className + ": " + e);
    }
  }

  static String banner(LocalGateway gateway, String handlerClass) {
    StringBuilder s = new StringBuilder();
    s.append("Toolwright local gateway: ")
        .append(handlerClass)
        .append(" as target \"")
        .append(gateway.target())
        .append("\"\n");
    s.append("MCP endpoint (streamable HTTP): ").append(gateway.url()).append('\n');
    if (!LocalGateway.isLoopback(gateway.url().getHost().replace("[", "").replace("]", ""))) {
      s.append(
          "WARNING: bound to a non-loopback address; anyone who can reach it can call the tools.\n");
    }
    s.append("Tools (").append(gateway.toolNames().size()).append("):\n");
    gateway.toolNames().forEach(t -> s.append("  ").append(t).append('\n'));
    s.append('\n').append(gateway.clientConfiguration()).append('\n');
    s.append("Press Ctrl-C to stop.\n");
    return s.toString();
  }
}
