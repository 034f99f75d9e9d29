package dev.toolwright.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The command line of {@link LocalGateway#main}: flags, help, start-up banner, Ctrl-C. */
final class Cli {

  private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  static final String USAGE = String.join("\n",
      "Usage: LocalGateway --handler <class> [options]",
      "",
      "Serves a tool Lambda over MCP streamable HTTP, answering as an AgentCore Gateway does.",
      "",
      "  --handler <class>          the Lambda handler: a RequestStreamHandler (e.g. a ToolHandler)",
      "                             with a no-argument constructor, on the class path",
      "  --port <n>                 the port; 0 picks a free one (default " + LocalGateway.DEFAULT_PORT + ")",
      "  --target <name>            the gateway target name; tools are <target>___<tool> (default "
          + LocalGateway.DEFAULT_TARGET + ")",
      "  --host <address>           the address to bind (default " + LocalGateway.DEFAULT_HOST
          + "; anything else is reachable",
      "                             from other machines, without authentication)",
      "  --timeout <seconds>        the function timeout each call gets (default 900)",
      "  --propagate-header <name>  forward this HTTP header to the Lambda (repeatable)",
      "  --help                     this text",
      "",
      "Stop it with Ctrl-C.");

  /** Parsed flags. */
  static final class Options {
    String handler;
    int port = LocalGateway.DEFAULT_PORT;
    String target = LocalGateway.DEFAULT_TARGET;
    String host = LocalGateway.DEFAULT_HOST;
    Duration timeout = Duration.ofMinutes(15);
    final List<String> headers = new ArrayList<>();
    boolean help;
  }

  /** A command-line mistake, told to the user with the usage. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  private Cli() {}

  /** Parses, starts, prints the banner and blocks until Ctrl-C; returns the exit status on failure. */
  static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
    // slf4j-simple: only warnings from the SDK and Jetty, unless asked otherwise with -D.
    if (System.getProperty(LOG_LEVEL) == null) {
      System.setProperty(LOG_LEVEL, "warn");
    }
    Options options;
    RequestStreamHandler handler;
    try {
      options = parse(args);
      if (options.help) {
        out.println(USAGE);
        return 0;
      }
      handler = instantiate(options.handler);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println("Run with --help for the options.");
      return 2;
    }
    LocalGateway gateway;
    try {
      LocalGateway.Builder builder = LocalGateway.builder(handler).port(options.port).host(options.host)
          .target(options.target).timeout(options.timeout).console(err);
      options.headers.forEach(builder::propagateHeader);
      gateway = builder.start();
    } catch (RuntimeException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      gateway.close();
      out.println("Toolwright local gateway stopped.");
      out.flush();
    }, "toolwright-local-gateway-shutdown"));
    out.print(banner(gateway, options.handler));
    out.flush();
    gateway.awaitClose();
    return 0;
  }

  static Options parse(String[] args) throws UsageException {
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      String value = null;
      int eq = flag.indexOf('=');
      if (flag.startsWith("--") && eq > 0) {
        value = flag.substring(eq + 1);
        flag = flag.substring(0, eq);
      }
      if (flag.equals("--help") || flag.equals("-h")) {
        o.help = true;
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new UsageException(flag + " needs a value");
        }
        value = args[++i];
      }
      switch (flag) {
        case "--handler":
          o.handler = value;
          break;
        case "--port":
          o.port = number(flag, value, 0, 65_535);
          break;
        case "--target":
          o.target = value;
          if (!value.matches("([0-9a-zA-Z]-?){1,100}")) {
            throw new UsageException("invalid target name \"" + value
                + "\": use letters, digits and single hyphens, no underscores");
          }
          break;
        case "--host":
          o.host = value;
          break;
        case "--timeout":
          o.timeout = Duration.ofSeconds(number(flag, value, 1, 900));
          break;
        case "--propagate-header":
          o.headers.add(value);
          break;
        default:
          throw new UsageException("unknown option " + flag);
      }
    }
    if (!o.help && o.handler == null) {
      throw new UsageException("--handler <class> is required");
    }
    return o;
  }

  private static int number(String flag, String value, int min, int max) throws UsageException {
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(flag + " must be a number from " + min + " to " + max + ", got \"" + value + "\"");
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
      throw new UsageException(className + " is not a RequestStreamHandler (extend dev.toolwright.ToolHandler)");
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
    s.append("Toolwright local gateway: ").append(handlerClass).append(" as target \"").append(gateway.target())
        .append("\"\n");
    s.append("MCP endpoint (streamable HTTP): ").append(gateway.url()).append('\n');
    if (!LocalGateway.isLoopback(gateway.url().getHost().replace("[", "").replace("]", ""))) {
      s.append("WARNING: bound to a non-loopback address; anyone who can reach it can call the tools.\n");
    }
    s.append("Tools (").append(gateway.toolNames().size()).append("):\n");
    gateway.toolNames().forEach(t -> s.append("  ").append(t).append('\n'));
    s.append('\n').append(gateway.clientConfiguration()).append('\n');
    s.append("Press Ctrl-C to stop.\n");
    return s.toString();
  }
}
