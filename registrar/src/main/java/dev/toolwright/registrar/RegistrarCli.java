package dev.toolwright.registrar;

import dev.toolwright.gateway.GatewayNames;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClientBuilder;

/**
 * Command line for {@link GatewayRegistrar}: {@code register}, {@code diff}, {@code list} and
 * {@code remove}, on picocli.
 *
 * <p>Run {@code java -jar toolwright-registrar.jar --help}. Credentials and region come from the
 * AWS default chains unless {@code --profile} or {@code --region} is given. {@code --timeout}
 * bounds the whole run; on SIGINT or SIGTERM the run says what it leaves behind and how to check or
 * resume it, then exits with 130 or 143.
 */
@Command(
    name = RegistrarCli.PROGRAM,
    description =
        "Attaches a Toolwright tool Lambda to an Amazon Bedrock AgentCore Gateway as a Lambda target.",
    subcommands = {
      RegistrarCli.Register.class,
      RegistrarCli.Diff.class,
      RegistrarCli.ListTargets.class,
      RegistrarCli.Remove.class
    },
    synopsisSubcommandLabel = "<command>",
    commandListHeading = "%nCommands:%n",
    footer = {
      "",
      RegistrarCli.SIGNALS,
      "",
      "Run '" + RegistrarCli.PROGRAM + " <command> --help' for a command's options.",
      "",
      "The agent-side commands (token, curl) are in the agent CLI: java -jar toolwright-agent-cli.jar "
          + "--help."
    },
    usageHelpAutoWidth = false,
    usageHelpWidth = 116)
public final class RegistrarCli implements Callable<Integer> {

  /** Success; for {@code diff}: deployed schema matches the build. */
  public static final int EXIT_OK = 0;

  /** {@code diff} found drift. */
  public static final int EXIT_DRIFT = 1;

  /** Invalid arguments, names or schema; nothing was sent to AWS. */
  public static final int EXIT_USAGE = 2;

  /**
   * The target ended in FAILED, UPDATE_UNSUCCESSFUL or SYNCHRONIZE_UNSUCCESSFUL, or vanished while
   * waiting.
   */
  public static final int EXIT_TARGET_FAILED = 3;

  /** The run did not finish within {@code --timeout}. */
  public static final int EXIT_TIMEOUT = 4;

  /**
   * AWS error: credentials, permissions, gateway not found, throttled or failing beyond retries,
   * network.
   */
  public static final int EXIT_AWS = 5;

  /** Internal error: a bug, please report it. */
  public static final int EXIT_INTERNAL = 70;

  /** Interrupted by SIGINT (Ctrl-C): 128 + 2. */
  public static final int EXIT_SIGINT = 130;

  /** Interrupted by SIGTERM: 128 + 15. */
  public static final int EXIT_SIGTERM = 143;

  static final String PROGRAM = "java -jar toolwright-registrar.jar";
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  static final String[] EXIT_CODES = {
    "0:success (diff: in sync)",
    "1:diff: the deployed target differs from the build",
    "2:invalid arguments, names or schema; nothing was sent to AWS",
    "3:the target ended FAILED, UPDATE_UNSUCCESSFUL or SYNCHRONIZE_UNSUCCESSFUL (reasons and fixes are printed), "
        + "or vanished while waiting",
    "4:timed out: the run did not finish within --timeout",
    "5:AWS error: credentials, permissions, gateway not found, throttled or failing beyond retries, network, an "
        + "unreadable response",
    "70:internal error (a bug; please report it)",
    "130:interrupted by SIGINT (Ctrl-C); what was left behind and how to check or resume it is printed",
    "143:interrupted by SIGTERM; likewise"
  };

  static final String SIGNALS =
      "On SIGINT (Ctrl-C) or SIGTERM the run stops at once and prints that it was "
          + "interrupted, the target (name, id) and its last known status, that the operation continues on the "
          + "service side, and the command that checks or resumes it; then it exits with 130 or 143.";

  /**
   * Settings tests shorten: the registrar's poll interval and the like, and the SDK retries' first
   * backoff.
   */
  record Tuning(
      Consumer<GatewayRegistrar.Builder> registrar, Duration retryBase, Duration throttlingBase) {
    static final Tuning DEFAULT =
        new Tuning(b -> {}, Retries.BASE_DELAY, Retries.THROTTLING_BASE_DELAY);
  }

  private final PrintStream out;
  private final PrintStream err;
  private final Tuning tuning;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "show this help")
  boolean help;

  /** How far the current operation got; read by the signal report. */
  final OperationState state = new OperationState();

  /** The AWS options of the command being run, for the commands the signal report prints. */
  private volatile AwsOptions aws;

  RegistrarCli(PrintStream out, PrintStream err, Tuning tuning) {
    this.out = out;
    this.err = err;
    this.tuning = tuning;
  }

  /**
   * Runs the command line and exits with its exit code; SIGINT/SIGTERM are reported before the JVM
   * exits.
   */
  public static void main(String[] args) {
    RegistrarCli cli = new RegistrarCli(System.out, System.err, Tuning.DEFAULT);
    AtomicBoolean finished = new AtomicBoolean();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (finished.compareAndSet(false, true)) {
                    cli.reportInterruption(args);
                  }
                },
                "toolwright-registrar-interrupted"));
    int code = cli.execute(args);
    if (finished.compareAndSet(false, true)) {
      System.out.flush();
      System.err.flush();
      System.exit(code);
    }
    // A signal arrived first: its shutdown hook reports, and the JVM exits with 130 or 143.
  }

  /**
   * Runs the command line without exiting.
   *
   * @return the exit code (see {@code --help})
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return new RegistrarCli(out, err, Tuning.DEFAULT).execute(args);
  }

  int execute(String[] args) {
    CommandLine commandLine = new CommandLine(this);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setParameterExceptionHandler(this::usageError);
    commandLine.setExecutionExceptionHandler((e, cl, parsed) -> failure(e));
    for (CommandLine c : commandLine.getSubcommands().values()) {
      c.getCommandSpec()
          .usageMessage()
          .exitCodeListHeading("%nExit codes:%n")
          .exitCodeList(exitCodes())
          .footerHeading("%n")
          .footer(SIGNALS);
    }
    commandLine
        .getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(exitCodes());
    return commandLine.execute(args);
  }

  /** Without a command: the overview on stderr, exit 2. */
  @Override
  public Integer call() {
    err.println(new CommandLine(this).getUsageMessage().stripTrailing());
    return EXIT_USAGE;
  }

  private static java.util.Map<String, String> exitCodes() {
    java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
    for (String entry : EXIT_CODES) {
      int colon = entry.indexOf(':');
      codes.put(
          String.format(Locale.ROOT, "%3s", entry.substring(0, colon)), entry.substring(colon + 1));
    }
    return codes;
  }

  private int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine where = e.getCommandLine();
    err.println("Error: " + usageMessage(e));
    err.println("Run '" + where.getCommandSpec().qualifiedName() + " --help' for usage.");
    return EXIT_USAGE;
  }

  /**
   * The parser's complaint, without echoing values that did not match: an unknown option's value
   * could be a secret typed in the wrong place.
   */
  static String usageMessage(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException) {
      List<String> unmatched = ((CommandLine.UnmatchedArgumentException) e).getUnmatched();
      CommandLine where = e.getCommandLine();
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
            + where.getCommandName()
            + ".";
      }
      if (!where.getSubcommands().isEmpty() && !unmatched.isEmpty()) {
        return "unknown command \""
            + unmatched.get(0)
            + "\". Commands: "
            + String.join(", ", where.getSubcommands().keySet())
            + ".";
      }
      return "unexpected argument \""
          + (unmatched.isEmpty() ? "" : unmatched.get(0))
          + "\"; options look like "
          + "--name <value>.";
    }
    return e.getMessage();
  }

  private int failure(Exception e) {
    if (e instanceof RegistrarException) {
      RegistrarException re = (RegistrarException) e;
      err.println("Error: " + re.getMessage());
      return exitCode(re.kind());
    }
    if (e instanceof SdkException) {
      err.println(
          "Error: "
              + Calls.translate("the AWS call", (SdkException) e, 0, null, "your region")
                  .getMessage());
      return EXIT_AWS;
    }
    err.println("Internal error (please report): " + e);
    return EXIT_INTERNAL;
  }

  static int exitCode(RegistrarException.Kind kind) {
    switch (kind) {
      case INVALID_INPUT:
        return EXIT_USAGE;
      case TARGET_FAILED:
      case TARGET_GONE:
        return EXIT_TARGET_FAILED;
      case TIMEOUT:
        return EXIT_TIMEOUT;
      default:
        return EXIT_AWS;
    }
  }

  // --- the interruption report
  // ------------------------------------------------------------------------------

  /**
   * What a run stopped by a signal leaves behind, and the commands to check and resume it; printed
   * once.
   */
  void reportInterruption(String[] args) {
    out.flush();
    err.println();
    err.println("Interrupted: " + interruption(args));
    err.flush();
  }

  String interruption(String[] args) {
    String operation = state.operation();
    String resume = PROGRAM + " " + shellJoin(List.of(args));
    if (operation == null) {
      return "nothing was sent to AWS yet. Run it again with: " + resume;
    }
    String gateway = state.gatewayId();
    String check =
        PROGRAM + " list --gateway " + shellQuote(gateway) + (aws == null ? "" : aws.asArguments());
    String target =
        "target \""
            + state.targetName()
            + "\""
            + (state.targetId() == null ? "" : " (" + state.targetId() + ")");
    switch (state.phase()) {
      case WRITING:
        return operation
            + " stopped after sending its write for "
            + target
            + " to gateway "
            + gateway
            + ", before the answer arrived: the change may have been made and continues on the service "
            + "side if so. Check it with: "
            + check
            + " -- and resume with: "
            + resume;
      case WAITING:
        return operation
            + " stopped while "
            + target
            + " was "
            + state.status()
            + "; the operation continues "
            + "on the service side. Check it with: "
            + check
            + " -- and resume (it waits for the target, "
            + "then makes it match) with: "
            + resume;
      case DONE:
        return operation + " had finished; nothing is left in progress. Check with: " + check;
      default:
        if ("list".equals(operation) || "diff".equals(operation)) {
          return operation
              + " stopped; it only reads, so nothing was changed. Run it again with: "
              + resume;
        }
        return operation
            + " stopped before changing anything on gateway "
            + gateway
            + (state.targetId() == null ? "" : " (" + target + " is " + state.status() + ")")
            + ". Run it again with: "
            + resume;
    }
  }

  static String shellJoin(List<String> args) {
    return args.stream().map(RegistrarCli::shellQuote).collect(Collectors.joining(" "));
  }

  /** Quotes for a POSIX shell only when needed. */
  static String shellQuote(String arg) {
    if (!arg.isEmpty() && arg.matches("[A-Za-z0-9_@%+=:,./-]+")) {
      return arg;
    }
    return "'" + arg.replace("'", "'\\''") + "'";
  }

  // --- options
  // ----------------------------------------------------------------------------------------------

  /**
   * {@code --region}, {@code --profile} and {@code --endpoint-url}: where and as whom to call AWS.
   */
  static final class AwsOptions {
    @Option(
        names = "--region",
        paramLabel = "<region>",
        description = "AWS region (default: AWS_REGION, profile, default chain)")
    String region;

    @Option(
        names = "--profile",
        paramLabel = "<name>",
        description = "named profile (~/.aws/config) for credentials and region")
    String profile;

    @Option(
        names = "--endpoint-url",
        paramLabel = "<url>",
        converter = EndpointConverter.class,
        description = "AWS API endpoint override, e.g. a local server")
    URI endpoint;

    String asArguments() {
      StringBuilder b = new StringBuilder();
      if (region != null) {
        b.append(" --region ").append(shellQuote(region));
      }
      if (profile != null) {
        b.append(" --profile ").append(shellQuote(profile));
      }
      if (endpoint != null) {
        b.append(" --endpoint-url ").append(shellQuote(endpoint.toString()));
      }
      return b.toString();
    }
  }

  /** {@code --timeout} and {@code --help}, which every command has. */
  static final class CommonOptions {
    @Option(
        names = "--timeout",
        paramLabel = "<duration>",
        converter = DurationConverter.class,
        order = 50,
        description =
            "overall time limit for the whole run, every AWS call, retry and wait included: 300, "
                + "90s, 10m (default 5m)")
    Duration timeout;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        order = 99,
        description = "show this help")
    boolean help;
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
                + "duration; use seconds (300) or a unit: 90s, 10m, 1h.");
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

  /** An http(s) URL with a host. */
  static final class EndpointConverter implements CommandLine.ITypeConverter<URI> {
    @Override
    public URI convert(String text) {
      try {
        URI uri = new URI(text);
        if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
            && uri.getHost() != null) {
          return uri;
        }
      } catch (URISyntaxException e) {
        // reported below
      }
      throw new CommandLine.TypeConversionException(
          "--endpoint-url \""
              + text
              + "\" is not an http(s) URL "
              + "such as https://bedrock-agentcore-control.us-east-1.amazonaws.com.");
    }
  }

  // --- commands
  // ---------------------------------------------------------------------------------------------

  /** What the four commands share: the AWS client, the registrar, the checks before any call. */
  abstract static class AwsCommand implements Callable<Integer> {
    @ParentCommand RegistrarCli cli;

    @Mixin CommonOptions common;

    @ArgGroup(exclusive = false, heading = "%nAWS:%n", order = 100)
    AwsOptions aws = new AwsOptions();

    @Override
    public Integer call() {
      checkNames();
      cli.aws = aws;
      try (BedrockAgentCoreControlClient client =
          createClient(aws.region, aws.profile, aws.endpoint, cli.tuning)) {
        GatewayRegistrar.Builder builder =
            GatewayRegistrar.builder(client)
                .progress(cli.out)
                .state(cli.state)
                .timeout(common.timeout == null ? DEFAULT_TIMEOUT : common.timeout);
        cli.tuning.registrar().accept(builder);
        return run(builder.build());
      }
    }

    /**
     * Checks every name and reads the schema before a client is created, reporting all problems at
     * once.
     */
    abstract void checkNames();

    abstract int run(GatewayRegistrar registrar);

    PrintStream out() {
      return cli.out;
    }
  }

  /** A command on one gateway: {@code --gateway}. */
  abstract static class GatewayCommand extends AwsCommand {
    @Option(
        names = "--gateway",
        required = true,
        paramLabel = "<id>",
        order = 1,
        description = "gateway identifier, e.g. my-gateway-a1b2c3d4e5")
    String gateway;
  }

  /** A command on one target: {@code --gateway}, {@code --target}. */
  abstract static class TargetCommand extends GatewayCommand {
    @Option(
        names = "--target",
        required = true,
        paramLabel = "<name>",
        order = 2,
        description =
            "target name: letters, digits, single hyphens; tools are named <target>"
                + GatewayNames.TARGET_SEPARATOR
                + "<tool>")
    String target;
  }

  /**
   * A command that compares with the build's schema: {@code --gateway}, {@code --target}, {@code
   * --schema}.
   */
  abstract static class SchemaCommand extends TargetCommand {
    @Option(
        names = "--schema",
        required = true,
        paramLabel = "<file>",
        order = 3,
        description = "tool jar, tool-schema.json, or build directory (target/classes)")
    Path schemaPath;
  }

  @Command(
      name = "register",
      sortOptions = false,
      usageHelpAutoWidth = false,
      usageHelpWidth = 116,
      description =
          "Create or update the Lambda target so it matches the build's tool schema, then wait until "
              + "it is READY. Two runs at once converge: the one whose create conflicts continues as an update "
              + "(or does nothing when the target already matches).")
  static final class Register extends SchemaCommand {
    @Option(
        names = "--lambda-arn",
        required = true,
        paramLabel = "<arn>",
        order = 4,
        description = "function ARN, qualified by a version or alias (SnapStart needs one)")
    String lambdaArn;

    @Option(
        names = "--description",
        paramLabel = "<text>",
        order = 5,
        description =
            "target description, 1-200 characters; an update replaces it (omitted = none)")
    String description;

    @Option(names = "--dry-run", order = 6, description = "show what would change; write nothing")
    boolean dryRun;

    private ToolSchema schema;

    @Override
    void checkNames() {
      List<String> problems = new ArrayList<>();
      Names.checkGatewayId(gateway, problems);
      Names.checkTargetName(target, problems);
      Names.checkLambdaArn(lambdaArn, problems);
      Names.checkDescription(description, problems);
      schema = readSchema(schemaPath, problems);
      if (schema != null) {
        Names.checkToolNames(target, schema.toolNames(), problems);
      }
      Names.throwIfAny(problems);
    }

    @Override
    int run(GatewayRegistrar registrar) {
      registrar.register(new TargetSpec(gateway, target, lambdaArn, description, schema), dryRun);
      return EXIT_OK;
    }
  }

  @Command(
      name = "diff",
      sortOptions = false,
      usageHelpAutoWidth = false,
      usageHelpWidth = 116,
      description =
          "Compare the deployed tool schema with the build's; exit 1 on drift, 0 when in sync.")
  static final class Diff extends SchemaCommand {
    @Option(
        names = "--lambda-arn",
        paramLabel = "<arn>",
        order = 4,
        description = "also compare the function ARN")
    String lambdaArn;

    @Option(
        names = "--description",
        paramLabel = "<text>",
        order = 5,
        description = "also compare the description")
    String description;

    private ToolSchema schema;

    @Override
    void checkNames() {
      List<String> problems = new ArrayList<>();
      Names.checkGatewayId(gateway, problems);
      Names.checkTargetName(target, problems);
      if (lambdaArn != null) {
        Names.checkLambdaArn(lambdaArn, problems);
      }
      Names.checkDescription(description, problems);
      schema = readSchema(schemaPath, problems);
      Names.throwIfAny(problems);
    }

    @Override
    int run(GatewayRegistrar registrar) {
      TargetSpec spec = new TargetSpec(gateway, target, lambdaArn, description, schema);
      TargetDiff diff = registrar.diff(spec);
      String where = "Target \"" + target + "\" on gateway " + gateway;
      if (diff.inSync()) {
        out()
            .println(
                where
                    + " is in sync with "
                    + schema.source()
                    + " ("
                    + schema.toolNames().size()
                    + " tools).");
        return EXIT_OK;
      }
      out().println(where + " differs from " + schema.source() + ": " + diff.summary() + ".");
      out().println("  (- deployed only, + build only, ~ changed)");
      out().println(diff.render());
      return EXIT_DRIFT;
    }
  }

  @Command(
      name = "list",
      sortOptions = false,
      usageHelpAutoWidth = false,
      usageHelpWidth = 116,
      description = "List the gateway's targets: name, id, status.")
  static final class ListTargets extends GatewayCommand {
    @Override
    void checkNames() {
      List<String> problems = new ArrayList<>();
      Names.checkGatewayId(gateway, problems);
      Names.throwIfAny(problems);
    }

    @Override
    int run(GatewayRegistrar registrar) {
      List<TargetInfo> targets = registrar.list(gateway);
      if (targets.isEmpty()) {
        out().println("Gateway " + gateway + " has no targets.");
        return EXIT_OK;
      }
      int nameWidth = "NAME".length();
      int statusWidth = "STATUS".length();
      for (TargetInfo t : targets) {
        nameWidth = Math.max(nameWidth, String.valueOf(t.name()).length());
        statusWidth = Math.max(statusWidth, String.valueOf(t.status()).length());
      }
      String format = "%-" + nameWidth + "s  %-10s  %-" + statusWidth + "s  %s%n";
      out().printf(Locale.ROOT, format, "NAME", "TARGET ID", "STATUS", "DESCRIPTION");
      for (TargetInfo t : targets) {
        out()
            .printf(
                Locale.ROOT,
                format,
                t.name(),
                t.targetId(),
                t.status(),
                t.description() == null ? "" : t.description());
      }
      return EXIT_OK;
    }
  }

  @Command(
      name = "remove",
      sortOptions = false,
      usageHelpAutoWidth = false,
      usageHelpWidth = 116,
      description =
          "Delete the target by name and wait until it is gone; succeeds when it is already absent.")
  static final class Remove extends TargetCommand {
    @Option(names = "--dry-run", order = 3, description = "show what would change; write nothing")
    boolean dryRun;

    @Override
    void checkNames() {
      List<String> problems = new ArrayList<>();
      Names.checkGatewayId(gateway, problems);
      Names.checkTargetName(target, problems);
      Names.throwIfAny(problems);
    }

    @Override
    int run(GatewayRegistrar registrar) {
      registrar.remove(gateway, target, dryRun);
      return EXIT_OK;
    }
  }

  private static ToolSchema readSchema(Path path, List<String> problems) {
    try {
      return ToolSchema.read(path);
    } catch (RegistrarException e) {
      problems.add(e.getMessage());
      return null;
    }
  }

  // --- AWS client
  // -------------------------------------------------------------------------------------------

  /**
   * Builds the control-plane client: JDK URL-connection HTTP client, the registrar's retry strategy
   * ({@link Retries}: throttling, 5xx and network errors, with backoff and jitter; attempts
   * counted), default credential and region chains unless a profile or region is given. Call and
   * attempt timeouts are set per request from the time left of {@code --timeout}.
   */
  static BedrockAgentCoreControlClient createClient(
      String region, String profile, URI endpoint, Tuning tuning) {
    Region resolved;
    if (region != null) {
      resolved = Region.of(region);
    } else {
      try {
        DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
        if (profile != null) {
          chain.profileName(profile);
        }
        resolved = chain.build().getRegion();
      } catch (SdkException e) {
        throw new RegistrarException(
            RegistrarException.Kind.INVALID_INPUT,
            "No AWS region configured: pass "
                + "--region, set AWS_REGION, or set region in your AWS profile.");
      }
    }
    AwsCredentialsProvider credentials =
        profile != null
            ? ProfileCredentialsProvider.create(profile)
            : DefaultCredentialsProvider.builder().build();
    BedrockAgentCoreControlClientBuilder builder =
        BedrockAgentCoreControlClient.builder()
            .region(resolved)
            .credentialsProvider(credentials)
            .httpClientBuilder(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(10))
                    .socketTimeout(Duration.ofSeconds(60)))
            .overrideConfiguration(
                c -> {
                  Retries.configure(c, tuning.retryBase(), tuning.throttlingBase());
                  if (profile != null) {
                    c.defaultProfileName(profile);
                  }
                });
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
  }
}
